/**
 * The Kubernetes names: K8S-NAMESPACE and K8S-SERVICE-ACCOUNT.
 * Kubernetes docs, "Object Names and IDs"
 * (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/):
 * a namespace is an RFC 1123 DNS label (at most 63 characters: lower-case
 * letters, digits and '-', starting and ending with a letter or digit); a
 * service account's name is a DNS subdomain (at most 253 characters: such
 * labels joined by '.'; "Service accounts": "must be a valid DNS subdomain name").
 */
import type {FieldId} from '../types';
import {quote} from './characters';
import {lengthRange} from './rule';
import type {FieldRule, Problem} from './rule';

// Unambiguous enough: a label's inner part cannot run past a '.', so a
// 253-character value costs at most a few thousand steps.
const LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/;

const LABEL_RULE =
  'lower-case letters, digits and hyphens (-), starting and ending with a letter or digit';

function labelProblem(label: string, what: string): string | undefined {
  if (LABEL.test(label)) {
    return undefined;
  }
  if (/[A-Z]/.test(label)) {
    return `${what} must be lower case: Kubernetes names never hold capital letters.`;
  }
  const bad = /[^-a-z0-9]/.exec(label)?.[0];
  return bad === undefined
    ? `${what} must start and end with a lower-case letter or digit.`
    : `${what} must not contain “${bad}”: it holds ${LABEL_RULE}.`;
}

export const namespaceRule: FieldRule = {
  ...lengthRange('K8S-NAMESPACE', 1, 63, 'k8s-name-length'),
  expected: `A Kubernetes namespace has 1 to 63 ${LABEL_RULE}, such as wandb.`,
  check: (value) => {
    const message = labelProblem(value, 'The Kubernetes namespace');
    return message === undefined ? [] : [{code: 'k8s-name-format', message}];
  },
};

/** `system:serviceaccount:NAMESPACE:NAME`, the account's subject in tokens and trust policies. */
function recognizeSubject(value: string): Problem | undefined {
  const subject = /^system:serviceaccount:([^:]*):([^:]*)$/.exec(value);
  if (subject === null) {
    return undefined;
  }
  const name = subject[2] ?? '';
  return {
    code: 'k8s-name-format',
    message: `This is the service account's full subject; enter only its name${name.length <= 253 && name.split('.').every((label) => LABEL.test(label)) ? `, ${quote(name)}` : ''}. The namespace has its own field.`,
  };
}

const SERVICE_ACCOUNT: FieldId = 'K8S-SERVICE-ACCOUNT';

export const serviceAccountRule: FieldRule = {
  ...lengthRange(SERVICE_ACCOUNT, 1, 253, 'k8s-name-length'),
  expected:
    'A Kubernetes service account name has up to 253 lower-case letters, digits, hyphens and periods, such as wandb-launch-serviceaccount-wandb-launch.',
  recognize: recognizeSubject,
  check: (value) => {
    if (/^\.|\.\.|\.$/.test(value)) {
      return [
        {
          code: 'k8s-name-format',
          message:
            'The Kubernetes service account name must not start or end with a period, or have two in a row.',
        },
      ];
    }
    for (const label of value.split('.')) {
      const message = labelProblem(
        label,
        'Each part of the Kubernetes service account name',
      );
      if (message !== undefined) {
        return [{code: 'k8s-name-format', message}];
      }
    }
    return [];
  },
};
