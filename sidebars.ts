import type {SidebarsConfig} from '@docusaurus/plugin-content-docs';

const sidebars = {
  // The set-up in the order a user does it, then what to do if the first run fails.
  default: [
    'setup-sagemaker',
    'execution-role',
    'agent-role',
    'apply-policies',
    'create-with-code',
    'queue',
    'agent',
    'troubleshooting',
  ],
} satisfies SidebarsConfig;

export default sidebars;
