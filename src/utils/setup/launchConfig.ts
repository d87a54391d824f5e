/**
 * The agent's launch-config.yaml, with only keys its schema accepts
 * (wandb/wandb, wandb/sdk/launch/agent/config.py, main as of 2026-08-21,
 * b6e2950: `AgentConfig` lines 185-230 forbids unknown top-level keys;
 * `EnvironmentConfig` 90-110; `BuilderConfig` 113-182, whose hyphenated keys
 * are aliases, e.g. `build-context-store` line 133). The agent validates the
 * file with that model (_launch.py line 161) after `yaml.safe_load` (line 95).
 */
import type {SetupInputs} from './inputs';
import {ecrRepositoryUri, s3Uri} from './uris';
import {toYaml} from './yaml';
import type {YamlMap} from './yaml';

/**
 * Where Kaniko's build contexts go in the bucket, apart from the jobs' output.
 * Any key under the bucket works: the agent strips a trailing `/` and uploads
 * `<store>/<run-id>.tgz` (kaniko_builder.py lines 130, 244), and the config's
 * pattern `s3://([^/]+)(/(.*))?` takes a bare bucket too (utils.py line 75).
 */
export const BUILD_CONTEXT_PREFIX = 'wandb-launch-build-contexts';

/** The DNS suffix the agent's ECR pattern requires (utils.py line 67). */
const AGENT_ECR_DNS_SUFFIX = 'amazonaws.com';

function builderOf(inputs: SetupInputs): YamlMap {
  switch (inputs.builder) {
    case 'docker':
      return {type: 'docker', destination: ecrRepositoryUri(inputs)};
    case 'kaniko':
      return {
        type: 'kaniko',
        destination: ecrRepositoryUri(inputs),
        'build-context-store': s3Uri(inputs.bucket, BUILD_CONTEXT_PREFIX),
      };
    case 'noop':
      // No build, no push: the queue names the image (queueConfig.ts).
      return {type: 'noop'};
  }
}

/** The agent's configuration, as the object its schema reads. */
export function launchConfigObject(inputs: SetupInputs): YamlMap {
  return {
    queues: [inputs.queueName],
    entity: inputs.entity,
    max_jobs: inputs.maxJobs,
    environment: {type: 'aws', region: inputs.region},
    builder: builderOf(inputs),
  };
}

/** launch-config.yaml's text, without a trailing newline. */
export function launchConfig(inputs: SetupInputs): string {
  return toYaml(launchConfigObject(inputs));
}

/**
 * Plain sentences for what the agent itself cannot handle with these values,
 * to show next to launch-config.yaml.
 */
export function launchConfigNotices(inputs: SetupInputs): string[] {
  if (inputs.builder === 'noop' || inputs.dnsSuffix === AGENT_ECR_DNS_SUFFIX) {
    return [];
  }
  const destination = ecrRepositoryUri(inputs);
  const host = destination.slice(0, destination.indexOf('/'));
  // What happens: config.py line 289 and builder/abstract.py line 158 treat
  // the URI as an unknown registry (registry/anon.py), so the agent never
  // asks ECR for a token (docker_builder.py lines 98-101 skip the login).
  const notices = [
    `The agent does not recognize ${destination} as an Amazon ECR repository: its ECR pattern only accepts hosts ending in .${AGENT_ECR_DNS_SUFFIX}, and this Region's end in .${inputs.dnsSuffix}. It starts anyway, warns "Unable to recognize registry type", and never logs in to ECR itself.`,
  ];
  // ECR's token lasts 12 hours:
  // https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html
  const token = `aws ecr get-login-password --region ${inputs.region}`;
  if (inputs.builder === 'docker') {
    notices.push(
      `Log Docker in to ECR yourself on the agent's host before you start the agent, and again within 12 hours, when the token expires: ${token} | docker login --username AWS --password-stdin ${host}. Or set up the Amazon ECR credential helper in Docker's config.json, or use the noop builder with a prebuilt image.`,
    );
  } else {
    // kaniko_builder.py: AWS_REGION and the secret-name credentials go to the
    // build job only for a recognized ECR registry (lines 423-429, 492-507);
    // WANDB_LAUNCH_KANIKO_AUTH_SECRET mounts a Docker config secret (58, 456-473).
    notices.push(
      `The agent gives the Kaniko build job no ECR credentials for this host. Create a Docker config secret in the build job's namespace, renewed within 12 hours, when the token expires: kubectl create secret docker-registry ecr-push --docker-server=${host} --docker-username=AWS --docker-password="$(${token})". Then set the agent's WANDB_LAUNCH_KANIKO_AUTH_SECRET environment variable to ecr-push. Or use the noop builder with a prebuilt image.`,
    );
  }
  return notices;
}
