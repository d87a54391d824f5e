# Run: terraform init && terraform apply, with credentials for var.account_id. It refuses to plan while a value is missing.
# Needs: Terraform >= 1.2.0, the AWS provider hashicorp/aws ~> 6.0, and credentials that may create and read IAM roles, role policies and instance profiles (with create_resources, ECR repositories and S3 buckets too).

terraform {
  required_version = ">= 1.2.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 6.0"
    }
  }
}

provider "aws" {
  region = var.region
}

variable "region" {
  description = "The AWS Region of the training jobs, the repository and the bucket."
  type        = string
  default     = "cn-north-1"

  validation {
    condition     = !can(regex("<[A-Z0-9-]+>", var.region))
    error_message = "Set region to a value, not a placeholder."
  }
}

variable "account_id" {
  description = "The AWS account the roles are created in: apply with its credentials."
  type        = string
  default     = "123456789012"

  validation {
    condition     = !can(regex("<[A-Z0-9-]+>", var.account_id))
    error_message = "Set account_id to a value, not a placeholder."
  }
}

variable "execution_role_name" {
  description = "The name of the role SageMaker assumes for each training job."
  type        = string
  default     = "SageMakerExecutionRole"

  validation {
    condition     = !can(regex("<[A-Z0-9-]+>", var.execution_role_name))
    error_message = "Set execution_role_name to a value, not a placeholder."
  }
}

variable "execution_role_path" {
  description = "The path of the execution role, from its ARN."
  type        = string
  default     = "/service-role/"

  validation {
    condition     = !can(regex("<[A-Z0-9-]+>", var.execution_role_path))
    error_message = "Set execution_role_path to a value, not a placeholder."
  }
}

variable "agent_role_name" {
  description = "The name of the role the W&B Launch agent runs with."
  type        = string
  default     = "wandb-launch-agent"

  validation {
    condition     = !can(regex("<[A-Z0-9-]+>", var.agent_role_name))
    error_message = "Set agent_role_name to a value, not a placeholder."
  }
}

variable "repository_name" {
  description = "The ECR repository of the training images."
  type        = string
  default     = "project-a/web-app"

  validation {
    condition     = !can(regex("<[A-Z0-9-]+>", var.repository_name))
    error_message = "Set repository_name to a value, not a placeholder."
  }
}

variable "bucket_name" {
  description = "The S3 bucket of the agent's build contexts and the jobs' outputs."
  type        = string
  default     = "my-launch-bucket"

  validation {
    condition     = !can(regex("<[A-Z0-9-]+>", var.bucket_name))
    error_message = "Set bucket_name to a value, not a placeholder."
  }
}

variable "create_resources" {
  description = "Also create the ECR repository and the S3 bucket (false when they exist already)."
  type        = bool
  default     = false
}

data "aws_partition" "current" {
  lifecycle {
    postcondition {
      condition     = self.partition == "aws-cn"
      error_message = "The policies are written for the aws-cn partition, and var.region is in another. Choose that Region on the page and copy main.tf again."
    }
  }
}

data "aws_caller_identity" "current" {
  lifecycle {
    postcondition {
      condition     = self.account_id == var.account_id
      error_message = "These credentials are for another account than account_id. Apply with credentials for that account."
    }
  }
}

resource "aws_iam_role" "execution" {
  name = var.execution_role_name
  path = var.execution_role_path
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "SageMakerTrainingJobs"
        Effect = "Allow"
        Principal = {
          Service = "sagemaker.amazonaws.com"
        }
        Action = "sts:AssumeRole"
        Condition = {
          StringEquals = {
            "aws:SourceAccount" = data.aws_caller_identity.current.account_id
          }
          ArnLike = {
            "aws:SourceArn" = "arn:${data.aws_partition.current.partition}:sagemaker:${var.region}:${data.aws_caller_identity.current.account_id}:training-job/*"
          }
        }
      },
    ]
  })
}

resource "aws_iam_role_policy" "execution" {
  name = "WandbLaunchExecutionRolePolicy"
  role = aws_iam_role.execution.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid      = "EcrAuthorizationToken"
        Effect   = "Allow"
        Action   = "ecr:GetAuthorizationToken"
        Resource = "*"
      },
      {
        Sid    = "EcrPullTrainingImage"
        Effect = "Allow"
        Action = [
          "ecr:BatchCheckLayerAvailability",
          "ecr:GetDownloadUrlForLayer",
          "ecr:BatchGetImage",
        ]
        Resource = "arn:${data.aws_partition.current.partition}:ecr:${var.region}:${data.aws_caller_identity.current.account_id}:repository/${var.repository_name}"
      },
      {
        Sid      = "OutputPrefixList"
        Effect   = "Allow"
        Action   = "s3:ListBucket"
        Resource = "arn:${data.aws_partition.current.partition}:s3:::${var.bucket_name}"
        Condition = {
          StringLike = {
            "s3:prefix" = "wandb/outputs/*"
          }
        }
      },
      {
        Sid    = "OutputObjects"
        Effect = "Allow"
        Action = [
          "s3:GetObject",
          "s3:PutObject",
        ]
        Resource = "arn:${data.aws_partition.current.partition}:s3:::${var.bucket_name}/wandb/outputs/*"
      },
      {
        Sid    = "TrainingJobLogs"
        Effect = "Allow"
        Action = [
          "logs:CreateLogGroup",
          "logs:CreateLogStream",
          "logs:PutLogEvents",
          "logs:DescribeLogStreams",
        ]
        Resource = "arn:${data.aws_partition.current.partition}:logs:${var.region}:${data.aws_caller_identity.current.account_id}:log-group:/aws/sagemaker/TrainingJobs:*"
      },
      {
        Sid      = "TrainingJobMetrics"
        Effect   = "Allow"
        Action   = "cloudwatch:PutMetricData"
        Resource = "*"
        Condition = {
          StringEquals = {
            "cloudwatch:namespace" = "/aws/sagemaker/TrainingJobs"
          }
        }
      },
      {
        Sid      = "VolumeKeyGrant"
        Effect   = "Allow"
        Action   = "kms:CreateGrant"
        Resource = "arn:${data.aws_partition.current.partition}:kms:${var.region}:${data.aws_caller_identity.current.account_id}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        Condition = {
          Bool = {
            "kms:GrantIsForAWSResource" = true
          }
        }
      },
    ]
  })
}

resource "aws_iam_role" "agent" {
  name = var.agent_role_name
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "Ec2InstanceProfile"
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com.cn"
        }
        Action = "sts:AssumeRole"
      },
    ]
  })
}

resource "aws_iam_role_policy" "agent" {
  name = "WandbLaunchAgentPolicy"
  role = aws_iam_role.agent.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "EcrRepository"
        Effect = "Allow"
        Action = [
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
          "ecr:GetDownloadUrlForLayer",
        ]
        Resource = "arn:${data.aws_partition.current.partition}:ecr:${var.region}:${data.aws_caller_identity.current.account_id}:repository/${var.repository_name}"
      },
      {
        Sid      = "EcrToken"
        Effect   = "Allow"
        Action   = "ecr:GetAuthorizationToken"
        Resource = "*"
      },
      {
        Sid      = "EcrLayerCheck"
        Effect   = "Allow"
        Action   = "ecr:BatchCheckLayerAvailability"
        Resource = "arn:${data.aws_partition.current.partition}:ecr:${var.region}:${data.aws_caller_identity.current.account_id}:repository/${var.repository_name}"
      },
      {
        Sid      = "ListObjectsInBucket"
        Effect   = "Allow"
        Action   = ["s3:ListBucket"]
        Resource = ["arn:${data.aws_partition.current.partition}:s3:::${var.bucket_name}"]
      },
      {
        Sid      = "AllObjectActions"
        Effect   = "Allow"
        Action   = "s3:*Object"
        Resource = ["arn:${data.aws_partition.current.partition}:s3:::${var.bucket_name}/*"]
      },
    ]
  })
}

resource "aws_iam_role_policy" "sagemaker" {
  name = "WandbLaunchSageMakerPolicy"
  role = aws_iam_role.agent.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrainingJobs"
        Effect = "Allow"
        Action = [
          "sagemaker:CreateTrainingJob",
          "sagemaker:AddTags",
          "sagemaker:DescribeTrainingJob",
          "sagemaker:StopTrainingJob",
        ]
        Resource = "arn:${data.aws_partition.current.partition}:sagemaker:${var.region}:${data.aws_caller_identity.current.account_id}:training-job/*"
      },
      {
        Sid      = "PassExecutionRole"
        Effect   = "Allow"
        Action   = "iam:PassRole"
        Resource = aws_iam_role.execution.arn
      },
      {
        Sid      = "VolumeKeyGrant"
        Effect   = "Allow"
        Action   = "kms:CreateGrant"
        Resource = "arn:${data.aws_partition.current.partition}:kms:${var.region}:${data.aws_caller_identity.current.account_id}:key/1234abcd-12ab-34cd-56ef-1234567890ab"
        Condition = {
          StringEquals = {
            "kms:ViaService" = "sagemaker.cn-north-1.amazonaws.com"
          }
          Bool = {
            "kms:GrantIsForAWSResource" = true
          }
        }
      },
      {
        Sid    = "TrainingJobLogs"
        Effect = "Allow"
        Action = [
          "logs:DescribeLogStreams",
          "logs:GetLogEvents",
        ]
        Resource = "arn:${data.aws_partition.current.partition}:logs:${var.region}:${data.aws_caller_identity.current.account_id}:log-group:/aws/sagemaker/TrainingJobs:*"
      },
    ]
  })
}

resource "aws_iam_instance_profile" "agent" {
  name = aws_iam_role.agent.name
  role = aws_iam_role.agent.name
}

resource "aws_ecr_repository" "training" {
  count = var.create_resources ? 1 : 0
  name  = var.repository_name
}

resource "aws_s3_bucket" "launch" {
  count  = var.create_resources ? 1 : 0
  bucket = var.bucket_name
}

output "execution_role_arn" {
  description = "ARN-OF-ROLE-TO-PASS: the queue’s RoleArn."
  value       = aws_iam_role.execution.arn
}

output "agent_role_arn" {
  description = "The role the W&B Launch agent runs with."
  value       = aws_iam_role.agent.arn
}

output "instance_profile_name" {
  description = "The instance profile to launch the agent’s EC2 instance with."
  value       = aws_iam_instance_profile.agent.name
}
