import '@site/src/prism/yaml';
import {BUILDER_OPTION} from '@site/src/utils/policy/options';
import {generateAgentConfigPage} from '@site/src/utils/setup/agentConfigPage';
import {setupPage} from '@site/src/components/SetupPage';

export const {Form, Document} = setupPage(generateAgentConfigPage, {
  options: [BUILDER_OPTION],
  documents: {
    'launch-config': {
      ready: 'Ready to save as ~/.config/wandb/launch-config.yaml.',
      destination: 'it into launch-config.yaml',
    },
  },
});
