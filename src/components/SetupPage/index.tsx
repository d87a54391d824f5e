import React, {useMemo} from 'react';
import type {ReactNode, RefObject} from 'react';
import type {OptionSpec} from '@site/src/utils/policy/options';
import type {
  FieldId,
  FieldValues,
  PolicyOptions,
} from '@site/src/utils/policy/types';
import type {GeneratedDocument, PageResult} from '@site/src/utils/setup/page';
import type {OnDemand} from '@site/src/utils/onDemand';
import {pageEngine} from '@site/src/utils/pageEngine';
import type {Generate, PageEngine} from '@site/src/utils/pageEngine';
import {
  BUILT_FORM,
  WaitsForEngine,
  useGenerated,
} from '@site/src/hooks/useGenerated';
import {useLoadOnInteraction} from '@site/src/hooks/useOnDemand';
import BuiltResult from '@site/src/components/BuiltResult';
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

/** Where the page's form writes the built result into the page's HTML. */
const BUILT_RESULT_ID = 'setup-page-built-result';

const FAILED = (
  <>
    This part of the page could not be filled in. Reload the page to try again,
    or replace each <code>&lt;PLACEHOLDER&gt;</code> by hand.
  </>
);

/**
 * A set-up page's form and documents, bound to the page's own generator:
 * one generation per change, shared by every component of the page, and no
 * other page's generator in its bundle. The generator is imported apart
 * from the page's bundle, at the reader's first interaction or at once for a
 * form other than the built one (useGenerated).
 */
export function setupPage(
  load: () => Promise<Generate<PageResult>>,
  config: PageConfig,
): {
  readonly Form: () => ReactNode;
  readonly Document: (props: DocumentProps) => ReactNode;
  readonly engine: OnDemand<PageEngine<PageResult>>;
} {
  const engine = pageEngine(load, BUILT_FORM);
  /** The page's result for the outputs' (deferred) state, and their busy mark. */
  function usePageResult(): {
    readonly result: PageResult;
    readonly built: PageResult;
    readonly values: FieldValues;
    readonly options: PolicyOptions;
    readonly busyRef: RefObject<HTMLDivElement | null>;
  } {
    return useGenerated(engine, BUILT_RESULT_ID);
  }

  function PageForm(): ReactNode {
    const {result, built} = usePageResult();
    useLoadOnInteraction(engine);
    return (
      <>
        <BuiltResult id={BUILT_RESULT_ID} result={built} />
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
      </>
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
    engine,
    Form: () => (
      <GeneratorBoundary instead={FAILED}>
        <WaitsForEngine engine={engine} builtId={BUILT_RESULT_ID}>
          <PageForm />
        </WaitsForEngine>
      </GeneratorBoundary>
    ),
    Document: (props) => (
      <GeneratorBoundary instead={FAILED}>
        <WaitsForEngine engine={engine} builtId={BUILT_RESULT_ID}>
          <PageDocument {...props} />
        </WaitsForEngine>
      </GeneratorBoundary>
    ),
  };
}
