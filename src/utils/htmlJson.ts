/**
 * JSON for a `<script type="application/json">` in the page's HTML: `<` is
 * written as `\u003c`, so no value can close the element or open a comment
 * (HTML spec, "Restrictions for contents of script elements"); JSON.parse
 * reads it back unchanged.
 */
export const jsonForHtml = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c');
