/** “Configure the queue”: the SageMaker queue's resource configuration. */
import {definePage} from './page';
import {queueConfigNotices, queueConfigText} from './queueConfig';

export const generateQueuePage = definePage({
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
