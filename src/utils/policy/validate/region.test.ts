import {describe, expect, it} from 'vitest';
import {codesOf, itAccepts, messageOf} from './testing';

describe('REGION', () => {
  itAccepts('REGION', 'accepts %s', [
    'us-east-1',
    'us-west-2',
    'eu-west-3',
    'ap-southeast-7',
    'il-central-1',
    'mx-central-1',
    'cn-north-1',
    'cn-northwest-1',
    'us-gov-west-1',
    'us-iso-east-1',
    'us-isob-east-1',
    'eusc-de-east-1',
  ]);

  it.each<[string, RegExp]>([
    ['US-EAST-1', /lowercase: enter us-east-1/],
    ['Eu-West-1', /lowercase: enter eu-west-1/],
    ['us-east-1a', /Availability Zone.*us-east-1\./],
    ['aws-global', /global endpoint.*us-east-1/],
    ['aws-cn-global', /global endpoint/],
    ['aws-us-gov-global', /global endpoint/],
    [
      'us-east-9',
      /looks like a region ID, but it is not one of the \d+ regions/,
    ],
    ['useast1', /form us-east-1/],
    ['N.Virginia', /form us-east-1/],
    ['US East (N. Virginia)', /region's name; enter its ID, us-east-1\./],
    ['Europe (Ireland)', /eu-west-1/],
    // What the Region list finds, the message names.
    ['Frankfurt', /enter its ID, eu-central-1\./],
    ['N. Virginia', /enter its ID, us-east-1\./],
    ['eu-central', /eu-central-1/],
    // A near miss of an ID: the nearest ID, not a name.
    ['us-east1', /the nearest is us-east-1\./],
    ['eu-wset-1', /the nearest is eu-west-1\./],
  ])('refuses %j with region-unknown', (value, message) => {
    expect(codesOf('REGION', value)).toEqual(['region-unknown']);
    expect(messageOf('REGION', value)).toMatch(message);
  });

  it.each(['N. Virginia', 'us-east1', 'eu-central', 'Frankfurt'])(
    'says neither that %j holds a space nor that it is a name when it is not',
    (value) => {
      const message = messageOf('REGION', value) ?? '';
      expect(message).not.toMatch(/space/);
      if (!/[A-Z ]/.test(value)) {
        expect(message).not.toMatch(/name/);
      }
    },
  );
});
