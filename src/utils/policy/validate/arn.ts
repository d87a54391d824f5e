/** ARN parsing and the ARN parts more than one field checks. */
import {PARTITIONS} from '../partitions';
import {quote} from './characters';

interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  /** Everything after the fifth colon (it may hold colons itself). */
  readonly resource: string;
}

export function splitArn(value: string): ArnParts | undefined {
  const parts = value.split(':');
  const [prefix, partition, service, region, account] = parts;
  if (
    parts.length < 6 ||
    prefix !== 'arn' ||
    partition === undefined ||
    service === undefined ||
    region === undefined ||
    account === undefined
  ) {
    return undefined;
  }
  return {
    partition,
    service,
    region,
    account,
    resource: parts.slice(5).join(':'),
  };
}

export const ACCOUNT_ID = /^\d{12}$/;

const PARTITION_LIST = PARTITIONS.map((partition) => partition.id).join(', ');

/** The message for an ARN whose partition is not one of the SDK's. */
export function unknownPartition(partition: string): string {
  return `${quote(partition)} is not an AWS partition; the ARN must start with arn: and one of ${PARTITION_LIST}.`;
}
