import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

// Runs in Node.js: no browser APIs or JSX here.

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
      innerHTML: '<style>.policy-form{display:none}</style>',
    },
  ],

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

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
        alt: 'W&B Launch on SageMaker',
        src: 'img/logo.svg',
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
      theme: prismThemes.vsLight,
      darkTheme: prismThemes.vsDark,
    },
  } satisfies Preset.ThemeConfig,
} satisfies Config;

export default config;
