import React from 'react';
import type {ReactNode} from 'react';
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';
import {builtUntilLoaded} from '@site/src/components/StaticHtml';

import {engine} from './page';

export {Form} from './page';

// Each tab's writer and Prism grammar, apart from the page's bundle: loaded
// for the tab shown with the page's generator (at the reader's first
// interaction, or at once for a form other than the built one), and for
// another tab when it is first chosen.
const CliScript = builtUntilLoaded(() => import('./tabs/CliScript'), {
  with: engine,
});
const CloudFormation = builtUntilLoaded(() => import('./tabs/CloudFormation'), {
  with: engine,
});
const Terraform = builtUntilLoaded(() => import('./tabs/Terraform'), {
  with: engine,
});

/**
 * The three forms, one tab each; the choice is remembered across pages
 * (groupId). Only the tab shown is rendered (`lazy`), and only its file is
 * written: a key press writes and highlights one long document, not three.
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
        <CliScript />
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
        <CloudFormation />
      </TabItem>
      <TabItem value="terraform" label="Terraform">
        <p>
          Save it as <code>main.tf</code>, then run{' '}
          <code>terraform init &amp;&amp; terraform apply</code>. It needs
          Terraform 1.2 or later and the AWS provider 6.x; it refuses to plan
          while a placeholder remains.
        </p>
        <Terraform />
      </TabItem>
    </Tabs>
  );
}
