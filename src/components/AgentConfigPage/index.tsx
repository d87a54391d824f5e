import '@site/src/prism/yaml';
import {BUILDER_OPTION} from '@site/src/utils/policy/options';
import {setupPage} from '@site/src/components/SetupPage';

export const {Form, Document} = setupPage(
  async () =>
    (await import('@site/src/utils/setup/agentConfigPage'))
      .generateAgentConfigPage,
  {
    options: [BUILDER_OPTION],
    documents: {
      'launch-config': {
        ready: 'Ready to save as ~/.config/wandb/launch-config.yaml.',
        destination: 'it into launch-config.yaml',
      },
    },
  },
);
