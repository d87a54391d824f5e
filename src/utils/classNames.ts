/**
 * Class names that the site config, components and tests share, as
 * Docusaurus's `ThemeClassNames` does for the theme's own.
 */
export const ClassNames = {
  /** The form: hidden without JavaScript (docusaurus.config.ts). */
  policyForm: 'policy-form',
  /** A live output's status and download bar: hidden without JavaScript. */
  liveOutputToolbar: 'live-policy-toolbar',
  /** Docusaurus's code block (`ThemeClassNames.common.codeBlock`). */
  codeBlock: 'theme-code-block',
} as const;
