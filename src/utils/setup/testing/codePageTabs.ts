/**
 * The code page as a reader sees it once every tab has been shown: the
 * form's result, with the three tabs' files written from it as the tabs
 * write them. For tests; the page loads each writer with its tab.
 */
import type {FieldValues, PolicyOptions} from '../../policy/types';
import {cliScriptDocument} from '../cliScript';
import {cloudFormationDocument} from '../cloudFormation';
import {generateCodePage, writeCodeDocument} from '../codePage';
import type {CodeWriter} from '../codePage';
import type {PageResult} from '../page';
import {terraformDocument} from '../terraform';

/** Each tab's writer, in the tabs' order. */
export const CODE_WRITERS: readonly CodeWriter[] = [
  cliScriptDocument,
  cloudFormationDocument,
  terraformDocument,
];

function generateTabs(values: FieldValues, options: PolicyOptions): PageResult {
  const result = generateCodePage(values, options);
  return {
    ...result,
    documents: Object.fromEntries(
      CODE_WRITERS.map((write) => {
        const document = writeCodeDocument(result, options, values, write);
        return [document.id, document];
      }),
    ),
  };
}

/** The code page's generator, as pages.test.ts runs every page's. */
export const generateCodePageTabs: typeof generateCodePage = Object.assign(
  generateTabs,
  {fields: generateCodePage.fields, rules: generateCodePage.rules},
);
