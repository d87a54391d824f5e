/** “Configure the queue”: the SageMaker queue's resource configuration. */
import {accountIdRule} from '../policy/validate/accountId';
import {bucketNameRule} from '../policy/validate/bucketName';
import {instanceTypeRule} from '../policy/validate/instanceType';
import {kmsKeyArnRule} from '../policy/validate/kmsKeyArn';
import {outputPrefixRule} from '../policy/validate/outputPrefix';
import {regionRule} from '../policy/validate/region';
import {repositoryNameRule} from '../policy/validate/repositoryName';
import {roleArnRule} from '../policy/validate/roleArn';
import {
  instanceCountRule,
  maxRuntimeRule,
  volumeSizeRule,
} from '../policy/validate/wholeNumbers';
import {TRAINING_INSTANCE_TYPES} from './instanceTypes';
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
  rules: {
    REGION: regionRule,
    'ACCOUNT-ID': accountIdRule,
    'YOUR-REPO-NAME': repositoryNameRule,
    'ARN-OF-ROLE-TO-PASS': roleArnRule,
    'BUCKET-NAME': bucketNameRule,
    'OUTPUT-PREFIX': outputPrefixRule,
    // One SageMaker trains on, as the SDK lists them (ALL_RULES checks the
    // shape only, and so bundles no list).
    'INSTANCE-TYPE': instanceTypeRule(TRAINING_INSTANCE_TYPES),
    'INSTANCE-COUNT': instanceCountRule,
    'VOLUME-SIZE-GB': volumeSizeRule,
    'MAX-RUNTIME-SECONDS': maxRuntimeRule,
    'ARN-OF-KMS-KEY': kmsKeyArnRule,
  },
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
