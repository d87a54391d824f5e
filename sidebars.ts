import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars = {
  default: ['setup-sagemaker', 'apply-policies'],
} satisfies SidebarsConfig;

export default sidebars;
