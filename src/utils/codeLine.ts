/** A highlighted token as prism-react-renderer gives it. */
export interface LineToken {
  readonly types: readonly string[];
  readonly content: string;
  readonly empty?: boolean;
}

/** What a code block line renders from, besides functions of the theme. */
export interface LineRenderInput {
  readonly line: readonly LineToken[];
  readonly classNames: readonly string[] | undefined;
  readonly showLineNumbers: boolean;
  /** The Prism theme, which the line's token colours come from. */
  readonly theme: unknown;
}

function sameStrings(
  a: readonly string[] | undefined,
  b: readonly string[] | undefined,
): boolean {
  if (a === b) {
    return true;
  }
  if (a === undefined || b === undefined || a.length !== b.length) {
    return false;
  }
  return a.every((value, index) => value === b[index]);
}

function sameToken(a: LineToken, b: LineToken): boolean {
  return (
    a.content === b.content &&
    a.empty === b.empty &&
    sameStrings(a.types, b.types)
  );
}

/**
 * True when a line would render exactly as before. Highlighting builds new
 * token objects on every render; comparing them by value lets a block whose
 * text changed in one place re-render that line only.
 */
export function sameLine(a: LineRenderInput, b: LineRenderInput): boolean {
  return (
    a.theme === b.theme &&
    a.showLineNumbers === b.showLineNumbers &&
    sameStrings(a.classNames, b.classNames) &&
    a.line.length === b.line.length &&
    a.line.every((token, index) => {
      const other = b.line[index];
      return other !== undefined && sameToken(token, other);
    })
  );
}
