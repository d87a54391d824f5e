import React from 'react';
import type {ReactNode} from 'react';
import {ROLE_STATEMENT_SOURCES} from '@site/src/utils/setup/roleSources';
import type {RoleSid} from '@site/src/utils/setup/principals';
import SourceList from '@site/src/components/SourceList';

/** The execution role's statements, trust first. */
const EXECUTION_ROLE_SIDS: readonly RoleSid[] = [
  'SageMakerTrainingJobs',
  'EcrAuthorizationToken',
  'EcrPullTrainingImage',
  'OutputPrefixList',
  'OutputObjects',
  'TrainingJobLogs',
  'TrainingJobMetrics',
  'VolumeKeyGrant',
];

export default function ExecutionRoleSourcesContent(): ReactNode {
  return (
    <SourceList
      statements={EXECUTION_ROLE_SIDS.map((sid) => [
        sid,
        ROLE_STATEMENT_SOURCES[sid],
      ])}
    />
  );
}
