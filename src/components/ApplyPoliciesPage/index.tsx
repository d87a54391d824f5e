import '@site/src/prism/bash';
import {BUILDER_OPTION} from '@site/src/utils/policy/options';
import {setupPage} from '@site/src/components/SetupPage';

// The builder decides whether there is an agent policy to apply at all.
export const {Form, Document} = setupPage(
  async () =>
    (await import('@site/src/utils/setup/applyPoliciesPage'))
      .generateApplyPoliciesPage,
  {
    options: [BUILDER_OPTION],
    documents: {
      'managed-policies': {
        ready: 'Ready to run in the folder that holds the downloaded policies.',
        destination: 'these commands into a shell',
      },
      'inline-policies': {
        ready: 'Ready to run in the folder that holds the downloaded policies.',
        destination: 'these commands into a shell',
      },
      'check-policies': {
        ready: 'Ready to run.',
        destination: 'these commands into a shell',
      },
    },
  },
);
