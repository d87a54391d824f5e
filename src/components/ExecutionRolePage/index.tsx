import {SWITCH_OPTIONS} from '@site/src/utils/policy/options';
import {setupPage} from '@site/src/components/SetupPage';

const IAM = {
  ready: 'Ready to paste into IAM.',
  destination: 'this policy into IAM',
};

export const {Form, Document} = setupPage(
  async () =>
    (await import('@site/src/utils/setup/executionRolePage'))
      .generateExecutionRolePage,
  {
    options: SWITCH_OPTIONS.filter(
      (option) => option.key === 'includeKmsGrant',
    ),
    documents: {
      'execution-role-trust': IAM,
      'execution-role-permissions': IAM,
    },
  },
);
