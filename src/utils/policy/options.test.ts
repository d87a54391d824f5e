import {describe, expect, it} from 'vitest';
import {
  BUILDERS,
  DEFAULT_OPTIONS,
  OPTION_KEYS,
  OPTIONS,
  allOptionCombinations,
  formatOptionValue,
  hasAgentPolicy,
  parseOptionValue,
  passesRoleToSageMakerOnly,
  policyNotices,
} from './options';
import {EMPTY_VALUES} from './fields';
import {generatePolicies} from './generate';

describe('options', () => {
  it('has one default per option, as the page starts', () => {
    expect(DEFAULT_OPTIONS).toEqual({
      builder: 'kaniko',
      leastPrivilege: false,
      includeKmsGrant: true,
      restrictPassRole: false,
      agentHost: 'ec2',
      createResources: false,
    });
    expect(OPTION_KEYS).toEqual(OPTIONS.map((option) => option.key));
    expect(OPTION_KEYS).toEqual([
      'builder',
      'leastPrivilege',
      'includeKmsGrant',
      'restrictPassRole',
      'agentHost',
      'createResources',
    ]);
    expect(BUILDERS).toEqual(['kaniko', 'docker', 'noop']);
  });

  it('names each option in share links by its own key', () => {
    expect(OPTIONS.map((option) => option.param)).toEqual([
      'builder',
      'least-privilege',
      'kms-grant',
      'pass-role-to-sagemaker-only',
      'agent-runs-on',
      'create-resources',
    ]);
  });

  it('lists all 24 combinations, each once, the defaults among them', () => {
    const combinations = allOptionCombinations();
    expect(combinations).toHaveLength(24);
    const keys = combinations.map((options) => JSON.stringify(options));
    expect(new Set(keys).size).toBe(24);
    expect(combinations).toContainEqual(DEFAULT_OPTIONS);
    for (const options of combinations) {
      expect(Object.keys(options).sort()).toEqual([...OPTION_KEYS].sort());
    }
  });

  it('passes the role to SageMaker only when asked or with least privilege', () => {
    for (const options of allOptionCombinations()) {
      expect(passesRoleToSageMakerOnly(options)).toBe(
        options.restrictPassRole || options.leastPrivilege,
      );
    }
  });

  it('writes switches as on/off and reads only known values back', () => {
    const [builder, leastPrivilege] = OPTIONS;
    if (builder === undefined || leastPrivilege === undefined) {
      throw new Error('Expected the builder and least-privilege options');
    }
    expect(formatOptionValue(true)).toBe('on');
    expect(formatOptionValue(false)).toBe('off');
    expect(formatOptionValue('docker')).toBe('docker');
    expect(parseOptionValue(leastPrivilege, 'on')).toBe(true);
    expect(parseOptionValue(leastPrivilege, 'off')).toBe(false);
    expect(parseOptionValue(leastPrivilege, false)).toBe(false);
    expect(parseOptionValue(leastPrivilege, 'true')).toBeUndefined();
    expect(parseOptionValue(leastPrivilege, 'ON')).toBeUndefined();
    expect(parseOptionValue(builder, 'noop')).toBe('noop');
    expect(parseOptionValue(builder, 'podman')).toBeUndefined();
    expect(parseOptionValue(builder, 'Kaniko')).toBeUndefined();
    expect(parseOptionValue(builder, true)).toBeUndefined();
  });
});

describe('policyNotices', () => {
  it('says the kms:CreateGrant statement is left out, naming the switch that adds it', () => {
    expect(
      policyNotices('sagemaker', {...DEFAULT_OPTIONS, includeKmsGrant: false}),
    ).toEqual([
      'The kms:CreateGrant statement is left out. Turn on “kms:CreateGrant for an encrypted training volume” above to add it.',
    ]);
    expect(policyNotices('sagemaker', DEFAULT_OPTIONS)).toEqual([]);
  });

  it('says why the agent policy lacks S3, or is absent, for each builder', () => {
    expect(policyNotices('agent', DEFAULT_OPTIONS)).toEqual([]);
    expect(
      policyNotices('agent', {...DEFAULT_OPTIONS, builder: 'docker'}),
    ).toEqual([
      'The S3 statements are left out: the Docker builder needs no bucket.',
    ]);
    expect(
      policyNotices('agent', {...DEFAULT_OPTIONS, builder: 'noop'}),
    ).toEqual([
      'With a prebuilt image the agent needs no ECR or S3 access: there is no agent policy to attach. SageMaker pulls the image with the execution role.',
    ]);
  });

  it('writes full sentences for every combination', () => {
    for (const options of allOptionCombinations()) {
      for (const notice of [
        ...policyNotices('agent', options),
        ...policyNotices('sagemaker', options),
      ]) {
        expect(notice).toMatch(/^[A-Z].*\.$/);
      }
    }
  });
});

describe('hasAgentPolicy', () => {
  it('agrees with the generator on every combination: no agent policy only for a prebuilt image', () => {
    for (const options of allOptionCombinations()) {
      expect(hasAgentPolicy(options), JSON.stringify(options)).toBe(
        generatePolicies(EMPTY_VALUES, options).agent !== undefined,
      );
    }
    expect(BUILDERS.filter((builder) => !hasAgentPolicy({builder}))).toEqual([
      'noop',
    ]);
  });
});
