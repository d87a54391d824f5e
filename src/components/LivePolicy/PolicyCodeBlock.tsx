import React, {memo, useMemo} from 'react';
import type {ReactNode} from 'react';
import clsx from 'clsx';
import {Highlight} from 'prism-react-renderer';
import type {PrismTheme, Token} from 'prism-react-renderer';
import {usePrismTheme, useThemeConfig} from '@docusaurus/theme-common';
import {
  CodeBlockContextProvider,
  createCodeBlockMetadata,
  useCodeWordWrap,
} from '@docusaurus/theme-common/internal';
import Buttons from '@theme/CodeBlock/Buttons';
import Container from '@theme/CodeBlock/Container';
import Line from '@theme/CodeBlock/Line';
import type {Props as LineProps} from '@theme/CodeBlock/Line';
import styles from './styles.module.css';

interface Props {
  readonly title: string;
  readonly code: string;
  /** Lines to highlight, as in a code fence: `{3,7}`. */
  readonly metastring: string;
}

interface MemoLineProps extends LineProps {
  /** The line's text and the Prism theme: what decides its output. */
  readonly text: string;
  readonly theme: PrismTheme;
}

const lineText = (line: readonly Token[]): string =>
  line.map((token) => token.content).join('');

/**
 * A line of code, rendered again only when its text, its highlight or the
 * colour theme changes: a key press changes a line or two of a policy, and
 * leaves the other lines (and their DOM) alone.
 */
const MemoLine = memo(
  function MemoLine({
    line,
    classNames,
    showLineNumbers,
    getLineProps,
    getTokenProps,
  }: MemoLineProps): ReactNode {
    return (
      <Line
        line={line}
        classNames={classNames}
        showLineNumbers={showLineNumbers}
        getLineProps={getLineProps}
        getTokenProps={getTokenProps}
      />
    );
  },
  (before, after) =>
    before.text === after.text &&
    before.theme === after.theme &&
    String(before.classNames) === String(after.classNames),
);

/**
 * Docusaurus's code block (same container, title, buttons and line markup,
 * built from the theme's own parts) with memoized lines. The theme's block
 * renders every line on each change, which made typing lag on slow phones.
 */
export default function PolicyCodeBlock({
  title,
  code,
  metastring,
}: Props): ReactNode {
  const {prism} = useThemeConfig();
  const theme = usePrismTheme();
  const metadata = useMemo(
    () =>
      createCodeBlockMetadata({
        code,
        className: undefined,
        language: 'json',
        defaultLanguage: prism.defaultLanguage,
        metastring,
        magicComments: prism.magicComments,
        title,
        showLineNumbers: undefined,
      }),
    [code, metastring, title, prism],
  );
  const wordWrap = useCodeWordWrap();
  return (
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <Container as="div" className={metadata.className}>
        <div className={styles.codeBlockTitle}>{title}</div>
        <div className={styles.codeBlockContent}>
          <Highlight
            theme={theme}
            code={metadata.code}
            language={metadata.language}
          >
            {({className, style, tokens, getLineProps, getTokenProps}) => (
              <pre
                ref={wordWrap.codeBlockRef}
                // Scrollable: reachable from the keyboard, like the theme's.
                tabIndex={0}
                className={clsx(className, styles.codeBlock, 'thin-scrollbar')}
                style={style}
              >
                <code className={styles.codeBlockLines}>
                  {tokens.map((line, index) => (
                    <MemoLine
                      // Lines are positions: a changed line renders again.
                      key={index}
                      line={line}
                      text={lineText(line)}
                      theme={theme}
                      classNames={metadata.lineClassNames[index]}
                      showLineNumbers={false}
                      getLineProps={getLineProps}
                      getTokenProps={getTokenProps}
                    />
                  ))}
                </code>
              </pre>
            )}
          </Highlight>
          <Buttons />
        </div>
      </Container>
    </CodeBlockContextProvider>
  );
}
