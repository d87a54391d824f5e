import {spawnSync} from 'node:child_process';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {PARTITIONS} from '../policy/partitions';
import type {SetupInputs} from './inputs';
import {
  BUILD_CONTEXT_PREFIX,
  launchConfig,
  launchConfigNotices,
  launchConfigObject,
} from './launchConfig';

// The agent's schema and patterns, copied from wandb/wandb at b6e2950
// (main, 2026-08-21) as test data: nothing here asks launchConfig.ts.

/** wandb/sdk/launch/agent/config.py lines 188-227, `extra = "forbid"` (229-230). */
const AGENT_CONFIG_KEYS = [
  'queues',
  'entity',
  'max_jobs',
  'max_schedulers',
  'secure_mode',
  'registry',
  'environment',
  'builder',
  'verbosity',
  'stopped_run_timeout',
];
/** config.py lines 93-97; other keys only warn (101-110). */
const ENVIRONMENT_KEYS = ['type', 'region'];
/** config.py lines 33-38. */
const ENVIRONMENT_TYPES = ['aws', 'gcp', 'azure'];
/** config.py lines 114-154, by alias where there is one. */
const BUILDER_KEYS = [
  'type',
  'destination',
  'platform',
  'build-context-store',
  'build-job-name',
  'secret-name',
  'secret-key',
  'kaniko-image',
];
/** config.py lines 49-54. */
const BUILDER_TYPES = ['docker', 'kaniko', 'noop'];
/**
 * wandb/sdk/launch/utils.py line 67, `ELASTIC_CONTAINER_REGISTRY_URI_REGEX`
 * (Python's `(?P<name>` written `(?<name>`); `re.match` anchors at the start.
 */
const ELASTIC_CONTAINER_REGISTRY_URI_REGEX =
  /^(?:https:\/\/)?(?<account>[\w-]+)\.dkr\.ecr\.(?<region>[\w-]+)\.amazonaws\.com\/(?<repository>[./\w-]+):?(?<tag>.*)$/;
/** utils.py line 75, `S3_URI_RE`, matched from the start (config.py line 169). */
const S3_URI_RE = /^s3:\/\/([^/]+)(\/(.*))?/;

/** What config.py's validate_registry_uri (lines 277-287) asks of an ECR URI. */
function agentAcceptsEcrDestination(destination: string): boolean {
  const match = ELASTIC_CONTAINER_REGISTRY_URI_REGEX.exec(destination);
  return (
    match?.groups !== undefined &&
    match.groups.tag === '' &&
    match.groups.repository !== ''
  );
}

const UNUSED = {
  agentHost: 'ec2',
  agentRoleName: 'wandb-launch-agent',
  eksClusterName: 'ml',
  oidcIssuer:
    'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
  k8sNamespace: 'wandb',
  k8sServiceAccount: 'launch-agent',
  trustedPrincipalArn: 'arn:aws:iam::123456789012:user/ci',
  outputPrefix: 'sagemaker/output',
  executionRoleArn: 'arn:aws:iam::123456789012:role/SageMakerExec',
  kmsKeyArn: undefined,
  instanceType: 'ml.m5.xlarge',
  instanceCount: 1,
  volumeSizeGb: 50,
  maxRuntimeSeconds: 3600,
  builder: 'docker',
} as const;

const US_EAST_1: SetupInputs = {
  ...UNUSED,
  partition: 'aws',
  dnsSuffix: 'amazonaws.com',
  region: 'us-east-1',
  account: '123456789012',
  repository: 'team/trainer',
  bucket: 'wandb-launch-jobs',
  queueName: 'sagemaker',
  entity: 'my-team',
  maxJobs: 1,
};

const CN_NORTH_1: SetupInputs = {
  ...UNUSED,
  partition: 'aws-cn',
  dnsSuffix: 'amazonaws.com.cn',
  region: 'cn-north-1',
  account: '000123456789',
  repository: 'trainer',
  bucket: 'wandb-cn-jobs',
  queueName: 'cn-queue',
  entity: 'ml-cn',
  maxJobs: 4,
};

const US_GOV_WEST_1: SetupInputs = {
  ...UNUSED,
  partition: 'aws-us-gov',
  dnsSuffix: 'amazonaws.com',
  region: 'us-gov-west-1',
  account: '210987654321',
  repository: 'ml/train-images',
  bucket: 'gov-ml-artifacts',
  queueName: 'gov-training',
  entity: 'gov-ml',
  maxJobs: 2,
};

const PLACEHOLDERS: SetupInputs = {
  ...UNUSED,
  partition: 'aws',
  dnsSuffix: 'amazonaws.com',
  region: '<REGION>',
  account: '<ACCOUNT-ID>',
  repository: '<YOUR-REPO-NAME>',
  bucket: '<BUCKET-NAME>',
  queueName: '<QUEUE-NAME>',
  entity: '<ENTITY>',
  maxJobs: '<MAX-JOBS>',
};

const CASES: {
  readonly name: string;
  readonly inputs: SetupInputs;
  readonly documents: Record<'docker' | 'kaniko' | 'noop', string>;
}[] = [
  {
    name: 'us-east-1',
    inputs: US_EAST_1,
    documents: {
      docker: `queues:
  - "sagemaker"
entity: "my-team"
max_jobs: 1
environment:
  type: "aws"
  region: "us-east-1"
builder:
  type: "docker"
  destination: "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/trainer"`,
      kaniko: `queues:
  - "sagemaker"
entity: "my-team"
max_jobs: 1
environment:
  type: "aws"
  region: "us-east-1"
builder:
  type: "kaniko"
  destination: "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/trainer"
  build-context-store: "s3://wandb-launch-jobs/wandb-launch-build-contexts"`,
      noop: `queues:
  - "sagemaker"
entity: "my-team"
max_jobs: 1
environment:
  type: "aws"
  region: "us-east-1"
builder:
  type: "noop"`,
    },
  },
  {
    name: 'cn-north-1',
    inputs: CN_NORTH_1,
    documents: {
      docker: `queues:
  - "cn-queue"
entity: "ml-cn"
max_jobs: 4
environment:
  type: "aws"
  region: "cn-north-1"
builder:
  type: "docker"
  destination: "000123456789.dkr.ecr.cn-north-1.amazonaws.com.cn/trainer"`,
      kaniko: `queues:
  - "cn-queue"
entity: "ml-cn"
max_jobs: 4
environment:
  type: "aws"
  region: "cn-north-1"
builder:
  type: "kaniko"
  destination: "000123456789.dkr.ecr.cn-north-1.amazonaws.com.cn/trainer"
  build-context-store: "s3://wandb-cn-jobs/wandb-launch-build-contexts"`,
      noop: `queues:
  - "cn-queue"
entity: "ml-cn"
max_jobs: 4
environment:
  type: "aws"
  region: "cn-north-1"
builder:
  type: "noop"`,
    },
  },
  {
    name: 'us-gov-west-1',
    inputs: US_GOV_WEST_1,
    documents: {
      docker: `queues:
  - "gov-training"
entity: "gov-ml"
max_jobs: 2
environment:
  type: "aws"
  region: "us-gov-west-1"
builder:
  type: "docker"
  destination: "210987654321.dkr.ecr.us-gov-west-1.amazonaws.com/ml/train-images"`,
      kaniko: `queues:
  - "gov-training"
entity: "gov-ml"
max_jobs: 2
environment:
  type: "aws"
  region: "us-gov-west-1"
builder:
  type: "kaniko"
  destination: "210987654321.dkr.ecr.us-gov-west-1.amazonaws.com/ml/train-images"
  build-context-store: "s3://gov-ml-artifacts/wandb-launch-build-contexts"`,
      noop: `queues:
  - "gov-training"
entity: "gov-ml"
max_jobs: 2
environment:
  type: "aws"
  region: "us-gov-west-1"
builder:
  type: "noop"`,
    },
  },
  {
    name: 'placeholders',
    inputs: PLACEHOLDERS,
    documents: {
      docker: `queues:
  - "<QUEUE-NAME>"
entity: "<ENTITY>"
max_jobs: "<MAX-JOBS>"
environment:
  type: "aws"
  region: "<REGION>"
builder:
  type: "docker"
  destination: "<ACCOUNT-ID>.dkr.ecr.<REGION>.amazonaws.com/<YOUR-REPO-NAME>"`,
      kaniko: `queues:
  - "<QUEUE-NAME>"
entity: "<ENTITY>"
max_jobs: "<MAX-JOBS>"
environment:
  type: "aws"
  region: "<REGION>"
builder:
  type: "kaniko"
  destination: "<ACCOUNT-ID>.dkr.ecr.<REGION>.amazonaws.com/<YOUR-REPO-NAME>"
  build-context-store: "s3://<BUCKET-NAME>/wandb-launch-build-contexts"`,
      noop: `queues:
  - "<QUEUE-NAME>"
entity: "<ENTITY>"
max_jobs: "<MAX-JOBS>"
environment:
  type: "aws"
  region: "<REGION>"
builder:
  type: "noop"`,
    },
  },
];

const BUILDERS = ['docker', 'kaniko', 'noop'] as const;
const KMS_KEY =
  'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** What the agent's schema asks of a parsed launch-config.yaml, as messages. */
function schemaProblems(config: unknown): string[] {
  const problems: string[] = [];
  const isMap = (value: unknown): value is Record<string, unknown> =>
    typeof value === 'object' && value !== null && !Array.isArray(value);
  if (!isMap(config)) {
    return ['not a map'];
  }
  const unknownKeys = (map: Record<string, unknown>, keys: string[]) =>
    Object.keys(map).filter((key) => !keys.includes(key));
  problems.push(
    ...unknownKeys(config, AGENT_CONFIG_KEYS).map((k) => `key ${k}`),
  );
  // entity has no default (config.py line 192): required.
  if (typeof config.entity !== 'string') problems.push('entity');
  if (
    !Array.isArray(config.queues) ||
    !config.queues.every((queue) => typeof queue === 'string')
  ) {
    problems.push('queues');
  }
  if (!Number.isInteger(config.max_jobs)) problems.push('max_jobs');
  const {environment, builder} = config;
  if (!isMap(environment)) {
    problems.push('environment');
  } else {
    problems.push(
      ...unknownKeys(environment, ENVIRONMENT_KEYS).map(
        (k) => `environment.${k}`,
      ),
    );
    if (!ENVIRONMENT_TYPES.includes(String(environment.type))) {
      problems.push('environment.type');
    }
    if (typeof environment.region !== 'string') problems.push('region');
  }
  if (!isMap(builder)) {
    problems.push('builder');
  } else {
    problems.push(
      ...unknownKeys(builder, BUILDER_KEYS).map((k) => `builder.${k}`),
    );
    if (!BUILDER_TYPES.includes(String(builder.type))) {
      problems.push('builder.type');
    }
    const store = builder['build-context-store'];
    if (store !== undefined && !S3_URI_RE.test(String(store))) {
      problems.push('build-context-store');
    }
    if (builder.type === 'kaniko' && store === undefined) {
      // kaniko_builder.py lines 161-169 (without a PVC).
      problems.push('kaniko without build-context-store');
    }
  }
  return problems;
}

describe('launchConfig: the expected documents', () => {
  for (const testCase of CASES) {
    for (const builder of BUILDERS) {
      it(`${testCase.name}, ${builder}`, () => {
        const inputs = {...testCase.inputs, builder};
        const text = launchConfig(inputs);
        expect(text).toBe(testCase.documents[builder]);
        // The KMS key is the queue's business, not the agent's.
        expect(launchConfig({...inputs, kmsKeyArn: KMS_KEY})).toBe(text);
        for (const version of ['1.2', '1.1'] as const) {
          expect(parse(text, {version})).toStrictEqual(
            launchConfigObject(inputs),
          );
        }
      });
    }
  }

  it('parses back to the intended object', () => {
    expect(
      parse(launchConfig({...US_EAST_1, builder: 'kaniko'}), {version: '1.1'}),
    ).toStrictEqual({
      queues: ['sagemaker'],
      entity: 'my-team',
      max_jobs: 1,
      environment: {type: 'aws', region: 'us-east-1'},
      builder: {
        type: 'kaniko',
        destination:
          '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/trainer',
        'build-context-store': `s3://wandb-launch-jobs/${BUILD_CONTEXT_PREFIX}`,
      },
    });
  });
});

describe('launchConfig: the agent’s schema', () => {
  const filled = CASES.filter((testCase) => testCase.inputs !== PLACEHOLDERS);

  it('uses only keys and values AgentConfig accepts', () => {
    for (const {inputs} of filled) {
      for (const builder of BUILDERS) {
        const config = parse(launchConfig({...inputs, builder}), {
          version: '1.1',
        }) as unknown;
        expect(schemaProblems(config)).toEqual([]);
      }
    }
  });

  it('catches what the schema rejects (the checker can fail)', () => {
    expect(
      schemaProblems({
        queues: 'q',
        registry: {},
        max_jobs: '1',
        environment: {type: 'aws', region: 'x', profile: 'p'},
        builder: {type: 'kaniko', repository: 'r'},
        extra: 1,
      }),
    ).toEqual([
      'key extra',
      'entity',
      'queues',
      'max_jobs',
      'environment.profile',
      'builder.repository',
      'kaniko without build-context-store',
    ]);
  });

  it("names a destination the agent's ECR pattern accepts, except where ECR hosts do not end in .amazonaws.com", () => {
    const destinationOf = (inputs: SetupInputs): string => {
      const config = parse(launchConfig({...inputs, builder: 'docker'})) as {
        builder: {destination: string};
      };
      return config.builder.destination;
    };
    expect(agentAcceptsEcrDestination(destinationOf(US_EAST_1))).toBe(true);
    expect(agentAcceptsEcrDestination(destinationOf(US_GOV_WEST_1))).toBe(true);
    // China: the agent's own pattern fails, as the notice says.
    expect(agentAcceptsEcrDestination(destinationOf(CN_NORTH_1))).toBe(false);
    // The checker itself rejects a tag and W&B's old typo (no `.dkr`).
    expect(
      agentAcceptsEcrDestination(
        '123456789012.dkr.ecr.us-east-1.amazonaws.com/repo:v1',
      ),
    ).toBe(false);
    expect(
      agentAcceptsEcrDestination('123456789012.ecr.us-east-1.amazonaws.com/r'),
    ).toBe(false);
  });
});

describe('launchConfigNotices', () => {
  it('says nothing where the agent handles the values', () => {
    for (const builder of BUILDERS) {
      expect(launchConfigNotices({...US_EAST_1, builder})).toEqual([]);
      expect(launchConfigNotices({...US_GOV_WEST_1, builder})).toEqual([]);
    }
    expect(launchConfigNotices({...CN_NORTH_1, builder: 'noop'})).toEqual([]);
  });

  it('tells a China user with Docker what the agent does and what to do', () => {
    const notices = launchConfigNotices({...CN_NORTH_1, builder: 'docker'});
    expect(notices).toHaveLength(2);
    expect(notices[0]).toContain(
      '000123456789.dkr.ecr.cn-north-1.amazonaws.com.cn/trainer',
    );
    expect(notices[0]).toContain('"Unable to recognize registry type"');
    expect(notices[0]).toContain('never logs in to ECR');
    expect(notices[1]).toContain(
      'aws ecr get-login-password --region cn-north-1 | docker login --username AWS --password-stdin 000123456789.dkr.ecr.cn-north-1.amazonaws.com.cn',
    );
    expect(notices[1]).toContain('noop builder');
  });

  it('tells a China user with Kaniko how to give the build job credentials', () => {
    const notices = launchConfigNotices({...CN_NORTH_1, builder: 'kaniko'});
    expect(notices).toHaveLength(2);
    expect(notices[1]).toContain(
      '--docker-server=000123456789.dkr.ecr.cn-north-1.amazonaws.com.cn',
    );
    expect(notices[1]).toContain('WANDB_LAUNCH_KANIKO_AUTH_SECRET');
  });

  it('speaks exactly where the agent’s ECR pattern rejects the destination, in every partition', () => {
    for (const partition of PARTITIONS) {
      const region = partition.regions[0];
      if (region === undefined) continue;
      for (const builder of ['docker', 'kaniko'] as const) {
        const inputs: SetupInputs = {
          ...US_EAST_1,
          partition: partition.id,
          dnsSuffix: partition.dnsSuffix,
          region: region.id,
          builder,
        };
        const config = parse(launchConfig(inputs)) as {
          builder: {destination: string};
        };
        expect(launchConfigNotices(inputs).length > 0, partition.id).toBe(
          !agentAcceptsEcrDestination(config.builder.destination),
        );
      }
    }
  });
});

// Strings that mean something else to YAML when written plain, or that
// PyYAML reads differently from YAML 1.2.
const HOSTILE_PIECES = [
  ...['null', '~', '', 'true', 'yes', 'on', 'y', '0x1F', '1e3', '.inf'],
  ...[' ', ' lead', 'trail ', '"', "'", ': ', ' #', '#', '- ', '&a', '*a'],
  ...['!x', '%', '@', '`', '|', '>', '{}', '[]', ',', '\\', '\n', '\r\n'],
  ...['\t', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ud800'],
  ...['😀', '${image_uri}', '<REGION>', '---', '...'],
];
const hostile = fc.oneof(
  fc.constantFrom(...HOSTILE_PIECES),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...HOSTILE_PIECES),
        fc.string({unit: 'binary', maxLength: 6}),
      ),
      {maxLength: 5},
    )
    .map((pieces) => pieces.join('')),
);

const hostileInputs: fc.Arbitrary<SetupInputs> = fc
  .record({
    queueName: hostile,
    entity: hostile,
    region: hostile,
    account: hostile,
    repository: hostile,
    bucket: hostile,
    dnsSuffix: hostile,
    maxJobs: fc.oneof(
      fc.nat(),
      hostile.map((s) => `<${s}>` as const),
    ),
    builder: fc.constantFrom(...BUILDERS),
  })
  .map((values) => ({...US_EAST_1, ...values}));

/** The document's meaning, built here from the inputs by hand. */
function intended(inputs: SetupInputs): unknown {
  const destination = `${inputs.account}.dkr.ecr.${inputs.region}.${inputs.dnsSuffix}/${inputs.repository}`;
  return {
    queues: [inputs.queueName],
    entity: inputs.entity,
    max_jobs: inputs.maxJobs,
    environment: {type: 'aws', region: inputs.region},
    builder:
      inputs.builder === 'noop'
        ? {type: 'noop'}
        : inputs.builder === 'docker'
          ? {type: 'docker', destination}
          : {
              type: 'kaniko',
              destination,
              'build-context-store': `s3://${inputs.bucket}/${BUILD_CONTEXT_PREFIX}`,
            },
  };
}

const hasPyYaml =
  spawnSync('python3', ['-c', 'import yaml'], {stdio: 'ignore'}).status === 0;

describe('launchConfig with hostile values', () => {
  it('parses back to exactly the values typed, as YAML 1.2 and 1.1', () => {
    fc.assert(
      fc.property(hostileInputs, (inputs) => {
        const text = launchConfig(inputs);
        expect(parse(text)).toStrictEqual(intended(inputs));
        expect(parse(text, {version: '1.1'})).toStrictEqual(intended(inputs));
      }),
      {numRuns: 300},
    );
  });

  it.skipIf(!hasPyYaml)(
    'parses back to exactly the values typed with PyYAML, the agent’s parser',
    () => {
      const samples = fc.sample(hostileInputs, {numRuns: 300, seed: 14});
      const script = [
        'import json, sys, yaml',
        'docs = json.load(sys.stdin)',
        'sys.stdout.write(json.dumps([yaml.safe_load(d) for d in docs]))',
      ].join('\n');
      const result = spawnSync('python3', ['-c', script], {
        input: JSON.stringify(samples.map((inputs) => launchConfig(inputs))),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(result.stderr).toBe('');
      expect(JSON.parse(result.stdout)).toStrictEqual(
        samples.map((inputs) => intended(inputs)),
      );
    },
  );
});
