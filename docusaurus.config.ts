import {themes as prismThemes} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import prismLanguages from './src/plugins/prismLanguages';

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
      innerHTML:
        '<style>.policy-form,.live-policy-toolbar{display:none}</style>',
    },
  ],

  // The app loads after the first paint (see ssrTemplate): the banner's check
  // for it would fire too early.
  baseUrlIssueBanner: false,
  // Docusaurus's template, except that scripts are preloaded in <head> and
  // run after the first paint, so a slow CPU never delays the page's text.
  ssrTemplate: `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" href="<%= it.baseUrl %><%= script %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>
      (function (scripts) {
        var started = false;
        function start() {
          if (started) return;
          started = true;
          scripts.forEach(function (src) {
            var script = document.createElement('script');
            script.src = src;
            script.async = false;
            document.head.appendChild(script);
          });
        }
        var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
        if (document.visibilityState !== 'visible') {
          start();
        } else if (!types || types.indexOf('paint') < 0) {
          requestAnimationFrame(function () { setTimeout(start); });
        } else {
          new PerformanceObserver(function (list, observer) {
            if (list.getEntriesByName('first-contentful-paint').length > 0) {
              observer.disconnect();
              setTimeout(start);
            }
          }).observe({type: 'paint', buffered: true});
          setTimeout(start, 3000);
        }
      })(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)) %>);
    </script>
  </body>
</html>`,

  i18n: {
    defaultLocale: 'en',
    locales: ['en'],
  },

  plugins: [
    // The languages this site's code blocks use, and no others.
    prismLanguages({languages: ['json']}),
    // Docusaurus puts modules shared by half the pages in one `common` chunk:
    // 1.5 of 3 pages here, which Rspack applied to every module, so the plain
    // page loaded the form's code too. Shared means two pages or more.
    () => ({
      name: 'perf-route-chunks',
      configureWebpack: (_config: unknown, isServer: boolean) =>
        isServer
          ? {}
          : {
              optimization: {
                splitChunks: {cacheGroups: {common: {minChunks: 2}}},
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
