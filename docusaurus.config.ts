import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import prismLanguages from './src/plugins/prismLanguages';
import {scriptsAfterPaintTemplate} from './src/plugins/scriptsAfterPaint';
import {ClassNames} from './src/utils/classNames';

// Runs in Node.js: no browser APIs or JSX here.

/**
 * vsLight with its green for numbers and variables (Bash's `--options`)
 * darkened: on a line that still holds a <PLACEHOLDER>, tinted by
 * --docusaurus-highlighted-code-line-bg (src/css/custom.css), vsLight's
 * rgb(9, 134, 88) has a contrast of 4.2:1, under WCAG AA's 4.5:1; this green
 * has 4.9:1 there and 5.4:1 on white.
 */
const lightCodeTheme = {
  ...prismThemes.vsLight,
  styles: prismThemes.vsLight.styles.map((entry) =>
    entry.types.includes('variable')
      ? {...entry, style: {...entry.style, color: 'rgb(8, 121, 79)'}}
      : entry,
  ),
};

/** The site's own modules that only some pages use: see perf-route-chunks. */
const SHARED_SITE_CODE = /[\\/]src[\\/](?:utils|stores|hooks|components)[\\/]/;
const NOT_SHARED_SITE_CODE = new RegExp(`^(?!.*${SHARED_SITE_CODE.source})`);

const config = {
  title: 'W&B Launch on SageMaker',
  tagline:
    'Set up the Weights & Biases Launch agent on Amazon SageMaker, with IAM policies filled in for your account.',
  favicon: 'img/favicon.svg',

  future: {
    // Docusaurus Faster (rspack + swc) and v4 defaults.
    v4: true,
  },

  url: 'https://launch-sagemaker-docs.example.com',
  baseUrl: '/',
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {
    hooks: {onBrokenMarkdownLinks: 'throw'},
  },

  headTags: [
    {
      // The form needs JavaScript: readers without it get the original page.
      tagName: 'noscript',
      attributes: {},
      innerHTML: `<style>.${ClassNames.policyForm},.${ClassNames.liveOutputToolbar}{display:none}</style>`,
    },
  ],

  // The app loads after the first paint (see ssrTemplate): the banner's check
  // for it would fire too early.
  baseUrlIssueBanner: false,
  ssrTemplate: scriptsAfterPaintTemplate(),
  clientModules: ['./src/clientModules/shareLinkFragment.ts'],

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  plugins: [
    // JSON, which the policies use; a page that shows another language
    // imports its grammar (src/prism/), so only that page loads it.
    prismLanguages({languages: ['json']}),
    // Docusaurus puts modules shared by half the pages in one `common` chunk:
    // 1.5 of 3 pages here, which Rspack applied to every module, so the plain
    // page loaded the form's code too. Shared means two pages or more, and
    // only pages count (named route chunks): two chunks that one page loads
    // lazily keep their own copies, rather than every page loading them.
    () => ({
      name: 'perf-route-chunks',
      configureWebpack: (_config: unknown, isServer: boolean) =>
        isServer
          ? {}
          : {
              optimization: {
                splitChunks: {
                  cacheGroups: {
                    common: {
                      minChunks: 2,
                      chunks: (chunk: {readonly name?: string | null}) =>
                        Boolean(chunk.name),
                      test: NOT_SHARED_SITE_CODE,
                    },
                    // The site's own code that some pages share (the form,
                    // the engine, the roles' generators) goes in one chunk
                    // per set of pages that use it, not in `common`, which
                    // every page loads: no page loads another's generators.
                    siteShared: {
                      test: SHARED_SITE_CODE,
                      minChunks: 2,
                      chunks: (chunk: {readonly name?: string | null}) =>
                        Boolean(chunk.name),
                      priority: 45,
                      reuseExistingChunk: true,
                    },
                  },
                },
              },
            },
    }),
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        pages: false,
        theme: {
          customCss: './src/css/custom.css',
        },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: {
      respectPrefersColorScheme: true,
    },
    navbar: {
      title: 'W&B Launch on SageMaker',
      logo: {
        // No alt: the title beside it says the same (Docusaurus uses '').
        src: 'img/logo.svg',
        width: 32,
        height: 32,
      },
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'default',
          position: 'left',
          label: 'Docs',
        },
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'This site',
          items: [
            {label: 'Set up SageMaker', to: '/'},
            {
              label: 'Apply the policies with the AWS CLI',
              to: '/apply-policies',
            },
            {label: 'Troubleshoot the first run', to: '/troubleshooting'},
          ],
        },
        {
          title: 'AWS references',
          items: [
            {
              label: 'IAM JSON policy reference',
              href: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies.html',
            },
            {
              label: 'Amazon SageMaker actions and resources',
              href: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsagemaker.html',
            },
          ],
        },
      ],
      copyright:
        'What you type on this site stays in your browser. Built with Docusaurus.',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: prismThemes.vsDark,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
