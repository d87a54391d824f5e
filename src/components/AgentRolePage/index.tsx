import '@site/src/prism/ini';
import '@site/src/prism/yaml';
import {AGENT_HOST_OPTION} from '@site/src/utils/policy/options';
import {setupPage} from '@site/src/components/SetupPage';

export const {Form, Document} = setupPage(
  async () =>
    (await import('@site/src/utils/setup/agentRolePage')).generateAgentRolePage,
  {
    options: [AGENT_HOST_OPTION],
    documents: {
      'agent-role-trust': {
        ready: 'Ready to paste into IAM.',
        destination: 'this policy into IAM',
      },
      'agent-role-helm-values': {
        ready: 'Ready for helm.',
        destination: 'these values into helm',
      },
      'agent-aws-config': {
        ready: 'Ready to add to ~/.aws/config.',
        destination: 'the profile into ~/.aws/config',
      },
    },
  },
);
