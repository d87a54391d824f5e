import {createRequire} from 'node:module';

const require = createRequire(import.meta.url);

// Core's loop that writes one deferred <script> per bundle.
const DEFERRED_SCRIPTS =
  /<% it\.scripts\.forEach\(\(script\) => \{ %>\s*<script src="<%= it\.baseUrl %><%= script %>" defer><\/script>\s*<% \}\); %>/;
const BODY_END = /<\/body>/;

// The same bundles, fetched at once but not run.
const PRELOADED_SCRIPTS = `<% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" href="<%= it.baseUrl %><%= script %>" />
    <% }); %>`;

// Runs the bundles, in order, once the page's text has painted (or at once in
// a background tab, or after 3 s if no paint is reported).
const START_AFTER_FIRST_PAINT = `<script>
      (function (scripts) {
        var started = false;
        function start() {
          if (started) return;
          started = true;
          scripts.forEach(function (src) {
            var script = document.createElement('script');
            script.src = src;
            script.async = false;
            document.head.appendChild(script);
          });
        }
        var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
        if (document.visibilityState !== 'visible') {
          start();
        } else if (!types || types.indexOf('paint') < 0) {
          requestAnimationFrame(function () { setTimeout(start); });
        } else {
          new PerformanceObserver(function (list, observer) {
            if (list.getEntriesByName('first-contentful-paint').length > 0) {
              observer.disconnect();
              setTimeout(start);
            }
          }).observe({type: 'paint', buffered: true});
          setTimeout(start, 3000);
        }
      })(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>);
    </script>
  </body>`;

function replaceOnce(
  template: string,
  pattern: RegExp,
  replacement: string,
): string {
  if (!pattern.test(template)) {
    throw new Error(
      `Docusaurus's SSR template no longer matches ${String(pattern)}: check @docusaurus/core/lib/ssg/ssgTemplate.html.js and update src/plugins/scriptsAfterPaint.`,
    );
  }
  return template.replace(pattern, () => replacement);
}

/** Docusaurus core's own SSR template. */
export function coreSsrTemplate(): string {
  return (
    require('@docusaurus/core/lib/ssg/ssgTemplate.html.js') as {
      default: string;
    }
  ).default;
}

/**
 * Docusaurus's SSR template, except that the app's scripts are preloaded in
 * <head> and run after the first paint, so a slow CPU never delays the
 * page's text. Derived from core's template rather than copied, so an
 * upgrade that changes it fails the build here instead of drifting.
 */
export function scriptsAfterPaintTemplate(
  template = coreSsrTemplate(),
): string {
  return replaceOnce(
    replaceOnce(template, DEFERRED_SCRIPTS, PRELOADED_SCRIPTS),
    BODY_END,
    START_AFTER_FIRST_PAINT,
  );
}
