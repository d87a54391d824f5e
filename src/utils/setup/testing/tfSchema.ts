/**
 * Test-only checkers for generated Terraform, from HashiCorp's own tools and
 * the AWS provider's schema. Never imported by code that ships.
 *
 * - The parser: `@cdktf/hcl2json`, HashiCorp's HCL parser (hashicorp/hcl v2)
 *   compiled to wasm. Its output is Terraform's JSON syntax, where every
 *   string is a template: a literal `${` comes back as `$${`, `%{` as `%%{`,
 *   and an expression (a reference, a call) as `${…}` around its source.
 * - The schema: `@cdktn/provider-aws`, CDK Terrain's prebuilt AWS provider
 *   (the maintained fork of HashiCorp's archived CDKTF; `@cdktf/provider-aws`
 *   is marked deprecated and stops at provider 6.25). Its code is generated
 *   from `terraform providers schema -json` of hashicorp/aws (the version in
 *   its package.json, `cdktn.provider`), one module per resource and data
 *   source: `tfResourceType`, and for every attribute a line
 *   `// NAME - computed: …, optional: …, required: …` and an entry in
 *   `synthesizeHclAttributes()` with `isBlock` and its storage type. Read as
 *   text (not run: it needs the cdktn runtime), that is the schema as data.
 */
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {parse} from '@cdktf/hcl2json';

const require = createRequire(import.meta.url);

const PACKAGE_DIR = path.dirname(
  require.resolve('@cdktn/provider-aws/package.json'),
);

interface ProviderPackage {
  readonly version: string;
  readonly cdktn: {readonly provider: {name: string; version: string}};
}

const PACKAGE = JSON.parse(
  readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8'),
) as ProviderPackage;

/** The provider the schema comes from, e.g. registry.terraform.io/hashicorp/aws 6.66.0. */
export const SCHEMA_PROVIDER = PACKAGE.cdktn.provider;

export interface SchemaAttribute {
  readonly name: string;
  readonly required: boolean;
  readonly optional: boolean;
  readonly computed: boolean;
  /** A nested block rather than an argument. */
  readonly block: boolean;
  /** The generator's storage type: string, boolean, number, stringList, stringMap, or a block's class. */
  readonly storage: string | undefined;
}

export interface TypeSchema {
  readonly type: string;
  readonly attributes: ReadonlyMap<string, SchemaAttribute>;
}

export type SchemaKind = 'resource' | 'data' | 'provider';

/** The module of a type: aws_iam_role → iam-role, data aws_partition → data-aws-partition. */
function moduleOf(kind: SchemaKind, type: string): string {
  if (kind === 'provider') return 'provider';
  const name = type.replace(/^aws_/, '').replaceAll('_', '-');
  return kind === 'data' ? `data-aws-${name}` : name;
}

const cache = new Map<string, TypeSchema | undefined>();

/** The schema of a resource, data source or the provider itself; undefined when the provider has no such type. */
export function providerSchema(
  kind: SchemaKind,
  type: string,
): TypeSchema | undefined {
  const key = `${kind} ${type}`;
  if (cache.has(key)) return cache.get(key);
  const file = path.join(PACKAGE_DIR, 'lib', moduleOf(kind, type), 'index.js');
  let schema: TypeSchema | undefined;
  if (existsSync(file)) {
    const code = readFileSync(file, 'utf8');
    const marker = `static tfResourceType = "${kind === 'provider' ? 'aws' : type}";`;
    const start = code.indexOf(marker);
    if (start >= 0) schema = {type, attributes: attributesOf(code, start)};
  }
  cache.set(key, schema);
  return schema;
}

/** The main class's attributes: its schema comments, then its HCL synthesis for blocks and storage types. */
function attributesOf(
  code: string,
  start: number,
): Map<string, SchemaAttribute> {
  const classCode = code.slice(start);
  const synthesis = classCode.indexOf('synthesizeHclAttributes()');
  const accessors = classCode.slice(0, synthesis);
  const hcl = classCode.slice(synthesis);
  const storage = new Map<string, {block: boolean; storage: string}>();
  for (const match of hcl.matchAll(
    /^\s*(\w+): \{\s*value: [^\n]*\n\s*isBlock: (true|false),\s*type: "\w+",\s*storageClassType: "(\w+)"/gm,
  )) {
    const [, name = '', block, storageClass = ''] = match;
    storage.set(name, {block: block === 'true', storage: storageClass});
  }
  const attributes = new Map<string, SchemaAttribute>();
  for (const match of accessors.matchAll(
    /\/\/ (\w+) - computed: (true|false), optional: (true|false), required: (true|false)/g,
  )) {
    const [, name = '', computed, optional, required] = match;
    attributes.set(name, {
      name,
      computed: computed === 'true',
      optional: optional === 'true',
      required: required === 'true',
      block: storage.get(name)?.block ?? false,
      storage: storage.get(name)?.storage,
    });
  }
  return attributes;
}

/** Terraform's JSON syntax, as hcl2json returns it. */
export type HclJson =
  string | number | boolean | null | HclJson[] | {[key: string]: HclJson};

/** The file parsed by HashiCorp's HCL parser; rejects on any syntax error. */
export async function parseHcl(
  text: string,
  filename = 'main.tf',
): Promise<Record<string, HclJson>> {
  return (await parse(filename, text)) as Record<string, HclJson>;
}

/** The expression of a string that is one interpolation and nothing else, e.g. `var.region`. */
export function expressionOf(value: HclJson | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\$\{([\s\S]*)\}$/.exec(value);
  // A literal "$${…}" is escaped, not an expression.
  return match !== null && !value.startsWith('$${') ? match[1] : undefined;
}

/**
 * A string of hcl2json's output as Terraform would see it: `$${` and `%%{`
 * unescaped, each `${ref}` replaced by `resolve(ref)`. Throws on a `%{`
 * directive (the generator writes none) or a `${` left open.
 */
export function resolveTemplate(
  value: string,
  resolve: (ref: string) => string,
): string {
  let out = '';
  let i = 0;
  while (i < value.length) {
    if (value.startsWith('$${', i) || value.startsWith('%%{', i)) {
      out += `${value[i]}{`;
      i += 3;
    } else if (value.startsWith('${', i)) {
      const end = value.indexOf('}', i);
      if (end < 0) throw new Error(`Unclosed interpolation in ${value}`);
      out += resolve(value.slice(i + 2, end));
      i = end + 1;
    } else if (value.startsWith('%{', i)) {
      throw new Error(`A template directive in ${value}`);
    } else {
      out += value[i];
      i += 1;
    }
  }
  return out;
}

/** Every string (keys too) of a parsed value, resolved. */
export function resolveValue(
  value: HclJson,
  resolve: (ref: string) => string,
): unknown {
  if (typeof value === 'string') return resolveTemplate(value, resolve);
  if (Array.isArray(value))
    return value.map((item) => resolveValue(item, resolve));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        resolveTemplate(key, resolve),
        resolveValue(item, resolve),
      ]),
    );
  }
  return value;
}

/**
 * The argument of `jsonencode({...})` as parsed JSON: hcl2json gives a call
 * back as its source text, which is parsed again as an attribute's value.
 */
export async function jsonencodeArgument(
  value: HclJson | undefined,
): Promise<HclJson> {
  const expression = expressionOf(value);
  const match = /^jsonencode\(([\s\S]*)\)$/.exec(expression ?? '');
  if (match === null)
    throw new Error(`Not a jsonencode(...) call: ${String(value)}`);
  const parsed = await parseHcl(`value = ${match[1]}\n`, 'argument.tf');
  return parsed.value as HclJson;
}
