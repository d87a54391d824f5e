/**
 * Test-only: a loopback HTTP endpoint that answers the AWS CLI as IAM, STS,
 * ECR and S3 do, for the few operations the generated script calls, and
 * records every request. It keeps state, so a second run finds what the first
 * created. Never imported by code that ships.
 *
 * The service is told by the request itself: the SigV4 credential scope names
 * it (`Credential=KEY/DATE/REGION/SERVICE/aws4_request`, "Signature Version 4
 * signing", https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
 * IAM and STS use the Query protocol (form-encoded `Action=...`, XML answers);
 * ECR JSON 1.1 (`X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.Op`);
 * S3 REST, addressed path-style at an IP endpoint.
 */
import {createServer} from 'node:http';
import type {IncomingMessage, Server, ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

/** One request as the test asserts it. */
export interface RecordedRequest {
  readonly service: string;
  /** The Region the request is signed for. */
  readonly region: string;
  readonly operation: string;
  /** Query parameters (IAM, STS), the JSON body's members (ECR), or the bucket and its configuration (S3). */
  readonly params: Readonly<Record<string, unknown>>;
}

export interface RoleState {
  path: string;
  /** The trust policy, as the text the CLI sent. */
  trust: string;
  /** Inline policies by name, as the text the CLI sent. */
  policies: Record<string, string>;
}

/** What exists in the fake account. */
export interface AccountState {
  roles: Record<string, RoleState>;
  /** Instance profiles by name: the names of their roles. */
  instanceProfiles: Record<string, string[]>;
  repositories: string[];
  /** Buckets by name: the LocationConstraint they were created with ('' for us-east-1). */
  buckets: Record<string, string>;
}

export const emptyState = (): AccountState => ({
  roles: {},
  instanceProfiles: {},
  repositories: [],
  buckets: {},
});

interface Answer {
  readonly status: number;
  readonly body: string;
  readonly type?: string;
}

const xmlEscape = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** Builds XML from nested [tag, content] pairs; strings are escaped. */
type Xml = string | readonly (readonly [string, Xml])[];
const xml = (node: Xml): string =>
  typeof node === 'string'
    ? xmlEscape(node)
    : node.map(([tag, child]) => `<${tag}>${xml(child)}</${tag}>`).join('');

const DATE = '2026-01-01T00:00:00Z';

export class AwsEndpoint {
  readonly requests: RecordedRequest[] = [];
  state: AccountState;
  /** Requests the endpoint could not answer, as thrown errors would be lost in the CLI's retries. */
  readonly unexpected: string[] = [];
  private server: Server | undefined;

  constructor(
    readonly account: string,
    readonly partition: string,
    state: AccountState = emptyState(),
  ) {
    this.state = state;
  }

  async start(): Promise<string> {
    const server = createServer((request, response) => {
      this.handle(request, response);
    });
    this.server = server;
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', resolve);
    });
    const {port} = server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (server !== undefined) {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let answer: Answer;
      try {
        answer = this.answer(request, body);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        this.unexpected.push(message);
        answer = {status: 501, body: message, type: 'text/plain'};
      }
      response.writeHead(answer.status, {
        'Content-Type': answer.type ?? 'text/xml',
        'x-amzn-RequestId': 'test-request',
      });
      response.end(request.method === 'HEAD' ? undefined : answer.body);
    });
  }

  private answer(request: IncomingMessage, body: string): Answer {
    const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\//.exec(
      request.headers.authorization ?? '',
    );
    const region = scope?.[1] ?? '';
    const service = scope?.[2];
    if (service === 'iam' || service === 'sts') {
      const params = Object.fromEntries(new URLSearchParams(body));
      const operation = params.Action ?? '';
      this.requests.push({service, region, operation, params});
      return service === 'iam'
        ? this.iam(operation, params)
        : this.sts(operation);
    }
    if (service === 'ecr') {
      const target = String(request.headers['x-amz-target'] ?? '');
      const operation = target.replace(
        /^AmazonEC2ContainerRegistry_V20150921\./,
        '',
      );
      const params = JSON.parse(body === '' ? '{}' : body) as Record<
        string,
        unknown
      >;
      this.requests.push({service, region, operation, params});
      return this.ecr(operation, params);
    }
    if (service === 's3') {
      return this.s3(request, body, region);
    }
    throw new Error(
      `Unexpected request: ${request.method} ${request.url} (${service ?? 'no service'})`,
    );
  }

  private arn(service: string, resource: string): string {
    return `arn:${this.partition}:${service}::${this.account}:${resource}`;
  }

  private queryResult(
    operation: string,
    result: Xml,
    namespace: string,
  ): Answer {
    return {
      status: 200,
      body: `<${operation}Response xmlns="${namespace}">${xml([
        ...(result === '' ? [] : ([[`${operation}Result`, result]] as const)),
        ['ResponseMetadata', [['RequestId', 'test-request']]],
      ])}</${operation}Response>`,
    };
  }

  private queryError(status: number, code: string, message: string): Answer {
    return {
      status,
      body: `<ErrorResponse>${xml([
        [
          'Error',
          [
            ['Type', 'Sender'],
            ['Code', code],
            ['Message', message],
          ],
        ],
        ['RequestId', 'test-request'],
      ])}</ErrorResponse>`,
    };
  }

  private roleXml(name: string, role: RoleState): Xml {
    return [
      ['Path', role.path],
      ['RoleName', name],
      ['RoleId', 'AROAEXAMPLEROLEID0001'],
      ['Arn', this.arn('iam', `role${role.path}${name}`)],
      ['CreateDate', DATE],
      ['AssumeRolePolicyDocument', encodeURIComponent(role.trust)],
    ];
  }

  private iam(operation: string, params: Record<string, string>): Answer {
    const ns = 'https://iam.amazonaws.com/doc/2010-05-08/';
    const ok = (result: Xml) => this.queryResult(operation, result, ns);
    const {roles, instanceProfiles} = this.state;
    const roleName = params.RoleName ?? '';
    const role = roles[roleName];
    const noRole = () =>
      this.queryError(
        404,
        'NoSuchEntity',
        `The role with name ${roleName} cannot be found.`,
      );
    switch (operation) {
      case 'GetRole':
        return role === undefined
          ? noRole()
          : ok([['Role', this.roleXml(roleName, role)]]);
      case 'CreateRole': {
        if (role !== undefined) {
          return this.queryError(
            409,
            'EntityAlreadyExists',
            `Role with name ${roleName} already exists.`,
          );
        }
        const created = {
          path: params.Path ?? '/',
          trust: params.AssumeRolePolicyDocument ?? '',
          policies: {},
        };
        roles[roleName] = created;
        return ok([['Role', this.roleXml(roleName, created)]]);
      }
      case 'UpdateAssumeRolePolicy':
        if (role === undefined) return noRole();
        role.trust = params.PolicyDocument ?? '';
        return ok('');
      case 'PutRolePolicy':
        if (role === undefined) return noRole();
        role.policies[params.PolicyName ?? ''] = params.PolicyDocument ?? '';
        return ok('');
      case 'GetRolePolicy': {
        const policyName = params.PolicyName ?? '';
        const document = role?.policies[policyName];
        if (document === undefined) {
          return this.queryError(
            404,
            'NoSuchEntity',
            `The role policy with name ${policyName} cannot be found.`,
          );
        }
        return ok([
          ['RoleName', roleName],
          ['PolicyName', policyName],
          ['PolicyDocument', encodeURIComponent(document)],
        ]);
      }
      case 'DeleteRolePolicy':
        if (role?.policies[params.PolicyName ?? ''] === undefined) {
          return this.queryError(404, 'NoSuchEntity', 'No such policy.');
        }
        role.policies = Object.fromEntries(
          Object.entries(role.policies).filter(
            ([name]) => name !== params.PolicyName,
          ),
        );
        return ok('');
      case 'GetInstanceProfile':
      case 'CreateInstanceProfile':
      case 'AddRoleToInstanceProfile': {
        const profileName = params.InstanceProfileName ?? '';
        let members = instanceProfiles[profileName];
        if (operation === 'CreateInstanceProfile') {
          if (members !== undefined) {
            return this.queryError(
              409,
              'EntityAlreadyExists',
              'Instance profile exists.',
            );
          }
          members = instanceProfiles[profileName] = [];
        }
        if (members === undefined) {
          return this.queryError(
            404,
            'NoSuchEntity',
            `Instance Profile ${profileName} cannot be found.`,
          );
        }
        if (operation === 'AddRoleToInstanceProfile') {
          if (role === undefined) return noRole();
          if (members.length > 0) {
            return this.queryError(
              409,
              'LimitExceeded',
              'Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1',
            );
          }
          members.push(roleName);
          return ok('');
        }
        return ok([
          [
            'InstanceProfile',
            [
              ['Path', '/'],
              ['InstanceProfileName', profileName],
              ['InstanceProfileId', 'AIPAEXAMPLEPROFILE001'],
              ['Arn', this.arn('iam', `instance-profile/${profileName}`)],
              ['CreateDate', DATE],
              [
                'Roles',
                members.map((member) => {
                  const memberRole = roles[member];
                  if (memberRole === undefined)
                    throw new Error(`No role ${member}`);
                  return ['member', this.roleXml(member, memberRole)] as const;
                }),
              ],
            ],
          ],
        ]);
      }
      default:
        throw new Error(`Unexpected IAM operation ${operation}`);
    }
  }

  private sts(operation: string): Answer {
    if (operation !== 'GetCallerIdentity') {
      throw new Error(`Unexpected STS operation ${operation}`);
    }
    return this.queryResult(
      operation,
      [
        ['Arn', this.arn('iam', 'user/platform-admin')],
        ['UserId', 'AIDAEXAMPLEUSERID0001'],
        ['Account', this.account],
      ],
      'https://sts.amazonaws.com/doc/2011-06-15/',
    );
  }

  private ecr(operation: string, params: Record<string, unknown>): Answer {
    const json = (status: number, value: unknown): Answer => ({
      status,
      body: JSON.stringify(value),
      type: 'application/x-amz-json-1.1',
    });
    const repository = (name: string) => ({
      repositoryArn: `arn:${this.partition}:ecr:region:${this.account}:repository/${name}`,
      registryId: this.account,
      repositoryName: name,
      repositoryUri: `${this.account}.dkr.ecr.region.example/${name}`,
      createdAt: 1767225600,
    });
    const {repositories} = this.state;
    switch (operation) {
      case 'DescribeRepositories': {
        const names = params.repositoryNames as string[];
        const missing = names.find((name) => !repositories.includes(name));
        if (missing !== undefined) {
          return json(400, {
            __type: 'RepositoryNotFoundException',
            message: `The repository with name '${missing}' does not exist in the registry with id '${this.account}'`,
          });
        }
        return json(200, {repositories: names.map(repository)});
      }
      case 'CreateRepository': {
        const name = String(params.repositoryName);
        if (repositories.includes(name)) {
          return json(400, {
            __type: 'RepositoryAlreadyExistsException',
            message: 'exists',
          });
        }
        repositories.push(name);
        return json(200, {repository: repository(name)});
      }
      default:
        throw new Error(`Unexpected ECR operation ${operation}`);
    }
  }

  private s3(request: IncomingMessage, body: string, region: string): Answer {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const bucket = decodeURIComponent(path.replace(/^\/|\/$/g, ''));
    if (bucket === '' || bucket.includes('/')) {
      throw new Error(`Unexpected S3 path ${path}`);
    }
    const {buckets} = this.state;
    if (request.method === 'HEAD') {
      this.requests.push({
        service: 's3',
        region,
        operation: 'HeadBucket',
        params: {Bucket: bucket},
      });
      return {status: bucket in buckets ? 200 : 404, body: ''};
    }
    if (request.method === 'PUT') {
      const location = /<LocationConstraint>([^<]*)<\/LocationConstraint>/.exec(
        body,
      )?.[1];
      this.requests.push({
        service: 's3',
        region,
        operation: 'CreateBucket',
        params:
          location === undefined
            ? {Bucket: bucket}
            : {Bucket: bucket, LocationConstraint: location},
      });
      if (bucket in buckets) {
        return {
          status: 409,
          body: `<Error>${xml([
            ['Code', 'BucketAlreadyOwnedByYou'],
            ['Message', 'exists'],
          ])}</Error>`,
          type: 'application/xml',
        };
      }
      buckets[bucket] = location ?? '';
      return {status: 200, body: ''};
    }
    throw new Error(`Unexpected S3 request ${request.method} ${path}`);
  }
}
