/**
 * The code page's form validates and summarizes from one document, what the
 * code creates, and each tab writes its file from the same result only once
 * shown. These hold the form and the tabs to each other: the form asks for
 * exactly the fields the tabs use, and what it says is left is what the
 * tabs' files hold.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES} from '../policy/fields';
import {CREATED_RESOURCES, generateCodePage} from './codePage';
import {generateCodePageTabs} from './testing/codePageTabs';
import {formValuesArb, PAGE_OPTIONS} from './testing/formValues';

const sorted = (fields: readonly string[]): string[] => [...fields].sort();

describe('the code page', () => {
  it.each(PAGE_OPTIONS.map((options) => [JSON.stringify(options), options]))(
    'asks for exactly the fields the tabs leave as placeholders when empty, %s',
    (_name, options) => {
      const form = generateCodePage(EMPTY_VALUES, options);
      const tabs = Object.values(
        generateCodePageTabs(EMPTY_VALUES, options).documents,
      );
      expect(tabs.map((tab) => tab.id)).toEqual([
        'cli-script',
        'cloudformation-template',
        'terraform',
      ]);
      for (const tab of tabs) {
        expect(sorted(tab.placeholders), tab.id).toEqual(sorted(tab.fields));
      }
      expect(sorted([...new Set(tabs.flatMap((tab) => tab.fields))])).toEqual(
        sorted(form.fields),
      );
    },
  );

  it('says what is left exactly as each tab’s file holds it, for any values', () => {
    fc.assert(
      fc.property(
        formValuesArb(fc.constant('not valid!')),
        fc.constantFrom(...PAGE_OPTIONS),
        (values, options) => {
          const form = generateCodePage(values, options);
          const left = form.documents[CREATED_RESOURCES]?.placeholders;
          expect(left).toBeDefined();
          for (const tab of Object.values(
            generateCodePageTabs(values, options).documents,
          )) {
            expect(sorted(tab.placeholders), tab.id).toEqual(
              sorted(
                (left ?? []).filter((field) => tab.fields.includes(field)),
              ),
            );
          }
        },
      ),
      {numRuns: 200},
    );
  }, 60_000);
});
