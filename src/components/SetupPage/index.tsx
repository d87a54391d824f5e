import React from 'react';
import type {ReactNode, RefObject} from 'react';
import type {OptionSpec} from '@site/src/utils/policy/options';
import type {
  FieldId,
  FieldValues,
  PolicyOptions,
} from '@site/src/utils/policy/types';
import type {PageResult} from '@site/src/utils/setup/page';
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
  readonly Document: (props: {readonly id: string}) => ReactNode;
} {
  const generateOnce = rememberLast(generate);
  /** The page's result for the outputs' (deferred) state, and their busy mark. */
  function usePageResult(): {
    readonly result: PageResult;
    readonly busyRef: RefObject<HTMLDivElement | null>;
  } {
    const {values, options, busyRef} = useDeferredFormState();
    return {result: generateOnce(values, options), busyRef};
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

  function PageDocument({id}: {readonly id: string}): ReactNode {
    const {result, busyRef} = usePageResult();
    const document = result.documents[id];
    const text = config.documents[id];
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
    Document: ({id}) => (
      <GeneratorBoundary instead={FAILED}>
        <PageDocument id={id} />
      </GeneratorBoundary>
    ),
  };
}
