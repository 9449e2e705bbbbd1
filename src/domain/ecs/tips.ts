/**
 * Exam tips for ECS and Fargate, from the seed notes' ECS sections ("Elastic Container Service (ECS)
 * Concepts", "ECS Cluster Mode", "EC2 vs ECS(EC2) vs Fargate"), each checked against aws-facts §10,
 * and the remarks where aws-facts ("Where the notes disagree", items 47-49) corrects or confirms
 * the notes: two modes -> three launch types (current edition only: the 2021 notes' two modes are
 * that era's framing); "pay for what you use" -> billed on the requested vCPU and memory; an ENI
 * per Fargate task (correct). Prices: third-party (vantage.sh), as in catalog/fargate.ts.
 */
import { FARGATE_PRICES } from '../catalog/fargate';
import type { ExamTip, NotesRemark } from '../exam/ebs-tips';
import type { Edition } from '../types';

const CONCEPTS = 'seed notes (ECS Concepts)';
const MODES = 'seed notes (ECS Cluster Mode)';
const CHOOSING = 'seed notes (EC2 vs ECS(EC2) vs Fargate)';

export function ecsExamTips(edition: Edition): ExamTip[] {
  return [
    {
      id: 'ecs-building-blocks',
      text: 'A container definition names an image in a registry (ECR, Docker Hub) and its ports; a task definition holds one or more containers with the task\'s CPU, memory, network mode, compatibility and task role; a service runs a desired count of copies of a task; tasks and services run in a cluster.',
      source: `${CONCEPTS}; aws-facts §10 (ECS23 task_definitions.md)`,
    },
    {
      id: 'ecs-task-role',
      text: 'The task role is the IAM role the containers in a task assume for temporary credentials: the best-practice way to give containers access to AWS services. The task execution role is a different role, which ECS uses to pull images and send logs.',
      source: `${CONCEPTS} (EXAM); aws-facts §10 (ECS23 task-iam-roles.md, task_definition_parameters.md)`,
    },
    {
      id: 'ecs-service-ha',
      text: 'A task on its own neither scales nor is highly available: a service keeps the desired number of copies running, spread across the AZs of the cluster\'s VPC, optionally behind a load balancer.',
      source: `${CONCEPTS}; aws-facts §10 (ECS23 task_definitions.md: a service maintains the desired count)`,
    },
    edition === 'current'
      ? {
        id: 'ecs-launch-types',
        text: 'Three launch types: EC2 (your container instances, whose capacity you manage), Fargate (serverless: AWS\'s shared infrastructure) and External (ECS Anywhere: your own on-premises servers).',
        source: 'aws-facts §10, item 47 (ECS23 launch_types.md)',
      }
      : {
        id: 'ecs-launch-types',
        text: 'Two modes: EC2 mode (EC2 container instances in an Auto Scaling group, whose capacity you manage) and Fargate mode (serverless: AWS\'s shared infrastructure).',
        source: `${MODES}; aws-facts §10 (ECS23 launch_types.md)`,
      },
    {
      id: 'ecs-ec2-mode',
      text: 'EC2 mode is not serverless: you manage the cluster\'s capacity and pay for the container instances whether tasks run on them or not; in return you can use Spot and Reserved pricing.',
      source: `${MODES}; aws-facts §3.4`,
    },
    {
      id: 'ecs-fargate-eni',
      text: 'Fargate tasks use the awsvpc network mode: each task is given its own elastic network interface with an IP address in your VPC, and a load balancer reaches it through target type ip.',
      source: 'aws-facts §10, item 49 (ECS23 AWS_Fargate.md)',
    },
    {
      id: 'ecs-fargate-billing',
      text: `Fargate bills the vCPU and memory a task requests, per second with a 1-minute minimum, not what it uses: $${FARGATE_PRICES.usdPerVcpuHour} per vCPU-hour and $${FARGATE_PRICES.usdPerGBHour} per GB-hour in us-east-1 (Linux/x86, third-party figures).`,
      source: 'aws-facts §10, item 48 (third-party vantage.sh/blog/fargate-pricing, cloudburn.io)',
    },
    {
      id: 'ecs-choose',
      text: 'Already using containers: use ECS. A large workload and a price-conscious business: EC2 mode. Large but overhead-conscious, small, bursty or batch workloads: Fargate.',
      source: `${CHOOSING}; the prices behind it: aws-facts §3.4 (EC2, third-party), vantage.sh/blog/fargate-pricing (Fargate, third-party)`,
    },
  ];
}

const REMARKS: readonly (NotesRemark & { editions: readonly Edition[] })[] = [
  {
    id: 'n47', editions: ['current'],
    notesSay: '"ECS uses clusters which run in one of two modes" (EC2 mode and Fargate mode).',
    correction: 'ECS has three launch types: EC2, Fargate and External (ECS Anywhere, for your on-premises servers or VMs).',
    source: 'aws-facts "Where the notes disagree" 47 (ECS23 launch_types.md)',
  },
  {
    id: 'n48', editions: ['saa-c02', 'current'],
    notesSay: '"You only pay for the container resources you use" (Fargate).',
    correction: 'Fargate bills the vCPU and memory each task requests, per second with a 1-minute minimum, whether or not the containers use them.',
    source: 'aws-facts "Where the notes disagree" 48 (third-party cloudburn.io, vantage.sh/blog/fargate-pricing)',
  },
  {
    id: 'n49', editions: ['saa-c02', 'current'],
    notesSay: '"Each task is given an elastic network interface which has an IP address within the VPC" (Fargate).',
    correction: 'Correct: Fargate requires the awsvpc network mode, so every task gets its own ENI in your VPC.',
    source: 'aws-facts "Where the notes disagree" 49 (ECS23 AWS_Fargate.md)',
  },
];

export function ecsNotesRemarks(edition: Edition): NotesRemark[] {
  return REMARKS.filter((r) => r.editions.includes(edition))
    .map(({ id, notesSay, correction, source }) => ({ id, notesSay, correction, source }));
}
