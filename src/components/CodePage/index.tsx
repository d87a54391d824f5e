import React from 'react';
import type {ReactNode} from 'react';
import '@site/src/prism/bash';
import '@site/src/prism/hcl';
import '@site/src/prism/yaml';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import {
  AGENT_HOST_OPTION,
  BUILDER_OPTION,
  CREATE_RESOURCES_OPTION,
  SWITCH_OPTIONS,
} from '@site/src/utils/policy/options';
import {generateCodePage} from '@site/src/utils/setup/codePage';
import {setupPage} from '@site/src/components/SetupPage';

const {Form, Document} = setupPage(generateCodePage, {
  options: [
    CREATE_RESOURCES_OPTION,
    AGENT_HOST_OPTION,
    BUILDER_OPTION,
    ...SWITCH_OPTIONS,
  ],
  documents: {
    'cli-script': {
      ready: 'Ready to run with bash.',
      destination: 'the script into a shell',
    },
    'cloudformation-template': {
      ready: 'Ready to deploy with CloudFormation.',
      destination: 'the template into CloudFormation',
    },
    terraform: {
      ready: 'Ready for terraform apply.',
      destination: 'the configuration into Terraform',
    },
  },
});

export {Form};

/**
 * The three forms, one tab each; the choice is remembered across pages
 * (groupId). Only the tab shown is rendered (`lazy`): a key press highlights
 * one long document, not three.
 */
export function CodeTabs(): ReactNode {
  return (
    <Tabs groupId="infrastructure-as-code" lazy>
      <TabItem value="cli" label="AWS CLI">
        <p>
          Run it with <code>bash create-wandb-launch-sagemaker.sh</code>. It
          needs AWS CLI v2 and credentials that may create IAM roles; it checks
          what exists first, so running it twice changes nothing.
        </p>
        <Document id="cli-script" />
      </TabItem>
      <TabItem value="cloudformation" label="CloudFormation">
        <p>
          Deploy it with{' '}
          <code>
            aws cloudformation deploy --template-file
            wandb-launch-sagemaker.yaml --stack-name wandb-launch-sagemaker
            --capabilities CAPABILITY_NAMED_IAM
          </code>
          : the template names its roles, so CloudFormation asks for{' '}
          <code>CAPABILITY_NAMED_IAM</code>.
        </p>
        <Document id="cloudformation-template" />
      </TabItem>
      <TabItem value="terraform" label="Terraform">
        <p>
          Save it as <code>main.tf</code>, then run{' '}
          <code>terraform init &amp;&amp; terraform apply</code>. It needs
          Terraform 1.2 or later and the AWS provider 6.x; it refuses to plan
          while a placeholder remains.
        </p>
        <Document id="terraform" />
      </TabItem>
    </Tabs>
  );
}
