/** “Configure the agent”: its launch-config.yaml. */
import {accountIdRule} from '../policy/validate/accountId';
import {bucketNameRule} from '../policy/validate/bucketName';
import {regionRule} from '../policy/validate/region';
import {repositoryNameRule} from '../policy/validate/repositoryName';
import {entityRule, queueNameRule} from '../policy/validate/wandbNames';
import {maxJobsRule} from '../policy/validate/wholeNumbers';
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
  rules: {
    REGION: regionRule,
    'ACCOUNT-ID': accountIdRule,
    'YOUR-REPO-NAME': repositoryNameRule,
    'BUCKET-NAME': bucketNameRule,
    'QUEUE-NAME': queueNameRule,
    ENTITY: entityRule,
    'MAX-JOBS': maxJobsRule,
  },
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
