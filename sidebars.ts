import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars = {
  // The set-up in the order a user does it.
  default: [
    'setup-sagemaker',
    'execution-role',
    'agent-role',
    'apply-policies',
    'create-with-code',
    'queue',
    'agent',
  ],
} satisfies SidebarsConfig;

export default sidebars;
