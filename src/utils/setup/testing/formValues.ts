/** Form values and options the set-up pages' tests share. */
import fc from 'fast-check';
import {AGENT_HOSTS, allOptionCombinations} from '../../policy/options';
import {FIELD_IDS, FIELDS} from '../../policy/fields';
import type {FieldValues, PolicyOptions} from '../../policy/types';

/** Every field's example: each is valid, and they agree with each other. */
export const EXAMPLES = Object.fromEntries(
  FIELDS.map((field) => [field.id, field.example]),
) as FieldValues;

/** Every option the pages read: the policies' switches, where the agent runs, and the resources. */
export const PAGE_OPTIONS: readonly PolicyOptions[] =
  allOptionCombinations().flatMap((options) =>
    AGENT_HOSTS.flatMap((agentHost) =>
      [false, true].map((createResources) => ({
        ...options,
        agentHost,
        createResources,
      })),
    ),
  );

/** A form whose every field holds its example, nothing, or `other`. */
export const formValuesArb = (
  other: fc.Arbitrary<string>,
): fc.Arbitrary<FieldValues> =>
  fc.record(
    Object.fromEntries(
      FIELD_IDS.map((id) => [
        id,
        fc.oneof(fc.constant(EXAMPLES[id]), fc.constant(''), other),
      ]),
    ) as Record<keyof FieldValues, fc.Arbitrary<string>>,
  );
