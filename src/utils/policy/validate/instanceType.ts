/**
 * The INSTANCE-TYPE rule: a SageMaker training instance type, such as
 * `ml.m5.xlarge` (`ResourceConfig.InstanceType`, CreateTrainingJob API
 * reference: https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html).
 *
 * `instanceTypeRule(knownTypes)` checks the shape of every value that
 * SageMaker's `TrainingInstanceType` enum holds (`ml.<family>.<size>`, the
 * family possibly with hyphens, e.g. `ml.p6e-gb200.36xlarge`) and, given the
 * list of known types, that the value is one of them. The list is a
 * parameter so that this module does not bundle it.
 */
import {quote} from './characters';
import type {FieldRule, Problem} from './rule';

const SHAPE = /^ml\.[a-z0-9]+(?:-[a-z0-9]+)*\.[a-z0-9]+$/;

const EXAMPLES = 'such as ml.m5.xlarge or ml.g5.2xlarge';

/** Levenshtein distance; only ever given short, length-capped strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Up to three known types closest to the value, nearest first. */
export function nearestInstanceTypes(
  value: string,
  knownTypes: readonly string[],
): string[] {
  const family = value.split('.').slice(0, 2).join('.') + '.';
  const sameFamily = knownTypes.filter((type) => type.startsWith(family));
  const pool = sameFamily.length > 0 ? sameFamily : knownTypes;
  return pool
    .map((type) => ({type, distance: editDistance(value, type)}))
    .sort((a, b) => a.distance - b.distance || a.type.localeCompare(b.type))
    .slice(0, 3)
    .map(({type}) => type);
}

function listed(types: readonly string[]): string {
  return types.join(', ').replace(/, ([^,]*)$/, ' or $1');
}

export function instanceTypeRule(knownTypes: readonly string[]): FieldRule {
  const known = new Set(knownTypes);
  const check = (value: string): Problem[] => {
    const lower = value.toLowerCase();
    if (value !== lower && (SHAPE.test(lower) || known.has(lower))) {
      return [
        {
          code: 'instance-type-case',
          message: `SageMaker expects instance types in lower case: enter ${lower}.`,
        },
      ];
    }
    if (!value.startsWith('ml.') && SHAPE.test(`ml.${value}`)) {
      return [
        {
          code: 'instance-type-format',
          message: `SageMaker's instance types start with “ml.”: enter ml.${value} (an EC2 type name is not accepted).`,
        },
      ];
    }
    if (!SHAPE.test(value)) {
      return [
        {
          code: 'instance-type-format',
          message: `${quote(value)} is not a SageMaker instance type. Instance types have the form ml.FAMILY.SIZE, ${EXAMPLES}.`,
        },
      ];
    }
    if (known.size > 0 && !known.has(value)) {
      const nearest = nearestInstanceTypes(value, knownTypes);
      return [
        {
          code: 'instance-type-unknown',
          message: `${value} is not one of SageMaker's ${known.size} training instance types (from the AWS SDK)${nearest.length > 0 ? `; the nearest ${nearest.length === 1 ? 'is' : 'are'} ${listed(nearest)}` : ''}.`,
        },
      ];
    }
    return [];
  };
  return {
    maxLength: 64,
    lengthCode: 'instance-type-format',
    wrongLength: (length) =>
      `The SageMaker instance type is ${length} characters long; an instance type is a short name ${EXAMPLES}.`,
    expected: `A SageMaker instance type has the form ml.FAMILY.SIZE, ${EXAMPLES}.`,
    check,
  };
}
