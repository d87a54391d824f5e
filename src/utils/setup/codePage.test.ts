/**
 * The code page's form validates and summarizes from one document, what the
 * code creates, and each tab writes its file from the same result only once
 * shown. These hold the form and the tabs to each other: the form asks for
 * exactly the fields the tabs use, and what it says is left is what the
 * tabs' files hold.
 */
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {AGENT_HOSTS, allOptionCombinations} from '../policy/options';
import {EMPTY_VALUES, FIELD_IDS, FIELDS} from '../policy/fields';
import type {FieldValues, PolicyOptions} from '../policy/types';
import {CREATED_RESOURCES, generateCodePage} from './codePage';
import {generateCodePageTabs} from './testing/codePageTabs';

const COMBINATIONS: readonly PolicyOptions[] = allOptionCombinations().flatMap(
  (options) =>
    AGENT_HOSTS.flatMap((agentHost) =>
      [false, true].map((createResources) => ({
        ...options,
        agentHost,
        createResources,
      })),
    ),
);

const EXAMPLES = Object.fromEntries(
  FIELDS.map((field) => [field.id, field.example]),
) as FieldValues;

const sorted = (fields: readonly string[]): string[] => [...fields].sort();

describe('the code page', () => {
  it.each(COMBINATIONS.map((options) => [JSON.stringify(options), options]))(
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
        fc.record(
          Object.fromEntries(
            FIELD_IDS.map((id) => [
              id,
              fc.oneof(
                fc.constant(EXAMPLES[id]),
                fc.constant(''),
                fc.constant('not valid!'),
              ),
            ]),
          ) as Record<keyof FieldValues, fc.Arbitrary<string>>,
        ),
        fc.constantFrom(...COMBINATIONS),
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
