import {BUILDER_OPTION, SWITCH_OPTIONS} from '@site/src/utils/policy/options';
import {generateQueuePage} from '@site/src/utils/setup/queuePage';
import {setupPage} from '@site/src/components/SetupPage';

export const {Form, Document} = setupPage(generateQueuePage, {
  options: [
    BUILDER_OPTION,
    ...SWITCH_OPTIONS.filter((option) => option.key === 'includeKmsGrant'),
  ],
  documents: {
    'queue-config': {
      ready: 'Ready to paste into the queue’s configuration.',
      destination: 'it into the queue’s configuration',
    },
  },
});
