import {describe, expect, it} from 'vitest';
import {sameLine} from './codeLine';
import type {LineRenderInput} from './codeLine';

const theme = {plain: {}, styles: []};

/** A line as highlighting builds it: new objects on every call. */
function line(overrides: Partial<LineRenderInput> = {}): LineRenderInput {
  return {
    line: [
      {types: ['plain'], content: '      '},
      {types: ['property'], content: '"Resource"'},
      {types: ['operator'], content: ':'},
      {types: ['string'], content: '"arn:aws:s3:::my-bucket"'},
    ],
    classNames: ['theme-code-block-highlighted-line'],
    showLineNumbers: false,
    theme,
    ...overrides,
  };
}

describe('sameLine', () => {
  it('is true for a line highlighted again from the same text', () => {
    expect(sameLine(line(), line())).toBe(true);
  });

  it('is false when a token’s text changes', () => {
    const edited = line();
    expect(
      sameLine(
        edited,
        line({
          line: [
            ...edited.line.slice(0, 3),
            {types: ['string'], content: '"arn:aws:s3:::my-bucket2"'},
          ],
        }),
      ),
    ).toBe(false);
  });

  it('is false when a token changes type or the line gains a token', () => {
    const {line: tokens} = line();
    expect(
      sameLine(
        line(),
        line({
          line: tokens.map((token, index) =>
            index === 1 ? {...token, types: ['string']} : token,
          ),
        }),
      ),
    ).toBe(false);
    expect(
      sameLine(
        line(),
        line({line: [...tokens, {types: ['punctuation'], content: ','}]}),
      ),
    ).toBe(false);
  });

  it('is false when the line’s highlight, numbering or theme changes', () => {
    expect(sameLine(line(), line({classNames: undefined}))).toBe(false);
    expect(sameLine(line(), line({showLineNumbers: true}))).toBe(false);
    // Dark mode: the same tokens take other colours.
    expect(sameLine(line(), line({theme: {plain: {}, styles: []}}))).toBe(
      false,
    );
  });
});
