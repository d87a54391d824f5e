/** The REGION rule: an ID of a region in the SDK's data. */
import {
  findRegion,
  findRegionByName,
  looksLikeRegionId,
  REGION_COUNT,
} from '../partitions';
import {quote} from './characters';
import type {FieldRule, Problem} from './rule';

function checkRegion(value: string): Problem[] {
  if (findRegion(value)) {
    return [];
  }
  const lower = value.toLowerCase();
  const problem = (message: string): Problem[] => [
    {code: 'region-unknown', message},
  ];
  if (findRegion(lower)) {
    return problem(
      `Region IDs are lowercase: enter ${lower} instead of ${quote(value)}.`,
    );
  }
  const availabilityZone = /^([a-z0-9-]*\d)[a-z]$/.exec(lower)?.[1];
  if (availabilityZone !== undefined && findRegion(availabilityZone)) {
    return problem(
      `${quote(value)} is an Availability Zone, not a region: enter its region, ${availabilityZone}.`,
    );
  }
  if (lower.endsWith('-global') || lower === 'global') {
    return problem(
      `${quote(value)} names a global endpoint, not a region. Enter the region where SageMaker runs your jobs, in the form us-east-1.`,
    );
  }
  if (looksLikeRegionId(value)) {
    return problem(
      `${quote(value)} looks like a region ID, but it is not one of the ${REGION_COUNT} regions this page knows (from the AWS SDK). Check the spelling; region IDs look like us-east-1.`,
    );
  }
  return problem(
    `${quote(value)} is not an AWS region ID. Enter a region ID in the form us-east-1 (lowercase, as in the AWS console's region menu), not the region's name.`,
  );
}

function recognizeRegionName(value: string): Problem | undefined {
  const match = findRegionByName(value);
  return match === undefined
    ? undefined
    : {
        code: 'region-unknown',
        message: `${quote(value)} is the region's name; enter its ID, ${match.region.id}.`,
      };
}

export const regionRule: FieldRule = {
  maxLength: 64,
  lengthCode: 'too-long',
  wrongLength: (length) =>
    `The AWS Region is ${length} characters long; a region ID is a short code such as us-east-1.`,
  expected:
    'A region ID has lowercase letters, digits and hyphens, such as us-east-1.',
  recognize: recognizeRegionName,
  check: checkRegion,
};
