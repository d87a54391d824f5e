import {
  AGENT_HOST_OPTION,
  BUILDER_OPTION,
  CREATE_RESOURCES_OPTION,
  SWITCH_OPTIONS,
} from '@site/src/utils/policy/options';
import {setupPage} from '@site/src/components/SetupPage';

/**
 * The code page's form and documents, bound to its generator; apart from
 * index.tsx so that each tab's module, loaded when the tab is first needed,
 * renders with the same binding.
 */
export const {Form, Document, engine} = setupPage(
  async () => (await import('@site/src/utils/setup/codePage')).generateCodePage,
  {
    options: [
      CREATE_RESOURCES_OPTION,
      AGENT_HOST_OPTION,
      BUILDER_OPTION,
      ...SWITCH_OPTIONS,
    ],
    documents: {
      'cli-script': {
        ready: 'Ready to run with bash.',
        destination: 'the script into a shell',
      },
      'cloudformation-template': {
        ready: 'Ready to deploy with CloudFormation.',
        destination: 'the template into CloudFormation',
      },
      terraform: {
        ready: 'Ready for terraform apply.',
        destination: 'the configuration into Terraform',
      },
    },
  },
);
