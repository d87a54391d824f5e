import {describe, expect, it} from 'vitest';
import {EMPTY_VALUES} from '../fields';
import type {IssueCode} from '../types';
import {validValues} from './all';
import {codesOf, itAccepts, messageOf} from './testing';

const ID = 'EXAMPLED539D4633E53DE1B71EXAMPLE';

describe('EKS-CLUSTER-NAME', () => {
  itAccepts('EKS-CLUSTER-NAME', 'accepts %j', [
    'ml-cluster',
    'a',
    '0',
    'A_b-9',
    'c'.repeat(100),
  ]);

  it.each<[string, IssueCode, RegExp]>([
    ['c'.repeat(101), 'eks-cluster-name-length', /1 to 100.*101/],
    ['c'.repeat(2049), 'eks-cluster-name-length', /1 to 100/],
    ['-cluster', 'eks-cluster-name-format', /start with a letter or digit/],
    ['_cluster', 'eks-cluster-name-format', /start with/],
    ['my.cluster', 'eks-cluster-name-format', /“\.”/],
    [
      'arn:aws:eks:us-east-1:123456789012:cluster/ml-cluster',
      'eks-cluster-name-format',
      /ARN; enter only the cluster name, “ml-cluster”/,
    ],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('EKS-CLUSTER-NAME', value)).toEqual([code]);
    expect(messageOf('EKS-CLUSTER-NAME', value)).toMatch(message);
  });
});

describe('OIDC-ISSUER', () => {
  itAccepts('OIDC-ISSUER', 'accepts %j', [
    `oidc.eks.us-east-1.amazonaws.com/id/${ID}`,
    `https://oidc.eks.us-west-2.amazonaws.com/id/${ID}`,
    `HTTPS://oidc.eks.us-west-2.amazonaws.com/id/${ID}`,
    `oidc.eks.cn-north-1.amazonaws.com.cn/id/${ID}`,
    `oidc.eks.us-gov-west-1.amazonaws.com/id/${ID}`,
    'oidc.eks.eu-west-1.amazonaws.com/id/5C5A0E4A1D7A2C52F5E9C84A1F6AE58B',
  ]);

  it('gives the issuer without https://, as trust policies name it', () => {
    const values = {
      ...EMPTY_VALUES,
      'OIDC-ISSUER': ` https://oidc.eks.us-east-1.amazonaws.com/id/${ID} `,
    };
    expect(validValues(values, undefined, ['OIDC-ISSUER'])).toEqual({
      'OIDC-ISSUER': `oidc.eks.us-east-1.amazonaws.com/id/${ID}`,
    });
  });

  it.each<[string, IssueCode, RegExp]>([
    [
      `http://oidc.eks.us-east-1.amazonaws.com/id/${ID}`,
      'oidc-issuer-format',
      /https/,
    ],
    [
      `oidc.eks.us-east-1.amazonaws.com/id/${ID}/`,
      'oidc-issuer-format',
      /slash at the end/,
    ],
    ['oidc.eks.us-east-1.amazonaws.com', 'oidc-issuer-format', /has the form/],
    [
      `eks.us-east-1.amazonaws.com/id/${ID}`,
      'oidc-issuer-format',
      /has the form/,
    ],
    [
      `OIDC.EKS.us-east-1.amazonaws.com/id/${ID}`,
      'oidc-issuer-format',
      /lower case/,
    ],
    [
      `oidc.eks.us-east-9.amazonaws.com/id/${ID}`,
      'oidc-issuer-region',
      /“us-east-9”/,
    ],
    [
      `oidc.eks.cn-north-1.amazonaws.com/id/${ID}`,
      'oidc-issuer-region',
      /end in amazonaws\.com\.cn/,
    ],
    [
      `oidc.eks.us-east-1.amazonaws.com.cn/id/${ID}`,
      'oidc-issuer-region',
      /end in amazonaws\.com,/,
    ],
    [`oidc.eks.us-east-1.example.com/id/${ID}`, 'oidc-issuer-region', /end in/],
    [
      `oidc.eks.us-east-1.amazonaws.com/id/${ID.toLowerCase()}`,
      'oidc-issuer-id',
      /upper-case/,
    ],
    ['oidc.eks.us-east-1.amazonaws.com/id/ABC', 'oidc-issuer-id', /32/],
    [
      `arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/${ID}`,
      'oidc-issuer-format',
      /ARN of the IAM OIDC provider.*oidc\.eks\.us-east-1\.amazonaws\.com\/id\//,
    ],
    [`oidc.eks.${'a'.repeat(300)}`, 'oidc-issuer-format', /characters long/],
  ])('refuses %j', (value, code, message) => {
    expect(codesOf('OIDC-ISSUER', value)).toEqual([code]);
    expect(messageOf('OIDC-ISSUER', value)).toMatch(message);
  });

  it('never gives on an issuer in error', () => {
    const values = {
      ...EMPTY_VALUES,
      'OIDC-ISSUER': 'https://evil.example.com/id/x',
    };
    expect(validValues(values, undefined, ['OIDC-ISSUER'])).toEqual({});
  });
});
