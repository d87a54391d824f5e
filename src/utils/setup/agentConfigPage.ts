/** “Configure the agent”: its launch-config.yaml. */
import {launchConfig, launchConfigNotices} from './launchConfig';
import {definePage} from './page';

export const generateAgentConfigPage = definePage({
  fields: [
    'REGION',
    'ACCOUNT-ID',
    'YOUR-REPO-NAME',
    'BUCKET-NAME',
    'QUEUE-NAME',
    'ENTITY',
    'MAX-JOBS',
  ],
  documents: (inputs) => [
    {
      id: 'launch-config',
      language: 'yaml',
      filename: 'launch-config.yaml',
      text: launchConfig(inputs),
      notices: launchConfigNotices(inputs),
    },
  ],
});
