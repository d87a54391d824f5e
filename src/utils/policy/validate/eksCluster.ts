/**
 * The EKS fields: EKS-CLUSTER-NAME and OIDC-ISSUER.
 *
 * - Cluster name: 1 to 100 characters, `^[0-9A-Za-z][A-Za-z0-9\-_]*$`
 *   (EKS API reference, CreateCluster, `name`:
 *   https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html).
 * - OIDC issuer: `cluster.identity.oidc.issuer` of DescribeCluster, e.g.
 *   `https://oidc.eks.us-west-2.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE`
 *   (EKS user guide, "Create an IAM OIDC provider for your cluster":
 *   https://docs.aws.amazon.com/eks/latest/userguide/enable-iam-roles-for-service-accounts.html).
 *   The host is `oidc.eks.<region>.<the partition's DNS suffix>`; the ID is
 *   32 upper-case letters and digits (hexadecimal in real clusters, but AWS's
 *   own example is not, so the page does not insist). Trust policies name
 *   the issuer without `https://`, so the value given on is that form.
 */
import {findRegion} from '../partitions';
import {splitArn} from './arn';
import {quote} from './characters';
import {lengthRange} from './rule';
import type {FieldRule, Problem} from './rule';

const CLUSTER_NAME = /^[0-9A-Za-z][A-Za-z0-9_-]*$/;

function recognizeClusterArn(value: string): Problem | undefined {
  const arn = splitArn(value);
  if (arn === undefined) {
    return undefined;
  }
  const name = arn.resource.startsWith('cluster/')
    ? arn.resource.slice('cluster/'.length)
    : '';
  return {
    code: 'eks-cluster-name-format',
    message: `This is an ARN; enter only the cluster name${CLUSTER_NAME.test(name) && name.length <= 100 ? `, ${quote(name)}` : ''}.`,
  };
}

function checkClusterName(value: string): Problem[] {
  if (CLUSTER_NAME.test(value)) {
    return [];
  }
  const bad = /[^A-Za-z0-9_-]/.exec(value)?.[0];
  return [
    {
      code: 'eks-cluster-name-format',
      message:
        bad === undefined
          ? 'The EKS cluster name must start with a letter or digit.'
          : `The EKS cluster name must not contain “${bad}”: it holds letters, digits, hyphens and underscores, and starts with a letter or digit.`,
    },
  ];
}

export const eksClusterNameRule: FieldRule = {
  ...lengthRange('EKS-CLUSTER-NAME', 1, 100, 'eks-cluster-name-length'),
  // Room for a pasted ARN, which recognize() then explains.
  maxLength: 2048,
  expected:
    'An EKS cluster name has letters, digits, hyphens and underscores and starts with a letter or digit, such as ml-cluster.',
  recognize: recognizeClusterArn,
  check: (value) =>
    value.length > 100
      ? [
          {
            code: 'eks-cluster-name-length',
            message: `The EKS cluster name must be 1 to 100 characters long; this one has ${value.length}.`,
          },
        ]
      : checkClusterName(value),
};

const ISSUER_FORM =
  'oidc.eks.REGION.amazonaws.com/id/ID, such as oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';

const ISSUER = /^oidc\.eks\.([a-z0-9-]+)\.([a-z0-9.-]+?)\/id\/([0-9A-Za-z]+)$/i;

/** The issuer without its `https://`, as trust policies write it. */
function withoutScheme(value: string): string {
  return value.replace(/^https:\/\//i, '');
}

function checkOidcIssuer(value: string): Problem[] {
  const format = (message: string): Problem[] => [
    {code: 'oidc-issuer-format', message},
  ];
  if (/^http:\/\//i.test(value)) {
    return format(
      `An OIDC issuer is always an https:// address. Enter it as aws eks describe-cluster prints it: ${ISSUER_FORM}.`,
    );
  }
  const issuer = withoutScheme(value);
  if (issuer.endsWith('/')) {
    return format(
      'Leave out the slash at the end of the OIDC issuer: trust policies name it exactly as aws eks describe-cluster prints it.',
    );
  }
  const match = ISSUER.exec(issuer);
  if (match === null) {
    return format(
      `The OIDC issuer of the EKS cluster has the form ${ISSUER_FORM} (aws eks describe-cluster --name CLUSTER --query cluster.identity.oidc.issuer).`,
    );
  }
  const [, regionId = '', suffix = '', id = ''] = match;
  const host = issuer.slice(0, issuer.length - id.length);
  if (host !== host.toLowerCase()) {
    return format(
      `Write the OIDC issuer's host in lower case, as aws eks describe-cluster prints it: ${ISSUER_FORM}.`,
    );
  }
  const region = findRegion(regionId);
  if (region === undefined) {
    return [
      {
        code: 'oidc-issuer-region',
        message: `${quote(regionId)} in the OIDC issuer is not an AWS region ID this page knows; copy the issuer again from aws eks describe-cluster.`,
      },
    ];
  }
  if (suffix !== region.partition.dnsSuffix) {
    return [
      {
        code: 'oidc-issuer-region',
        message: `Issuers in ${regionId} end in ${region.partition.dnsSuffix}, not ${quote(suffix)}: oidc.eks.${regionId}.${region.partition.dnsSuffix}/id/ID.`,
      },
    ];
  }
  if (!/^[0-9A-Z]{32}$/.test(id)) {
    return [
      {
        code: 'oidc-issuer-id',
        message: `The ID at the end of the OIDC issuer is 32 upper-case letters and digits; ${quote(id)} is not. Copy the issuer again from aws eks describe-cluster.`,
      },
    ];
  }
  return [];
}

function recognizeProviderArn(value: string): Problem | undefined {
  const arn = splitArn(value);
  if (arn === undefined) {
    return undefined;
  }
  const issuer = arn.resource.startsWith('oidc-provider/')
    ? arn.resource.slice('oidc-provider/'.length)
    : '';
  return {
    code: 'oidc-issuer-format',
    message: `This is an ARN${issuer === '' ? '' : ' of the IAM OIDC provider'}; enter the cluster's issuer instead${issuer !== '' && checkOidcIssuer(issuer).length === 0 ? `, ${issuer}` : ''}.`,
  };
}

export const oidcIssuerRule: FieldRule = {
  maxLength: 256,
  lengthCode: 'oidc-issuer-format',
  wrongLength: (length) =>
    `The OIDC issuer of the EKS cluster is ${length} characters long; an issuer looks like ${ISSUER_FORM}.`,
  expected: `An OIDC issuer looks like ${ISSUER_FORM}.`,
  recognize: recognizeProviderArn,
  check: checkOidcIssuer,
  normalize: withoutScheme,
};
