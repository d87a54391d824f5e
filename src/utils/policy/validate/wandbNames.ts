/**
 * The W&B names: QUEUE-NAME and ENTITY. W&B documents no character rule for
 * either; these are what its code enforces, and what its backend is known to
 * accept.
 *
 * - QUEUE-NAME: 1 to 64 characters (wandb/wandb wandb/apis/public/api.py:373-376,
 *   `create_run_queue`: "name must be non-empty", `len(name) > 64` refused).
 *   Any printable character, single spaces inside included: the name only
 *   ever reaches the agent's YAML config, written by a YAML emitter.
 * - ENTITY: W&B's rule for a project name, the other name in the same URL path
 *   (wandb/sdk/artifacts/_validators.py:38-41 and 120-147: at most 128
 *   characters, none of / \ # ? % :). Entity names may hold spaces and other
 *   characters (wandb/weave pull requests 1888 and 1998, "allow spaces and
 *   other chars in entity names").
 */
import {quote} from './characters';
import {lengthRange} from './rule';
import type {FieldRule, Problem} from './rule';

export const queueNameRule: FieldRule = {
  ...lengthRange('QUEUE-NAME', 1, 64, 'queue-name-length'),
  expected:
    'A W&B launch queue name has 1 to 64 printable characters, such as sagemaker-queue.',
  characters: {innerSpaces: true, wildcards: true},
  check: () => [],
};

const ENTITY_FORBIDDEN = /[/\\#?%:]/;

function recognizeEntityUrl(value: string): Problem | undefined {
  const url = /^https?:\/\/[^/]+\/([^/?#]*)/i.exec(value);
  if (url === null) {
    return undefined;
  }
  const entity = url[1] ?? '';
  return {
    code: 'entity-characters',
    message: `This is a web address; enter only the W&B entity${/^[\w.-]+$/.test(entity) ? `, ${quote(entity)}` : ''} (the part of the address after the host).`,
  };
}

function checkEntity(value: string): Problem[] {
  const bad = ENTITY_FORBIDDEN.exec(value)?.[0];
  if (bad === undefined) {
    return [];
  }
  const path =
    bad === '/'
      ? ' Enter the entity alone, not a path such as entity/project.'
      : '';
  return [
    {
      code: 'entity-characters',
      message: `The W&B entity must not contain “${bad}”: W&B names in its URLs never hold / \\ # ? % or :.${path}`,
    },
  ];
}

export const entityRule: FieldRule = {
  ...lengthRange('ENTITY', 1, 128, 'entity-length'),
  expected:
    'A W&B entity is the team or user name in your W&B URLs, such as my-team.',
  characters: {innerSpaces: true, wildcards: true},
  recognize: recognizeEntityUrl,
  check: checkEntity,
};
