/**
 * HCL (Terraform's native syntax) written from values, never spliced: a
 * string is always a quoted literal with its escapes and its template
 * sequences doubled, so no value a user typed can become an interpolation, a
 * directive or a second attribute. The layout is the one `terraform fmt`
 * writes (two-space indents, `=` aligned in runs of one-line attributes), so
 * the file needs no formatting pass. Pure TypeScript: no React.
 *
 * Sources: HCL native syntax specification, "Template Expressions" (escapes
 * `\n \r \t \" \\ \uNNNN \UNNNNNNNN`; `$${` and `%%{` for literal `${` and
 * `%{`), hashicorp/hcl v2 hclsyntax/spec.md; the alignment rule is
 * hclwrite's format.go (a line takes part in `=` alignment only if its
 * brackets balance; any other line ends the run), which `terraform fmt`
 * applies (hashicorp/terraform internal/command/fmt.go, formatSourceCode).
 */

/** A part of a template: literal text, or a reference the generator wrote (never user data). */
export type TemplatePart = string | {readonly ref: string};

/** An HCL expression, as a tree the renderer lays out. */
export type HclValue =
  | string
  | number
  | boolean
  | readonly HclValue[]
  | {readonly template: readonly TemplatePart[]}
  /** An expression the generator writes itself, e.g. `var.region`: never user data. */
  | {readonly expr: string}
  | {readonly call: string; readonly args: readonly HclValue[]}
  | {readonly object: readonly (readonly [string, HclValue])[]};

export interface HclAttribute {
  readonly name: string;
  readonly value: HclValue;
}

export interface HclBlock {
  readonly type: string;
  readonly labels?: readonly string[];
  readonly body: HclBody;
}

/** A body's items in order; `null` is a blank line. */
export type HclBody = readonly (HclAttribute | HclBlock | null)[];

const INDENT = '  ';

const GRAPHEMES = new Intl.Segmenter('en', {granularity: 'grapheme'});

/**
 * Characters written as `\uNNNN` although HCL would take them as they are:
 * controls, and the invisible ones that change how a line reads (bidi
 * overrides, line separators, zero-width marks), so the file shows what it
 * holds.
 */
const VISIBLY_ESCAPED: readonly (readonly [number, number])[] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x61c, 0x61c],
  [0x180e, 0x180e],
  [0x200b, 0x200f],
  [0x2028, 0x202e],
  [0x2060, 0x2069],
  [0xfeff, 0xfeff],
];

const visiblyEscaped = (code: number) =>
  VISIBLY_ESCAPED.some(([low, high]) => code >= low && code <= high);

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/**
 * The inside of a quoted literal: escapes, then every `${` and `%{` doubled.
 * HCL strings are Unicode scalar values (UTF-8), so a lone surrogate has no
 * spelling at all: refuse it rather than write a file HCL rejects.
 */
function escapeLiteral(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) {
      throw new RangeError(
        `HCL cannot hold the lone surrogate U+${code.toString(16).toUpperCase()}.`,
      );
    }
    out +=
      SHORT_ESCAPES[char] ??
      (visiblyEscaped(code)
        ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
        : char);
  }
  return out.replace(/([$%])\{/g, '$1$1{');
}

/** A quoted HCL string holding exactly `value` (HCL reads it NFC-normalized, as it reads every string). */
export function hclString(value: string): string {
  return `"${escapeLiteral(value)}"`;
}

/**
 * A template: literal parts escaped, references interpolated. Adjacent
 * literals are escaped as one, since `$` and `{` written apart would still
 * read as `${`. A literal `$` right before an interpolation would read as
 * the `$${` escape, so that one `$` is written as its escape, `\u0024`.
 */
export function hclTemplate(parts: readonly TemplatePart[]): string {
  const merged: TemplatePart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (typeof part === 'string' && typeof last === 'string') {
      merged[merged.length - 1] = last + part;
    } else {
      merged.push(part);
    }
  }
  let out = '';
  merged.forEach((part, index) => {
    if (typeof part !== 'string') {
      out += `\${${part.ref}}`;
      return;
    }
    const next = merged[index + 1];
    const escaped = escapeLiteral(part);
    out +=
      next !== undefined && escaped.endsWith('$')
        ? `${escaped.slice(0, -1)}\\u0024`
        : escaped;
  });
  return `"${out}"`;
}

/** Words HCL reads as something else where an object key stands. */
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if']);

/** An object key: bare when it is a plain identifier, quoted otherwise. */
export function hclKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !KEYWORDS.has(key)
    ? key
    : hclString(key);
}

// Array.isArray does not narrow a readonly array.
const isTuple = (value: HclValue): value is readonly HclValue[] =>
  Array.isArray(value);

function isObject(
  value: HclValue,
): value is {readonly object: readonly (readonly [string, HclValue])[]} {
  return typeof value === 'object' && 'object' in value;
}

/**
 * The value's lines: the first continues the line it starts on (after
 * `name = `), the others carry their own indentation.
 */
function renderValue(value: HclValue, depth: number): string[] {
  if (typeof value === 'string') return [hclString(value)];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      throw new RangeError('HCL has no spelling for a non-finite number.');
    }
    return [String(value)];
  }
  if (typeof value === 'boolean') return [String(value)];
  if (isTuple(value)) return renderTuple(value, depth);
  if ('template' in value) return [hclTemplate(value.template)];
  if ('expr' in value) return [value.expr];
  if ('call' in value) return renderCall(value.call, value.args, depth);
  return renderObject(value.object, depth);
}

function renderTuple(items: readonly HclValue[], depth: number): string[] {
  if (items.length === 0) return ['[]'];
  const rendered = items.map((item) => renderValue(item, depth + 1));
  // One plain item stays on the line, as people write ["x"].
  const [first] = rendered;
  const [item] = items;
  if (
    rendered.length === 1 &&
    first?.length === 1 &&
    item !== undefined &&
    !isObject(item)
  ) {
    return [`[${first[0]}]`];
  }
  const pad = INDENT.repeat(depth + 1);
  const lines = ['['];
  for (const itemLines of rendered) {
    const [head = '', ...rest] = itemLines;
    const body = [pad + head, ...rest];
    body[body.length - 1] += ',';
    lines.push(...body);
  }
  lines.push(`${INDENT.repeat(depth)}]`);
  return lines;
}

/** `f(x)`, or `f({` … `})` around one object, as terraform fmt lays out jsonencode({...}). */
function renderCall(
  name: string,
  args: readonly HclValue[],
  depth: number,
): string[] {
  const only = args[0];
  if (args.length === 1 && only !== undefined && isObject(only)) {
    const lines = renderObject(only.object, depth);
    lines[0] = `${name}(${lines[0]}`;
    lines[lines.length - 1] += ')';
    return lines;
  }
  const rendered = args.map((arg) => renderValue(arg, depth));
  if (rendered.some((lines) => lines.length > 1)) {
    throw new Error(`Only one object argument may span lines in ${name}().`);
  }
  return [`${name}(${rendered.map((lines) => lines[0]).join(', ')})`];
}

function renderObject(
  entries: readonly (readonly [string, HclValue])[],
  depth: number,
): string[] {
  if (entries.length === 0) return ['{}'];
  return [
    '{',
    ...renderItems(
      entries.map(([key, value]) => ({name: hclKey(key), value})),
      depth + 1,
    ),
    `${INDENT.repeat(depth)}}`,
  ];
}

/**
 * Attributes (or object entries) and blocks at one depth. Consecutive
 * one-line attributes align their `=`; a multi-line one, a block or a blank
 * line ends the run, as in hclwrite.
 */
function renderItems(
  items: readonly (HclAttribute | HclBlock | null)[],
  depth: number,
): string[] {
  const pad = INDENT.repeat(depth);
  const lines: string[] = [];
  let run: {name: string; value: string}[] = [];
  const flush = () => {
    // hclwrite counts columns in grapheme clusters (textseg).
    const columns = (name: string) => [...GRAPHEMES.segment(name)].length;
    const width = Math.max(0, ...run.map(({name}) => columns(name)));
    for (const {name, value} of run) {
      lines.push(
        `${pad}${name}${' '.repeat(width - columns(name))} = ${value}`,
      );
    }
    run = [];
  };
  for (const item of items) {
    if (item === null) {
      flush();
      lines.push('');
    } else if ('body' in item) {
      flush();
      const labels = (item.labels ?? []).map((label) => ` ${hclString(label)}`);
      const head = `${pad}${item.type}${labels.join('')}`;
      if (item.body.length === 0) {
        lines.push(`${head} {}`);
      } else {
        lines.push(
          `${head} {`,
          ...renderItems(item.body, depth + 1),
          `${pad}}`,
        );
      }
    } else {
      const [head = '', ...rest] = renderValue(item.value, depth);
      if (rest.length === 0) {
        run.push({name: item.name, value: head});
      } else {
        flush();
        lines.push(`${pad}${item.name} = ${head}`, ...rest);
      }
    }
  }
  flush();
  return lines;
}

/** A whole file: `#` comment lines, a blank line, then the body; one trailing newline. */
export function renderHcl(comments: readonly string[], body: HclBody): string {
  const header = comments.map((line) => {
    if (/[\r\n]/.test(line)) throw new Error('A comment is one line.');
    return `# ${line}`;
  });
  return `${[...header, ...(header.length > 0 ? [''] : []), ...renderItems(body, 0)].join('\n')}\n`;
}
