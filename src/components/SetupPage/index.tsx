import React, {useMemo} from 'react';
import type {ReactNode, RefObject} from 'react';
import type {OptionSpec} from '@site/src/utils/policy/options';
import type {
  FieldId,
  FieldValues,
  PolicyOptions,
} from '@site/src/utils/policy/types';
import type {GeneratedDocument, PageResult} from '@site/src/utils/setup/page';
import {rememberLast} from '@site/src/utils/lastResult';
import {useDeferredFormState} from '@site/src/hooks/useDeferredFormState';
import GeneratorBoundary from '@site/src/components/GeneratorBoundary';
import SetupDocument from '@site/src/components/SetupDocument';
import SetupForm from '@site/src/components/SetupForm';

/** What a page's outputs say about themselves. */
export interface DocumentText {
  /** Said when nothing is pending, e.g. “Ready to paste into IAM.” */
  readonly ready: string;
  /** Where it goes, for the warning: “this policy into IAM”. */
  readonly destination: string;
}

interface PageConfig {
  /** The choices the page's documents depend on. */
  readonly options: readonly OptionSpec[];
  /** Values the browser offers in a field as the reader types. */
  readonly suggestions?: Readonly<Partial<Record<FieldId, readonly string[]>>>;
  readonly documents: Readonly<Record<string, DocumentText>>;
}

/** Writes a document from the page's result, for one written apart from the others. */
export type DocumentWriter = (
  result: PageResult,
  options: PolicyOptions,
  values: FieldValues,
) => GeneratedDocument;

/** A document of the page's result by its ID, or one written from the result. */
export type DocumentProps =
  | {readonly id: string; readonly write?: undefined}
  | {readonly write: DocumentWriter; readonly id?: undefined};

const READY = 'Every placeholder is filled: every file on this page is ready.';

const FAILED = (
  <>
    This part of the page could not be filled in. Reload the page to try again,
    or replace each <code>&lt;PLACEHOLDER&gt;</code> by hand.
  </>
);

/**
 * A set-up page's form and documents, bound to the page's own generator:
 * one generation per change, shared by every component of the page, and no
 * other page's generator in its bundle.
 */
export function setupPage(
  generate: (values: FieldValues, options: PolicyOptions) => PageResult,
  config: PageConfig,
): {
  readonly Form: () => ReactNode;
  readonly Document: (props: DocumentProps) => ReactNode;
} {
  const generateOnce = rememberLast(generate);
  /** The page's result for the outputs' (deferred) state, and their busy mark. */
  function usePageResult(): {
    readonly result: PageResult;
    readonly values: FieldValues;
    readonly options: PolicyOptions;
    readonly busyRef: RefObject<HTMLDivElement | null>;
  } {
    const {values, options, busyRef} = useDeferredFormState();
    return {result: generateOnce(values, options), values, options, busyRef};
  }

  function PageForm(): ReactNode {
    const {result} = usePageResult();
    return (
      <SetupForm
        compact
        heading="Your values for this page"
        intro="Shared with every page of the set-up: change one here and it changes everywhere. What you enter stays in this browser."
        fields={result.fields}
        result={{
          issues: result.issues,
          outputs: Object.values(result.documents),
          ready: READY,
        }}
        options={config.options}
        optionsLegend="Your choices"
        {...(config.suggestions === undefined
          ? {}
          : {suggestions: config.suggestions})}
      />
    );
  }

  function PageDocument({id, write}: DocumentProps): ReactNode {
    const {result, values, options, busyRef} = usePageResult();
    const written = useMemo(
      () => write?.(result, options, values),
      [write, result, options, values],
    );
    const document =
      written ?? (id === undefined ? undefined : result.documents[id]);
    const text = document && config.documents[document.id];
    if (document === undefined || text === undefined) {
      return null;
    }
    return (
      <SetupDocument
        document={document}
        result={result}
        notices={document.notices}
        busyRef={busyRef}
        {...text}
      />
    );
  }

  return {
    Form: () => (
      <GeneratorBoundary instead={FAILED}>
        <PageForm />
      </GeneratorBoundary>
    ),
    Document: (props) => (
      <GeneratorBoundary instead={FAILED}>
        <PageDocument {...props} />
      </GeneratorBoundary>
    ),
  };
}
