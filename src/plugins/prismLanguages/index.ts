import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

export interface PrismLanguagesOptions {
  /** Prism language ids, as in `prismjs/components/prism-<id>.js`. */
  readonly languages: readonly string[];
}

/**
 * Compiles only these languages into prism-react-renderer's Prism, on the
 * server and in the browser alike (see loader.mjs for why). A code block in
 * another language renders as plain text, as an unknown language does.
 */
export default function prismLanguages(
  options: PrismLanguagesOptions,
): () => Plugin {
  return () => ({
    name: 'prism-languages',
    configureWebpack: () => ({
      module: {
        rules: [
          {
            test: /[\\/]prism-react-renderer[\\/]dist[\\/]index\.m?js$/,
            use: [
              {
                loader: fileURLToPath(new URL('loader.mjs', import.meta.url)),
                options: {languages: options.languages},
              },
            ],
          },
        ],
      },
    }),
  });
}
