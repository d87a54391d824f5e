import {describe, expect, it} from 'vitest';
import {coreSsrTemplate, scriptsAfterPaintTemplate} from '.';

describe('scriptsAfterPaintTemplate', () => {
  const template = scriptsAfterPaintTemplate();

  it('preloads the bundles instead of running them as deferred scripts', () => {
    expect(template).not.toMatch(/<script src=[^>]*defer/);
    expect(template).toContain(
      '<link rel="preload" as="script" href="<%= it.baseUrl %><%= script %>" />',
    );
  });

  it('starts the bundles from one inline script at the end of the body', () => {
    expect(template).toMatch(
      /first-contentful-paint[\s\S]*it\.scripts\.map[\s\S]*<\/script>\s*<\/body>/,
    );
    expect(template.match(/<\/body>/g)).toHaveLength(1);
  });

  it('keeps the rest of core’s template as it is', () => {
    for (const part of [
      '<%~ it.headTags %>',
      '<div id="__docusaurus"><%~ it.appHtml %></div>',
      '<%~ it.postBodyTags %>',
    ]) {
      expect(coreSsrTemplate()).toContain(part);
      expect(template).toContain(part);
    }
  });

  it('fails loudly when core’s template changes shape', () => {
    expect(() =>
      scriptsAfterPaintTemplate(
        coreSsrTemplate().replace(' defer>', ' type="module">'),
      ),
    ).toThrow(/no longer matches/);
  });
});
