/** The REGION rule: an ID of a region in the SDK's data. */
import {
  findRegion,
  findRegionByName,
  findRegions,
  looksLikeRegionId,
  nearestRegionId,
  REGION_COUNT,
} from '../partitions';
import {quote} from './characters';
import type {FieldRule, Problem} from './rule';

const problem = (message: string): Problem[] => [
  {code: 'region-unknown', message},
];

/** The one to three regions the Region list finds for the value, named. */
function listedRegions(value: string): Problem[] {
  const found = findRegions(value).map(({region}) => region);
  const [first, ...others] = found;
  if (first === undefined || others.length > 2) {
    return [];
  }
  return problem(
    others.length === 0
      ? `${quote(value)} is not a region ID, but the region list finds ${first.description}: enter its ID, ${first.id}.`
      : `${quote(value)} is not a region ID, but the region list finds ${found
          .map((region) => region.id)
          .join(', ')
          .replace(/, ([^,]*)$/, ' and $1')}: enter the ID of yours.`,
  );
}

function checkRegion(value: string): Problem[] {
  if (findRegion(value)) {
    return [];
  }
  const lower = value.toLowerCase();
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
  const listed = listedRegions(value);
  if (listed.length > 0) {
    return listed;
  }
  const nearest = nearestRegionId(lower);
  if (looksLikeRegionId(value)) {
    return problem(
      `${quote(value)} looks like a region ID, but it is not one of the ${REGION_COUNT} regions this page knows (from the AWS SDK). Check the spelling; ${nearest === undefined ? 'region IDs look like us-east-1' : `the nearest is ${nearest}`}.`,
    );
  }
  if (nearest !== undefined) {
    return problem(
      `${quote(value)} is not an AWS region ID; the nearest is ${nearest}. Region IDs have the form us-east-1.`,
    );
  }
  return problem(
    `${quote(value)} is not an AWS region ID. Enter a region ID in the form us-east-1 (lowercase, as in the AWS console's region menu), not the region's name.`,
  );
}

/** A region's name, whole or in part, which the character check would refuse for its spaces. */
function recognizeRegionName(value: string): Problem | undefined {
  const match = findRegionByName(value);
  if (match !== undefined) {
    return {
      code: 'region-unknown',
      message: `${quote(value)} is the region's name; enter its ID, ${match.region.id}.`,
    };
  }
  // Printable words only, with what names hold and IDs do not.
  return /^[\w-]*[ ().][\w ().-]*$/.test(value)
    ? listedRegions(value)[0]
    : undefined;
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
