import React, {
  Suspense,
  lazy,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import type {ComponentType, ReactElement, ReactNode, RefObject} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {OnDemand} from '@site/src/utils/onDemand';

/** Marks the content, for checks that wait for the live parts of a page. */
const STATIC_HTML = {'data-static-html': ''};

type Load = () => Promise<{readonly default: ComponentType}>;

/**
 * Whether the element at `ref` still shows the page's HTML from the build:
 * true while hydration keeps it, and after. False when the page was reached
 * by a client-side navigation, or when React rendered afresh what it could
 * not hydrate (an error caught by a boundary does that): there is no built
 * HTML to keep, and the content must be rendered.
 */
function useKeepsBuiltHtml(ref: RefObject<HTMLDivElement | null>): boolean {
  const [mountedByHydration] = useState(!useIsBrowser());
  const [lost, setLost] = useState(false);
  useLayoutEffect(() => {
    if (mountedByHydration && ref.current?.childElementCount === 0) {
      setLost(true);
    }
  }, [mountedByHydration, ref]);
  return mountedByHydration && !lost;
}

/** The built HTML, which an empty `dangerouslySetInnerHTML` leaves as it is. */
function BuiltHtml({
  builtRef,
  busy,
}: {
  readonly builtRef: RefObject<HTMLDivElement | null>;
  readonly busy?: boolean;
}): ReactNode {
  return (
    <div
      {...STATIC_HTML}
      ref={builtRef}
      aria-busy={busy}
      dangerouslySetInnerHTML={{__html: ''}}
      suppressHydrationWarning
    />
  );
}

/**
 * Content that never changes, rendered into the page's HTML at build time
 * and left alone by hydration, so a first visit does not download the code
 * and text that made it. Only when there is no built HTML to keep does the
 * browser load and render it.
 */
function StaticHtml({
  content: Content,
}: {
  readonly content: ComponentType;
}): ReactNode {
  const builtRef = useRef<HTMLDivElement>(null);
  const keepsBuiltHtml = useKeepsBuiltHtml(builtRef);
  if (!ExecutionEnvironment.canUseDOM) {
    // No boundary on the server: one there would stream the content apart
    // from the page, hidden until a script moves it in place. Without one
    // the page's HTML waits for it and holds it where it belongs.
    return (
      <div {...STATIC_HTML}>
        <Content />
      </div>
    );
  }
  if (keepsBuiltHtml) {
    return <BuiltHtml builtRef={builtRef} />;
  }
  return (
    <div {...STATIC_HTML}>
      <Suspense fallback={null}>
        <Content />
      </Suspense>
    </div>
  );
}

/** A component that shows a module's default export as static HTML. */
export function staticHtml(load: Load): () => ReactNode {
  const Content = lazy(load);
  return function StaticContent(): ReactNode {
    return <StaticHtml content={Content} />;
  };
}

/** The module's component once `needed` has held, loaded then; until then undefined. */
function useLoadedWhen(load: Load, needed: boolean): ComponentType | undefined {
  const [Loaded, setLoaded] = useState<ComponentType>();
  useEffect(() => {
    if (!needed || Loaded !== undefined) {
      return undefined;
    }
    let current = true;
    load().then(
      (module) => current && setLoaded(() => module.default),
      (error: unknown) =>
        // Thrown while rendering, for the nearest error boundary.
        current &&
        setLoaded(() => () => {
          throw error;
        }),
    );
    return () => {
      current = false;
    };
  }, [load, needed, Loaded]);
  return Loaded;
}

/**
 * The content as the server renders it (no boundary: see StaticHtml), or as
 * the browser does once its code has loaded; null until then.
 */
function renderedContent(
  Content: ComponentType,
  Live: ComponentType | undefined,
  serverProps: object,
): ReactElement | null {
  if (!ExecutionEnvironment.canUseDOM) {
    return (
      <div {...serverProps}>
        <Content />
      </div>
    );
  }
  return Live === undefined ? null : (
    <div key="live">
      <Live />
    </div>
  );
}

/**
 * Like `staticHtml`, for content that depends on the form: the page's HTML
 * holds it as built, and hydration keeps it, until the reader's state makes
 * it differ (`asBuilt` false); then its code loads and renders it live from
 * then on. The built HTML stays, marked busy, until the code has arrived, so
 * nothing blinks.
 */
export function staticHtmlUntilChanged(
  load: Load,
): (props: {readonly asBuilt: boolean}) => ReactNode {
  const Content = lazy(load);
  return function StaticUntilChanged({asBuilt}): ReactNode {
    const builtRef = useRef<HTMLDivElement>(null);
    const keepsBuiltHtml = useKeepsBuiltHtml(builtRef);
    const Live = useLoadedWhen(load, !(keepsBuiltHtml && asBuilt));
    const rendered = renderedContent(Content, Live, STATIC_HTML);
    if (rendered !== null) {
      return rendered;
    }
    return keepsBuiltHtml ? (
      <BuiltHtml builtRef={builtRef} busy={!asBuilt} />
    ) : null;
  };
}

const never = (): (() => void) => () => undefined;

/**
 * Live content whose code loads apart from the page's bundle: as the page
 * starts, or, given `with`, once that code starts loading; at once where the
 * page's HTML does not hold it (a tab the reader chose, a client-side
 * navigation). The page's HTML shows it until its code has arrived. Its
 * built HTML is copied while hydration keeps it, so that it still shows if
 * the component is mounted afresh before then: Docusaurus's Tabs remount
 * their content just after hydration
 * (https://github.com/facebook/docusaurus/issues/5653), which would
 * otherwise leave the tab empty for a moment.
 */
export function builtUntilLoaded(
  load: Load,
  {with: trigger}: {readonly with?: OnDemand<unknown>} = {},
): () => ReactNode {
  const Content = lazy(load);
  let built: string | undefined;
  // Once loaded, a later mount (the tab chosen again) renders it at once.
  let loaded: ComponentType | undefined;
  return function BuiltUntilLoaded(): ReactNode {
    const builtRef = useRef<HTMLDivElement>(null);
    const keepsBuiltHtml = useKeepsBuiltHtml(builtRef);
    const triggered = useSyncExternalStore(
      trigger?.subscribe ?? never,
      () => trigger === undefined || trigger.status() !== 'idle',
      () => trigger === undefined,
    );
    const holdsBuiltHtml = keepsBuiltHtml || built !== undefined;
    const Live =
      useLoadedWhen(
        load,
        loaded === undefined && (triggered || !holdsBuiltHtml),
      ) ?? loaded;
    useLayoutEffect(() => {
      if (Live !== undefined) {
        loaded = Live;
        built = undefined;
      } else if (keepsBuiltHtml && builtRef.current !== null) {
        built = builtRef.current.innerHTML;
      }
    }, [keepsBuiltHtml, Live]);
    const rendered = renderedContent(Content, Live, STATIC_HTML);
    if (rendered !== null) {
      return rendered;
    }
    if (keepsBuiltHtml) {
      return (
        <div
          {...STATIC_HTML}
          ref={builtRef}
          dangerouslySetInnerHTML={{__html: ''}}
          suppressHydrationWarning
        />
      );
    }
    // Our own build's HTML, copied above before any input.
    return built === undefined ? null : (
      <div {...STATIC_HTML} dangerouslySetInnerHTML={{__html: built}} />
    );
  };
}
