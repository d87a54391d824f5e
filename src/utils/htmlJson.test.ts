import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {jsonForHtml} from './htmlJson';

describe('jsonForHtml', () => {
  it('cannot close the script element or open a comment', () => {
    const text = jsonForHtml({policy: '</script><!-- <PLACEHOLDER>'});
    expect(text).not.toMatch(/<\/script|<!--|</i);
    expect(JSON.parse(text)).toEqual({policy: '</script><!-- <PLACEHOLDER>'});
  });

  it('reads back as the value it wrote, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = jsonForHtml(value);
        expect(text).not.toContain('<');
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});
