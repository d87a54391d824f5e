import {createHash} from 'node:crypto';
import {mkdtempSync, mkdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  contentSecurityPolicy,
  headersFile,
  inlineScriptHashes,
  securityHeaders,
} from './security-headers.mjs';

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function build(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'headers-'));
  for (const [name, html] of Object.entries(pages)) {
    mkdirSync(join(dir, name, '..'), {recursive: true});
    writeFileSync(join(dir, name), html);
  }
  return dir;
}

describe('inlineScriptHashes', () => {
  it('hashes the inline scripts a browser runs, on every page, once each', () => {
    const theme = 'document.documentElement.dataset.theme="dark"';
    const loader =
      '\n  (function(){var s=document.createElement("script")})()\n';
    const dir = build({
      'index.html': `<script>${theme}</script><script src=/a.js defer></script><script type=application/ld+json>{"@context":"x"}</script>`,
      'docs/page.html': `<script>${theme}</script><script type="text/javascript">${loader}</script><script type=module>import "/m.js"</script>`,
      'notes.txt': '<script>not html</script>',
    });
    expect(inlineScriptHashes(dir)).toEqual(
      [sha256(theme), sha256(loader), sha256('import "/m.js"')].sort(),
    );
  });
});

describe('the policy', () => {
  const csp = contentSecurityPolicy(["'sha256-abc='"]);
  it.each([
    "default-src 'self'",
    "script-src 'self' 'sha256-abc='",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "connect-src 'self'",
  ])('has %s', (directive) => {
    expect(csp.split('; ')).toContain(directive);
  });

  it('never allows eval, or inline scripts at large', () => {
    const scripts = csp.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).not.toMatch(/unsafe|\*|data:|https?:/);
  });

  it('is written to _headers for every path, as served', () => {
    const dir = build({'index.html': '<script>1</script>'});
    const file = headersFile(dir);
    expect(file.split('\n')[0]).toBe('/*');
    const headers = securityHeaders(dir);
    for (const [name, value] of Object.entries(headers)) {
      expect(file).toContain(`\n  ${name}: ${value}\n`);
    }
    expect(headers['Content-Security-Policy']).toContain(sha256('1'));
  });
});
