/** The YOUR-REPO-NAME rule: an ECR repository name, not a URI or ARN. */
import {splitArn} from './arn';
import {quote} from './characters';
import {lengthRange} from './rule';
import type {FieldRule, Problem} from './rule';

// botocore's ecr RepositoryName pattern; unambiguous (every separator must be
// followed by a letter or digit), so it cannot backtrack badly.
const REPOSITORY_NAME =
  /^[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:\.|_|__|-+)[a-z0-9]+)*)*$/;

// A repository URI: `123456789012.dkr.ecr.us-east-1.amazonaws.com/name[:tag]`.
const REPOSITORY_URI = /^[^/]*\.amazonaws\.com(?:\.cn)?\/([^:@]*)/;

function checkRepositoryName(value: string): Problem[] {
  const format = (message: string): Problem[] => [
    {code: 'repo-name-format', message},
  ];
  const uriName = REPOSITORY_URI.exec(value)?.[1];
  if (uriName !== undefined) {
    return format(
      `This looks like a repository URI; enter only the repository name${uriName ? `, ${quote(uriName)}` : ''}.`,
    );
  }
  const arn = splitArn(value);
  if (arn !== undefined) {
    const name = arn.resource.startsWith('repository/')
      ? arn.resource.slice('repository/'.length)
      : '';
    return format(
      `This looks like an ARN; enter only the repository name${name ? `, ${quote(name)}` : ''}. The generator builds the ARN itself.`,
    );
  }
  if (REPOSITORY_NAME.test(value)) {
    return [];
  }
  let hint: string;
  if (/[A-Z]/.test(value)) {
    hint = 'ECR repository names are lowercase.';
  } else if (value.includes(':') || value.includes('@')) {
    hint =
      'Enter the name without an image tag or digest (the part from “:” or “@”).';
  } else {
    hint =
      'Each part must start and end with a lowercase letter or digit, words may be joined by “.”, “_”, “__” or hyphens, and namespaces are separated by “/”.';
  }
  return format(
    `The ECR repository name ${quote(value)} is not valid. ${hint} Example: project-a/web-app.`,
  );
}

export const repositoryNameRule: FieldRule = {
  ...lengthRange('YOUR-REPO-NAME', 2, 256, 'repo-name-length'),
  expected:
    'An ECR repository name has lowercase letters, digits and the separators . _ - and /, such as project-a/web-app.',
  check: checkRepositoryName,
};
