import {TrainingInstanceType as SdkTrainingInstanceType} from '@aws-sdk/client-sagemaker';
import type {CreateTrainingJobRequest} from '@aws-sdk/client-sagemaker';
import fc from 'fast-check';
import {describe, expect, expectTypeOf, it} from 'vitest';
import type {Placeholder, SetupInputs} from './inputs';
import {
  QUEUE_LIMITS,
  queueConfig,
  queueConfigNotices,
  queueConfigText,
} from './queueConfig';
import type {QueueConfig} from './queueConfig';

// The expected documents are written out by hand from W&B's SageMaker queue
// example (docs: platform/launch/setup-launch-sagemaker) and the agent's
// runner (wandb/sdk/launch/runner/sagemaker_runner.py); the limits and
// patterns are CreateTrainingJob's, from botocore's SageMaker model
// (boto/botocore, botocore/data/sagemaker/2017-07-24/service-2.json, 1.43.11)
// and the API reference.

const API = {
  // shape S3Uri (OutputDataConfig.S3OutputPath): max 1024
  s3Uri: /^(https|s3):\/\/([^/]+)\/?(.*)$/,
  // shape RoleArn: 20 to 2048 characters
  roleArn: /^arn:aws[a-z-]*:iam::\d{12}:role\/?[a-zA-Z_0-9+=,.@\-_/]+$/,
  // shape KmsKeyId (ResourceConfig.VolumeKmsKeyId): max 2048
  kmsKeyId: /^[a-zA-Z0-9:/_-]*$/,
  // shape AlgorithmImage (AlgorithmSpecification.TrainingImage): max 255
  trainingImageMax: 255,
  // TrainingInstanceCount and OptionalVolumeSizeInGB: min 0; MaxRuntimeInSeconds:
  // min 1, and "The maximum value is 28 days" (API_StoppingCondition.html).
  maxRuntimeMax: 2_419_200,
};

const SDK_INSTANCE_TYPES: readonly string[] = Object.values(
  SdkTrainingInstanceType,
);

/** The fields the queue configuration does not read, filled with anything valid. */
const UNUSED = {
  agentHost: 'ec2',
  agentRoleName: 'wandb-launch-agent',
  eksClusterName: 'ml',
  oidcIssuer:
    'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE',
  k8sNamespace: 'wandb',
  k8sServiceAccount: 'launch-agent',
  trustedPrincipalArn: 'arn:aws:iam::123456789012:user/ci',
  queueName: 'sagemaker',
  entity: 'my-team',
  maxJobs: 1,
} as const;

const US_EAST_1: SetupInputs = {
  ...UNUSED,
  partition: 'aws',
  dnsSuffix: 'amazonaws.com',
  region: 'us-east-1',
  account: '123456789012',
  repository: 'team/trainer',
  bucket: 'wandb-launch-jobs',
  outputPrefix: 'sagemaker/output',
  executionRoleArn: 'arn:aws:iam::123456789012:role/service-role/SageMakerExec',
  kmsKeyArn: undefined,
  builder: 'docker',
  instanceType: 'ml.m5.xlarge',
  instanceCount: 1,
  volumeSizeGb: 50,
  maxRuntimeSeconds: 86_400,
};

const CN_NORTH_1: SetupInputs = {
  ...UNUSED,
  partition: 'aws-cn',
  dnsSuffix: 'amazonaws.com.cn',
  region: 'cn-north-1',
  account: '000123456789',
  repository: 'trainer',
  bucket: 'wandb-cn-jobs',
  outputPrefix: 'out',
  executionRoleArn: 'arn:aws-cn:iam::000123456789:role/SageMakerExec',
  kmsKeyArn: undefined,
  builder: 'docker',
  instanceType: 'ml.c5.2xlarge',
  instanceCount: 2,
  volumeSizeGb: 100,
  maxRuntimeSeconds: 3600,
};

const US_GOV_WEST_1: SetupInputs = {
  ...UNUSED,
  partition: 'aws-us-gov',
  dnsSuffix: 'amazonaws.com',
  region: 'us-gov-west-1',
  account: '210987654321',
  repository: 'ml/train-images',
  bucket: 'gov-ml-artifacts',
  outputPrefix: '',
  executionRoleArn: 'arn:aws-us-gov:iam::210987654321:role/SageMakerExec',
  kmsKeyArn: undefined,
  builder: 'docker',
  instanceType: 'ml.p3.2xlarge',
  instanceCount: 1,
  volumeSizeGb: 30,
  maxRuntimeSeconds: 2_419_200,
};

/** Every field as the page writes it while empty. */
const PLACEHOLDERS: SetupInputs = {
  ...UNUSED,
  partition: 'aws',
  dnsSuffix: 'amazonaws.com',
  region: '<REGION>',
  account: '<ACCOUNT-ID>',
  repository: '<YOUR-REPO-NAME>',
  bucket: '<BUCKET-NAME>',
  outputPrefix: '<OUTPUT-PREFIX>',
  executionRoleArn: '<ARN-OF-ROLE-TO-PASS>',
  kmsKeyArn: undefined,
  builder: 'docker',
  instanceType: '<INSTANCE-TYPE>',
  instanceCount: '<INSTANCE-COUNT>',
  volumeSizeGb: '<VOLUME-SIZE-GB>',
  maxRuntimeSeconds: '<MAX-RUNTIME-SECONDS>',
};

const KMS = {
  us: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
  cn: 'arn:aws-cn:kms:cn-north-1:000123456789:key/mrk-1234abcd12ab34cd56ef1234567890ab',
  gov: 'arn:aws-us-gov:kms:us-gov-west-1:210987654321:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
  placeholder: '<ARN-OF-KMS-KEY>',
};

interface Case {
  readonly name: string;
  readonly inputs: SetupInputs;
  readonly kms: string;
  /** The docker and kaniko builders' document, without a KMS key. */
  readonly built: object;
  /** The same with the KMS key. */
  readonly builtWithKms: object;
  /** The noop builder's document, without a KMS key. */
  readonly noop: object;
  readonly noopWithKms: object;
}

const CASES: Case[] = [
  {
    name: 'us-east-1',
    inputs: US_EAST_1,
    kms: KMS.us,
    built: {
      RoleArn: 'arn:aws:iam::123456789012:role/service-role/SageMakerExec',
      OutputDataConfig: {
        S3OutputPath: 's3://wandb-launch-jobs/sagemaker/output',
      },
      ResourceConfig: {
        InstanceType: 'ml.m5.xlarge',
        InstanceCount: 1,
        VolumeSizeInGB: 50,
      },
      StoppingCondition: {MaxRuntimeInSeconds: 86400},
    },
    builtWithKms: {
      RoleArn: 'arn:aws:iam::123456789012:role/service-role/SageMakerExec',
      OutputDataConfig: {
        S3OutputPath: 's3://wandb-launch-jobs/sagemaker/output',
      },
      ResourceConfig: {
        InstanceType: 'ml.m5.xlarge',
        InstanceCount: 1,
        VolumeSizeInGB: 50,
        VolumeKmsKeyId:
          'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      },
      StoppingCondition: {MaxRuntimeInSeconds: 86400},
    },
    noop: {
      RoleArn: 'arn:aws:iam::123456789012:role/service-role/SageMakerExec',
      OutputDataConfig: {
        S3OutputPath: 's3://wandb-launch-jobs/sagemaker/output',
      },
      ResourceConfig: {
        InstanceType: 'ml.m5.xlarge',
        InstanceCount: 1,
        VolumeSizeInGB: 50,
      },
      StoppingCondition: {MaxRuntimeInSeconds: 86400},
      AlgorithmSpecification: {
        TrainingImage:
          '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/trainer:latest',
        TrainingInputMode: 'File',
      },
    },
    noopWithKms: {
      RoleArn: 'arn:aws:iam::123456789012:role/service-role/SageMakerExec',
      OutputDataConfig: {
        S3OutputPath: 's3://wandb-launch-jobs/sagemaker/output',
      },
      ResourceConfig: {
        InstanceType: 'ml.m5.xlarge',
        InstanceCount: 1,
        VolumeSizeInGB: 50,
        VolumeKmsKeyId:
          'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      },
      StoppingCondition: {MaxRuntimeInSeconds: 86400},
      AlgorithmSpecification: {
        TrainingImage:
          '123456789012.dkr.ecr.us-east-1.amazonaws.com/team/trainer:latest',
        TrainingInputMode: 'File',
      },
    },
  },
  {
    name: 'cn-north-1',
    inputs: CN_NORTH_1,
    kms: KMS.cn,
    built: {
      RoleArn: 'arn:aws-cn:iam::000123456789:role/SageMakerExec',
      OutputDataConfig: {S3OutputPath: 's3://wandb-cn-jobs/out'},
      ResourceConfig: {
        InstanceType: 'ml.c5.2xlarge',
        InstanceCount: 2,
        VolumeSizeInGB: 100,
      },
      StoppingCondition: {MaxRuntimeInSeconds: 3600},
    },
    builtWithKms: {
      RoleArn: 'arn:aws-cn:iam::000123456789:role/SageMakerExec',
      OutputDataConfig: {S3OutputPath: 's3://wandb-cn-jobs/out'},
      ResourceConfig: {
        InstanceType: 'ml.c5.2xlarge',
        InstanceCount: 2,
        VolumeSizeInGB: 100,
        VolumeKmsKeyId:
          'arn:aws-cn:kms:cn-north-1:000123456789:key/mrk-1234abcd12ab34cd56ef1234567890ab',
      },
      StoppingCondition: {MaxRuntimeInSeconds: 3600},
    },
    noop: {
      RoleArn: 'arn:aws-cn:iam::000123456789:role/SageMakerExec',
      OutputDataConfig: {S3OutputPath: 's3://wandb-cn-jobs/out'},
      ResourceConfig: {
        InstanceType: 'ml.c5.2xlarge',
        InstanceCount: 2,
        VolumeSizeInGB: 100,
      },
      StoppingCondition: {MaxRuntimeInSeconds: 3600},
      AlgorithmSpecification: {
        TrainingImage:
          '000123456789.dkr.ecr.cn-north-1.amazonaws.com.cn/trainer:latest',
        TrainingInputMode: 'File',
      },
    },
    noopWithKms: {
      RoleArn: 'arn:aws-cn:iam::000123456789:role/SageMakerExec',
      OutputDataConfig: {S3OutputPath: 's3://wandb-cn-jobs/out'},
      ResourceConfig: {
        InstanceType: 'ml.c5.2xlarge',
        InstanceCount: 2,
        VolumeSizeInGB: 100,
        VolumeKmsKeyId:
          'arn:aws-cn:kms:cn-north-1:000123456789:key/mrk-1234abcd12ab34cd56ef1234567890ab',
      },
      StoppingCondition: {MaxRuntimeInSeconds: 3600},
      AlgorithmSpecification: {
        TrainingImage:
          '000123456789.dkr.ecr.cn-north-1.amazonaws.com.cn/trainer:latest',
        TrainingInputMode: 'File',
      },
    },
  },
  {
    name: 'us-gov-west-1',
    inputs: US_GOV_WEST_1,
    kms: KMS.gov,
    built: {
      RoleArn: 'arn:aws-us-gov:iam::210987654321:role/SageMakerExec',
      OutputDataConfig: {S3OutputPath: 's3://gov-ml-artifacts'},
      ResourceConfig: {
        InstanceType: 'ml.p3.2xlarge',
        InstanceCount: 1,
        VolumeSizeInGB: 30,
      },
      StoppingCondition: {MaxRuntimeInSeconds: 2419200},
    },
    builtWithKms: {
      RoleArn: 'arn:aws-us-gov:iam::210987654321:role/SageMakerExec',
      OutputDataConfig: {S3OutputPath: 's3://gov-ml-artifacts'},
      ResourceConfig: {
        InstanceType: 'ml.p3.2xlarge',
        InstanceCount: 1,
        VolumeSizeInGB: 30,
        VolumeKmsKeyId:
          'arn:aws-us-gov:kms:us-gov-west-1:210987654321:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      },
      StoppingCondition: {MaxRuntimeInSeconds: 2419200},
    },
    noop: {
      RoleArn: 'arn:aws-us-gov:iam::210987654321:role/SageMakerExec',
      OutputDataConfig: {S3OutputPath: 's3://gov-ml-artifacts'},
      ResourceConfig: {
        InstanceType: 'ml.p3.2xlarge',
        InstanceCount: 1,
        VolumeSizeInGB: 30,
      },
      StoppingCondition: {MaxRuntimeInSeconds: 2419200},
      AlgorithmSpecification: {
        TrainingImage:
          '210987654321.dkr.ecr.us-gov-west-1.amazonaws.com/ml/train-images:latest',
        TrainingInputMode: 'File',
      },
    },
    noopWithKms: {
      RoleArn: 'arn:aws-us-gov:iam::210987654321:role/SageMakerExec',
      OutputDataConfig: {S3OutputPath: 's3://gov-ml-artifacts'},
      ResourceConfig: {
        InstanceType: 'ml.p3.2xlarge',
        InstanceCount: 1,
        VolumeSizeInGB: 30,
        VolumeKmsKeyId:
          'arn:aws-us-gov:kms:us-gov-west-1:210987654321:key/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0',
      },
      StoppingCondition: {MaxRuntimeInSeconds: 2419200},
      AlgorithmSpecification: {
        TrainingImage:
          '210987654321.dkr.ecr.us-gov-west-1.amazonaws.com/ml/train-images:latest',
        TrainingInputMode: 'File',
      },
    },
  },
  {
    name: 'placeholders',
    inputs: PLACEHOLDERS,
    kms: KMS.placeholder,
    built: {
      RoleArn: '<ARN-OF-ROLE-TO-PASS>',
      OutputDataConfig: {S3OutputPath: 's3://<BUCKET-NAME>/<OUTPUT-PREFIX>'},
      ResourceConfig: {
        InstanceType: '<INSTANCE-TYPE>',
        InstanceCount: '<INSTANCE-COUNT>',
        VolumeSizeInGB: '<VOLUME-SIZE-GB>',
      },
      StoppingCondition: {MaxRuntimeInSeconds: '<MAX-RUNTIME-SECONDS>'},
    },
    builtWithKms: {
      RoleArn: '<ARN-OF-ROLE-TO-PASS>',
      OutputDataConfig: {S3OutputPath: 's3://<BUCKET-NAME>/<OUTPUT-PREFIX>'},
      ResourceConfig: {
        InstanceType: '<INSTANCE-TYPE>',
        InstanceCount: '<INSTANCE-COUNT>',
        VolumeSizeInGB: '<VOLUME-SIZE-GB>',
        VolumeKmsKeyId: '<ARN-OF-KMS-KEY>',
      },
      StoppingCondition: {MaxRuntimeInSeconds: '<MAX-RUNTIME-SECONDS>'},
    },
    noop: {
      RoleArn: '<ARN-OF-ROLE-TO-PASS>',
      OutputDataConfig: {S3OutputPath: 's3://<BUCKET-NAME>/<OUTPUT-PREFIX>'},
      ResourceConfig: {
        InstanceType: '<INSTANCE-TYPE>',
        InstanceCount: '<INSTANCE-COUNT>',
        VolumeSizeInGB: '<VOLUME-SIZE-GB>',
      },
      StoppingCondition: {MaxRuntimeInSeconds: '<MAX-RUNTIME-SECONDS>'},
      AlgorithmSpecification: {
        TrainingImage:
          '<ACCOUNT-ID>.dkr.ecr.<REGION>.amazonaws.com/<YOUR-REPO-NAME>:latest',
        TrainingInputMode: 'File',
      },
    },
    noopWithKms: {
      RoleArn: '<ARN-OF-ROLE-TO-PASS>',
      OutputDataConfig: {S3OutputPath: 's3://<BUCKET-NAME>/<OUTPUT-PREFIX>'},
      ResourceConfig: {
        InstanceType: '<INSTANCE-TYPE>',
        InstanceCount: '<INSTANCE-COUNT>',
        VolumeSizeInGB: '<VOLUME-SIZE-GB>',
        VolumeKmsKeyId: '<ARN-OF-KMS-KEY>',
      },
      StoppingCondition: {MaxRuntimeInSeconds: '<MAX-RUNTIME-SECONDS>'},
      AlgorithmSpecification: {
        TrainingImage:
          '<ACCOUNT-ID>.dkr.ecr.<REGION>.amazonaws.com/<YOUR-REPO-NAME>:latest',
        TrainingInputMode: 'File',
      },
    },
  },
];

const BUILDERS = ['docker', 'kaniko', 'noop'] as const;

/** The configuration with no placeholder left, or an error. */
type Filled<T> = T extends Placeholder
  ? never
  : T extends object
    ? {[K in keyof T]: Filled<T[K]>}
    : T;

function filled<T>(value: T): Filled<T> {
  const text = JSON.stringify(value);
  if (/"<[^"<>]+>"|<[A-Z-]+>/.test(text)) {
    throw new Error(`A placeholder is left: ${text}`);
  }
  return value as Filled<T>;
}

/** Every check CreateTrainingJob makes on the fields the queue sets. */
function expectWithinApi(config: QueueConfig): void {
  const request: Partial<CreateTrainingJobRequest> = filled(config);
  const {
    RoleArn = '',
    OutputDataConfig,
    ResourceConfig,
    StoppingCondition,
  } = request;
  expect(RoleArn).toMatch(API.roleArn);
  expect(RoleArn.length).toBeGreaterThanOrEqual(20);
  const path = OutputDataConfig?.S3OutputPath ?? '';
  expect(path).toMatch(API.s3Uri);
  expect(path.startsWith('s3://')).toBe(true);
  expect(path.length).toBeLessThanOrEqual(1024);
  expect(SDK_INSTANCE_TYPES).toContain(ResourceConfig?.InstanceType);
  expect(ResourceConfig?.InstanceCount).toBeGreaterThanOrEqual(1);
  expect(Number.isInteger(ResourceConfig?.InstanceCount)).toBe(true);
  expect(ResourceConfig?.VolumeSizeInGB).toBeGreaterThanOrEqual(1);
  expect(Number.isInteger(ResourceConfig?.VolumeSizeInGB)).toBe(true);
  if (ResourceConfig?.VolumeKmsKeyId !== undefined) {
    expect(ResourceConfig.VolumeKmsKeyId).toMatch(API.kmsKeyId);
  }
  const runtime = StoppingCondition?.MaxRuntimeInSeconds ?? 0;
  expect(runtime).toBeGreaterThanOrEqual(1);
  expect(runtime).toBeLessThanOrEqual(API.maxRuntimeMax);
  expect(Number.isInteger(runtime)).toBe(true);
  const image = request.AlgorithmSpecification?.TrainingImage;
  if (image !== undefined) {
    expect(image.length).toBeLessThanOrEqual(API.trainingImageMax);
  }
}

describe('queueConfig: the expected documents', () => {
  for (const testCase of CASES) {
    for (const builder of BUILDERS) {
      for (const withKms of [false, true]) {
        const inputs: SetupInputs = {
          ...testCase.inputs,
          builder,
          kmsKeyArn: withKms ? testCase.kms : undefined,
        };
        const expected =
          builder === 'noop'
            ? withKms
              ? testCase.noopWithKms
              : testCase.noop
            : withKms
              ? testCase.builtWithKms
              : testCase.built;
        it(`${testCase.name}, ${builder}, ${withKms ? 'with' : 'without'} a KMS key`, () => {
          expect(queueConfig(inputs)).toStrictEqual(expected);
          expect(JSON.parse(queueConfigText(inputs))).toStrictEqual(expected);
          if (testCase.inputs !== PLACEHOLDERS) {
            expectWithinApi(queueConfig(inputs));
          }
        });
      }
    }
  }

  it('writes two-space JSON in the order W&B’s example does', () => {
    expect(queueConfigText({...US_EAST_1, builder: 'noop', kmsKeyArn: KMS.us}))
      .toBe(`{
  "RoleArn": "arn:aws:iam::123456789012:role/service-role/SageMakerExec",
  "OutputDataConfig": {
    "S3OutputPath": "s3://wandb-launch-jobs/sagemaker/output"
  },
  "ResourceConfig": {
    "InstanceType": "ml.m5.xlarge",
    "InstanceCount": 1,
    "VolumeSizeInGB": 50,
    "VolumeKmsKeyId": "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  },
  "StoppingCondition": {
    "MaxRuntimeInSeconds": 86400
  },
  "AlgorithmSpecification": {
    "TrainingImage": "123456789012.dkr.ecr.us-east-1.amazonaws.com/team/trainer:latest",
    "TrainingInputMode": "File"
  }
}`);
  });

  it('names another tag for the prebuilt image when told', () => {
    expect(
      queueConfig({...US_EAST_1, builder: 'noop'}, {imageTag: 'v1.2'})
        .AlgorithmSpecification?.TrainingImage,
    ).toBe('123456789012.dkr.ecr.us-east-1.amazonaws.com/team/trainer:v1.2');
  });

  it('keeps an instance type the SDK does not know out of the document', () => {
    const config = queueConfig({...US_EAST_1, instanceType: 'ml.m5.huge'});
    expect(config.ResourceConfig.InstanceType).toBe('<INSTANCE-TYPE>');
  });
});

describe('queueConfig: CreateTrainingJob’s request', () => {
  it('is, once filled, a CreateTrainingJobRequest (type level)', () => {
    expectTypeOf<Filled<QueueConfig>>().toExtend<
      Partial<CreateTrainingJobRequest>
    >();
    // A placeholder left in a number is not a request.
    expectTypeOf<QueueConfig>().not.toExtend<
      Partial<CreateTrainingJobRequest>
    >();
    const request = filled(
      queueConfig({...US_EAST_1, builder: 'noop', kmsKeyArn: KMS.us}),
    ) satisfies Partial<CreateTrainingJobRequest>;
    expect(request.AlgorithmSpecification?.TrainingInputMode).toBe('File');
  });

  it('holds every key the runner requires (sagemaker_runner.py lines 321, 353, 358, 418)', () => {
    for (const builder of BUILDERS) {
      const config = queueConfig({...US_EAST_1, builder});
      expect(Object.keys(config)).toEqual(
        expect.arrayContaining([
          'RoleArn',
          'OutputDataConfig',
          'ResourceConfig',
          'StoppingCondition',
        ]),
      );
    }
  });

  it('stays within the API’s limits for any values the fields accept', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CASES.slice(0, 3)),
        fc.constantFrom(...BUILDERS),
        fc.boolean(),
        fc.constantFrom(...SDK_INSTANCE_TYPES),
        fc.integer({min: QUEUE_LIMITS.instanceCount.min, max: 1000}),
        fc.integer({min: QUEUE_LIMITS.volumeSizeGb.min, max: 16_384}),
        fc.integer(QUEUE_LIMITS.maxRuntimeSeconds),
        (testCase, builder, withKms, instanceType, count, size, runtime) => {
          expectWithinApi(
            queueConfig({
              ...testCase.inputs,
              builder,
              kmsKeyArn: withKms ? testCase.kms : undefined,
              instanceType,
              instanceCount: count,
              volumeSizeGb: size,
              maxRuntimeSeconds: runtime,
            }),
          );
        },
      ),
    );
  });

  it('sets VolumeKmsKeyId exactly when there is a KMS key', () => {
    for (const builder of BUILDERS) {
      expect(
        queueConfig({...US_EAST_1, builder}).ResourceConfig,
      ).not.toHaveProperty('VolumeKmsKeyId');
      expect(
        queueConfig({...US_EAST_1, builder, kmsKeyArn: KMS.us}).ResourceConfig
          .VolumeKmsKeyId,
      ).toBe(KMS.us);
    }
  });
});

describe('queueConfigText with hostile values', () => {
  const hostile = fc.oneof(
    fc.string({unit: 'binary', maxLength: 30}),
    fc.constantFrom('"', '\\', '\n', '\u2028', '\ud800', 'null', '</script>'),
  );
  it('parses back to exactly the values typed', () => {
    fc.assert(
      fc.property(
        hostile,
        hostile,
        hostile,
        hostile,
        hostile,
        fc.option(hostile, {nil: undefined}),
        (role, bucket, prefix, account, repository, kms) => {
          const inputs: SetupInputs = {
            ...US_EAST_1,
            builder: 'noop',
            executionRoleArn: role,
            bucket,
            outputPrefix: prefix,
            account,
            repository,
            kmsKeyArn: kms,
          };
          const parsed = JSON.parse(queueConfigText(inputs)) as QueueConfig;
          expect(parsed.RoleArn).toBe(role);
          expect(parsed.OutputDataConfig.S3OutputPath).toBe(
            prefix === '' ? `s3://${bucket}` : `s3://${bucket}/${prefix}`,
          );
          expect(parsed.ResourceConfig.VolumeKmsKeyId).toBe(kms);
          expect(parsed.AlgorithmSpecification?.TrainingImage).toBe(
            `${account}.dkr.ecr.us-east-1.amazonaws.com/${repository}:latest`,
          );
        },
      ),
    );
  });
});

describe('queueConfigNotices', () => {
  it('says what a noop queue runs, and what a KMS key rules out', () => {
    expect(queueConfigNotices(US_EAST_1)).toEqual([]);
    expect(queueConfigNotices({...CN_NORTH_1, builder: 'noop'})).toEqual([
      'Every job on this queue runs the image 000123456789.dkr.ecr.cn-north-1.amazonaws.com.cn/trainer:latest, whatever image the job names: push it to the repository before you launch.',
    ]);
    expect(queueConfigNotices({...US_EAST_1, kmsKeyArn: KMS.us})).toEqual([
      expect.stringMatching(/^SageMaker refuses VolumeKmsKeyId .* local NVMe/),
    ]);
  });
});
