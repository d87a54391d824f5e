/** “Configure the queue”: the SageMaker queue's resource configuration. */
import {ALL_RULES, instanceTypeRule} from '../policy/validate/all';
import {TRAINING_INSTANCE_TYPES} from './instanceTypes';
import {definePage} from './page';
import {queueConfigNotices, queueConfigText} from './queueConfig';

export const generateQueuePage = definePage({
  // The instance type must be one SageMaker trains on, as the SDK lists them.
  rules: {
    ...ALL_RULES,
    'INSTANCE-TYPE': instanceTypeRule(TRAINING_INSTANCE_TYPES),
  },
  fields: [
    'REGION',
    'ACCOUNT-ID',
    'YOUR-REPO-NAME',
    'ARN-OF-ROLE-TO-PASS',
    'BUCKET-NAME',
    'OUTPUT-PREFIX',
    'INSTANCE-TYPE',
    'INSTANCE-COUNT',
    'VOLUME-SIZE-GB',
    'MAX-RUNTIME-SECONDS',
    'ARN-OF-KMS-KEY',
  ],
  documents: (inputs) => [
    {
      id: 'queue-config',
      language: 'json',
      filename: 'sagemaker-queue-config.json',
      text: queueConfigText(inputs),
      notices: queueConfigNotices(inputs),
    },
  ],
});
