#!/usr/bin/env bash
# Run: bash create-wandb-launch-sagemaker.sh (safe to run again: it updates what exists).
# Needs: AWS CLI v2; credentials for the account set below, allowed to create IAM roles and their inline policies, instance profiles, ECR repositories, S3 buckets.
set -euo pipefail

region='us-gov-west-1'
account='123456789012'
execution_role_name='SageMakerExecutionRole'
execution_role_path='/service-role/'
agent_role_name='wandb-launch-agent'
repository='project-a/web-app'
bucket='my-launch-bucket'

workdir="$(mktemp -d)"
trap 'rm -rf -- "$workdir"' EXIT

cat >"$workdir/execution-role-trust-policy.json" <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "SageMakerTrainingJobs",
      "Effect": "Allow",
      "Principal": {
        "Service": "sagemaker.amazonaws.com"
      },
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": {
          "aws:SourceAccount": "123456789012"
        },
        "ArnLike": {
          "aws:SourceArn": "arn:aws-us-gov:sagemaker:us-gov-west-1:123456789012:training-job/*"
        }
      }
    }
  ]
}
EOF
cat >"$workdir/execution-role-policy.json" <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "EcrAuthorizationToken",
      "Effect": "Allow",
      "Action": "ecr:GetAuthorizationToken",
      "Resource": "*"
    },
    {
      "Sid": "EcrPullTrainingImage",
      "Effect": "Allow",
      "Action": [
        "ecr:BatchCheckLayerAvailability",
        "ecr:GetDownloadUrlForLayer",
        "ecr:BatchGetImage"
      ],
      "Resource": "arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/project-a/web-app"
    },
    {
      "Sid": "OutputPrefixList",
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws-us-gov:s3:::my-launch-bucket",
      "Condition": {
        "StringLike": {
          "s3:prefix": "wandb/outputs/*"
        }
      }
    },
    {
      "Sid": "OutputObjects",
      "Effect": "Allow",
      "Action": [
        "s3:GetObject",
        "s3:PutObject"
      ],
      "Resource": "arn:aws-us-gov:s3:::my-launch-bucket/wandb/outputs/*"
    },
    {
      "Sid": "TrainingJobLogs",
      "Effect": "Allow",
      "Action": [
        "logs:CreateLogGroup",
        "logs:CreateLogStream",
        "logs:PutLogEvents",
        "logs:DescribeLogStreams"
      ],
      "Resource": "arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/aws/sagemaker/TrainingJobs:*"
    },
    {
      "Sid": "TrainingJobMetrics",
      "Effect": "Allow",
      "Action": "cloudwatch:PutMetricData",
      "Resource": "*",
      "Condition": {
        "StringEquals": {
          "cloudwatch:namespace": "/aws/sagemaker/TrainingJobs"
        }
      }
    },
    {
      "Sid": "VolumeKeyGrant",
      "Effect": "Allow",
      "Action": "kms:CreateGrant",
      "Resource": "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      "Condition": {
        "Bool": {
          "kms:GrantIsForAWSResource": true
        }
      }
    }
  ]
}
EOF
cat >"$workdir/agent-role-trust-policy.json" <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "Ec2InstanceProfile",
      "Effect": "Allow",
      "Principal": {
        "Service": "ec2.amazonaws.com"
      },
      "Action": "sts:AssumeRole"
    }
  ]
}
EOF
cat >"$workdir/agent-policy.json" <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "EcrRepository",
      "Effect": "Allow",
      "Action": [
        "ecr:PutLifecyclePolicy",
        "ecr:PutImageTagMutability",
        "ecr:StartImageScan",
        "ecr:CreateRepository",
        "ecr:PutImageScanningConfiguration",
        "ecr:UploadLayerPart",
        "ecr:BatchDeleteImage",
        "ecr:DeleteLifecyclePolicy",
        "ecr:DeleteRepository",
        "ecr:PutImage",
        "ecr:CompleteLayerUpload",
        "ecr:StartLifecyclePolicyPreview",
        "ecr:InitiateLayerUpload",
        "ecr:DeleteRepositoryPolicy",
        "ecr:DescribeImages",
        "ecr:BatchGetImage",
        "ecr:GetDownloadUrlForLayer"
      ],
      "Resource": "arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/project-a/web-app"
    },
    {
      "Sid": "EcrToken",
      "Effect": "Allow",
      "Action": "ecr:GetAuthorizationToken",
      "Resource": "*"
    },
    {
      "Sid": "EcrLayerCheck",
      "Effect": "Allow",
      "Action": "ecr:BatchCheckLayerAvailability",
      "Resource": "arn:aws-us-gov:ecr:us-gov-west-1:123456789012:repository/project-a/web-app"
    },
    {
      "Sid": "ListObjectsInBucket",
      "Effect": "Allow",
      "Action": [
        "s3:ListBucket"
      ],
      "Resource": [
        "arn:aws-us-gov:s3:::my-launch-bucket"
      ]
    },
    {
      "Sid": "AllObjectActions",
      "Effect": "Allow",
      "Action": "s3:*Object",
      "Resource": [
        "arn:aws-us-gov:s3:::my-launch-bucket/*"
      ]
    }
  ]
}
EOF
cat >"$workdir/sagemaker-policy.json" <<'EOF'
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "TrainingJobs",
      "Effect": "Allow",
      "Action": [
        "sagemaker:CreateTrainingJob",
        "sagemaker:AddTags",
        "sagemaker:DescribeTrainingJob",
        "sagemaker:StopTrainingJob"
      ],
      "Resource": "arn:aws-us-gov:sagemaker:us-gov-west-1:123456789012:training-job/*"
    },
    {
      "Sid": "PassExecutionRole",
      "Effect": "Allow",
      "Action": "iam:PassRole",
      "Resource": "arn:aws-us-gov:iam::123456789012:role/service-role/SageMakerExecutionRole"
    },
    {
      "Sid": "VolumeKeyGrant",
      "Effect": "Allow",
      "Action": "kms:CreateGrant",
      "Resource": "arn:aws-us-gov:kms:us-gov-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
      "Condition": {
        "StringEquals": {
          "kms:ViaService": "sagemaker.us-gov-west-1.amazonaws.com"
        },
        "Bool": {
          "kms:GrantIsForAWSResource": true
        }
      }
    },
    {
      "Sid": "TrainingJobLogs",
      "Effect": "Allow",
      "Action": [
        "logs:DescribeLogStreams",
        "logs:GetLogEvents"
      ],
      "Resource": "arn:aws-us-gov:logs:us-gov-west-1:123456789012:log-group:/aws/sagemaker/TrainingJobs:*"
    }
  ]
}
EOF

# Refuse to run while a placeholder remains, in a value or a policy.
printf '%s\n' "$region" "$account" "$execution_role_name" "$execution_role_path" "$agent_role_name" "$repository" "$bucket" >"$workdir/values"
placeholders="$(cat "$workdir/values" "$workdir"/*.json |
  { grep -oE '<[A-Z][A-Z0-9-]*>' || true; } | sort -u | paste -sd ' ' -)"
if [[ -n "$placeholders" ]]; then
  printf 'Fill in these placeholders first (on the page, or in this script): %s\n' "$placeholders" >&2
  exit 1
fi

# The policies name this account: create nothing in another.
caller_account="$(aws sts get-caller-identity --region="$region" --query Account --output text)"
if [[ "$caller_account" != "$account" ]]; then
  printf 'These credentials are for account %s; the policies are for account %s.\n' "$caller_account" "$account" >&2
  exit 1
fi

# Succeeds when the thing exists, fails when AWS answers that it does not,
# and stops on any other error.
found() {
  local missing="$1"
  shift
  if aws "$@" >"$workdir/found" 2>"$workdir/error"; then
    return 0
  fi
  if grep -qF -- "$missing" "$workdir/error"; then
    return 1
  fi
  cat "$workdir/error" >&2
  exit 1
}

# Creates the role, or replaces the trust policy of the one that exists.
ensure_role() {
  local name="$1" path="$2" trust="$3" existing_path
  if found NoSuchEntity iam get-role --role-name="$name" --region="$region" \
    --query Role.Path --output text; then
    existing_path="$(cat "$workdir/found")"
    if [[ "$existing_path" != "$path" ]]; then
      printf 'Role %s exists with path %s, not %s: its ARN is not the one the policies name.\n' \
        "$name" "$existing_path" "$path" >&2
      exit 1
    fi
    aws iam update-assume-role-policy --role-name="$name" \
      --policy-document="file://$trust" --region="$region"
    printf 'Role %s exists: trust policy updated.\n' "$name"
  else
    aws iam create-role --role-name="$name" --path="$path" \
      --assume-role-policy-document="file://$trust" --region="$region" >/dev/null
    printf 'Role %s created.\n' "$name"
  fi
}

# Creates or replaces one inline policy of a role.
put_policy() {
  aws iam put-role-policy --role-name="$1" --policy-name="$2" \
    --policy-document="file://$3" --region="$region"
  printf 'Inline policy %s of role %s written.\n' "$2" "$1"
}

# Every call names the Region: IAM is global, but --region picks the
# partition's IAM endpoint (China, GovCloud), whatever the profile's default.

# The execution role SageMaker assumes for each training job.
ensure_role "$execution_role_name" "$execution_role_path" "$workdir/execution-role-trust-policy.json"
put_policy "$execution_role_name" 'WandbLaunchExecutionRolePolicy' "$workdir/execution-role-policy.json"

# The agent's role and its two policies from "Set up SageMaker".
ensure_role "$agent_role_name" '/' "$workdir/agent-role-trust-policy.json"
put_policy "$agent_role_name" 'WandbLaunchAgentPolicy' "$workdir/agent-policy.json"
put_policy "$agent_role_name" 'WandbLaunchSageMakerPolicy' "$workdir/sagemaker-policy.json"

# The instance profile that gives EC2 instances the agent's role.
if ! found NoSuchEntity iam get-instance-profile \
  --instance-profile-name="$agent_role_name" --region="$region" \
  --query 'InstanceProfile.Roles[].RoleName' --output text; then
  aws iam create-instance-profile \
    --instance-profile-name="$agent_role_name" --region="$region" >/dev/null
  printf 'Instance profile %s created.\n' "$agent_role_name"
  : >"$workdir/found"
fi
# The text output lists the profile's roles separated by tabs.
tr '\t' '\n' <"$workdir/found" >"$workdir/profile-roles"
if ! grep -qxF -- "$agent_role_name" "$workdir/profile-roles"; then
  aws iam add-role-to-instance-profile \
    --instance-profile-name="$agent_role_name" \
    --role-name="$agent_role_name" --region="$region"
  printf 'Role %s added to its instance profile.\n' "$agent_role_name"
fi

# The ECR repository the agent pushes images to and SageMaker pulls from.
if found RepositoryNotFoundException ecr describe-repositories \
  --repository-names="$repository" --region="$region"; then
  printf 'ECR repository %s exists.\n' "$repository"
else
  aws ecr create-repository --repository-name="$repository" \
    --region="$region" >/dev/null
  printf 'ECR repository %s created.\n' "$repository"
fi

# The S3 bucket for build contexts and the jobs' output.
if found '(404)' s3api head-bucket --bucket="$bucket" --region="$region"; then
  printf 'S3 bucket %s exists.\n' "$bucket"
else
  if [[ "$region" == us-east-1 ]]; then
    aws s3api create-bucket --bucket="$bucket" --region="$region" >/dev/null
  else
    aws s3api create-bucket --bucket="$bucket" --region="$region" \
      --create-bucket-configuration="LocationConstraint=$region" >/dev/null
  fi
  printf 'S3 bucket %s created.\n' "$bucket"
fi

echo 'Done.'