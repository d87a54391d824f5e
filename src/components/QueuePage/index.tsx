import {BUILDER_OPTION, SWITCH_OPTIONS} from '@site/src/utils/policy/options';
import {TRAINING_INSTANCE_TYPES} from '@site/src/utils/setup/instanceTypes';
import {setupPage} from '@site/src/components/SetupPage';

export const {Form, Document} = setupPage(
  async () =>
    (await import('@site/src/utils/setup/queuePage')).generateQueuePage,
  {
    options: [
      BUILDER_OPTION,
      ...SWITCH_OPTIONS.filter((option) => option.key === 'includeKmsGrant'),
    ],
    suggestions: {'INSTANCE-TYPE': TRAINING_INSTANCE_TYPES},
    documents: {
      'queue-config': {
        ready: 'Ready to paste into the queue’s configuration.',
        destination: 'it into the queue’s configuration',
      },
    },
  },
);
