/**
 * What the generated policies add to the original page's, and what least
 * privilege removes, each with its reason and source: derived from the
 * agent's calls, so the list cannot drift from the policies.
 */
import {AGENT_CALLS} from './agentCalls';
import type {AgentCall, CallId} from './agentCalls';
import {CALL_NOTES} from './callNotes';
import {CALL_SOURCES} from './callSources';
import type {CallSource} from './callSources';
import type {Source} from './callNotes';
import {actionPatternCovers} from './generate';
import {ORIGINAL_ECR_REPOSITORY_ACTIONS, STATEMENTS} from './statements';
import type {StatementSpec} from './statements';

export interface ActionChange {
  readonly id: string;
  readonly actions: readonly string[];
  readonly reason: string;
  readonly source: Source;
  /** Where the agent's code makes the call, for additions. */
  readonly call?: CallSource;
}

function originalActions(call: AgentCall): readonly string[] {
  const spec = (STATEMENTS as readonly StatementSpec[]).find(
    (candidate) => candidate.id === call.statement,
  );
  return spec?.original?.actions ?? [];
}

/** Actions the agent calls that the original page does not grant. */
export const ADDITIONS: readonly ActionChange[] = (
  AGENT_CALLS as readonly AgentCall[]
).flatMap((call) => {
  const granted = originalActions(call);
  const missing = call.actions.filter(
    (action) =>
      !granted.some((pattern) => actionPatternCovers(pattern, action)),
  );
  return missing.length === 0
    ? []
    : [
        {
          id: call.id,
          actions: missing,
          ...CALL_NOTES[call.id as CallId],
          call: CALL_SOURCES[call.id as CallId],
        },
      ];
});

const calledActions = new Set(
  (AGENT_CALLS as readonly AgentCall[]).flatMap((call) => call.actions),
);

/** What least privilege takes out of the original page's policies. */
export const LEAST_PRIVILEGE_REMOVALS: readonly ActionChange[] = [
  {
    id: 'unused-ecr-actions',
    actions: ORIGINAL_ECR_REPOSITORY_ACTIONS.filter(
      (action) => !calledActions.has(action),
    ),
    reason:
      'No call of the agent or of Kaniko needs them: they create, delete or reconfigure repositories, images and their policies, which an agent that only pushes should not be able to do.',
    source: {
      title:
        'Service Authorization Reference: Actions, resources, and condition keys for Amazon Elastic Container Registry',
      url: 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html',
    },
  },
  {
    id: 'object-wildcard',
    actions: ['s3:*Object'],
    reason:
      's3:*Object matches every object action (today GetObject, PutObject, DeleteObject, ReplicateObject and RestoreObject) and any added later; the agent only puts the build context and Kaniko only gets it, so least privilege grants s3:PutObject and s3:GetObject.',
    source: {
      title:
        'IAM User Guide: IAM JSON policy elements: Action (wildcards in actions)',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
    },
  },
  {
    id: 'pass-role-anywhere',
    actions: ['iam:PassRole'],
    reason:
      'Without a condition the agent could pass the execution role to any service; least privilege adds "iam:PassedToService": "sagemaker.amazonaws.com", the only service the agent passes it to.',
    source: {
      title: 'IAM User Guide: iam:PassedToService',
      url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService',
    },
  },
];
