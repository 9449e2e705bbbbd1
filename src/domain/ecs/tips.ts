/**
 * Exam tips for ECS and Fargate, from the study notes' ECS sections ("Elastic Container Service
 * (ECS) Concepts", "ECS Cluster Mode", "EC2 vs ECS(EC2) vs Fargate"), each checked against
 * aws-facts §10, and the remarks where aws-facts ("Where the notes disagree", items 47-49) corrects
 * or confirms the notes: two modes -> three launch types (in both editions: the ECS guide read in
 * 2023 already lists External, so the 2021 tip "two modes" cites the notes alone); "pay for what you
 * use" -> billed on the requested vCPU and memory (third-party pages only); an ENI per Fargate task
 * (correct). Prices: third-party (vantage.sh), as in catalog/fargate.ts.
 *
 * Sources are printed as a learner reads them: the public page's name, then the reference the link
 * parser opens (catalog/source-links.ts: "ECS23 <file>.md", a bare address); no fact-base item numbers.
 */
import { FARGATE_PRICES } from '../catalog/fargate';
import type { ExamTip, NotesRemark } from '../exam/ebs-tips';
import type { Edition } from '../types';

const CONCEPTS = 'the study notes, "ECS Concepts"';
const MODES = 'the study notes, "ECS Cluster Mode"';
const CHOOSING = 'the study notes, "EC2 vs ECS(EC2) vs Fargate"';
const GUIDE = 'ECS Developer Guide';
const LAUNCH_TYPES = `${GUIDE}, launch types: ECS23 launch_types.md`;
const FARGATE_PAGE = `${GUIDE}, AWS Fargate: ECS23 AWS_Fargate.md`;
const VANTAGE = 'Vantage, Fargate pricing: vantage.sh/blog/fargate-pricing';
const CLOUDBURN = 'CloudBurn: cloudburn.io';

/** A remark with the words that introduce its correction: whose word it is. */
export interface EcsNotesRemark extends NotesRemark {
  /** "AWS:", "AWS agrees:" or "Third-party sources:": every ECS remark names whose word it is. */
  label: string;
}

export function ecsExamTips(edition: Edition): ExamTip[] {
  return [
    {
      id: 'ecs-building-blocks',
      text: 'A container definition names an image in a registry (ECR, Docker Hub) and its ports; a task definition holds one or more containers with the task\'s CPU, memory, network mode, compatibility and task role; a service runs a desired count of copies of a task; tasks and services run in a cluster.',
      source: `${CONCEPTS}; ${GUIDE}, task definitions: ECS23 task_definitions.md`,
    },
    {
      id: 'ecs-task-role',
      text: 'The task role is the IAM role the containers in a task assume for temporary credentials: the best-practice way to give containers access to AWS services. The task execution role is a different role, which ECS uses to pull images and send logs.',
      source: `${CONCEPTS}; ${GUIDE}, task IAM role: ECS23 task-iam-roles.md; task definition parameters: ECS23 task_definition_parameters.md`,
    },
    {
      id: 'ecs-service-ha',
      text: 'A task on its own neither scales nor is highly available: a service keeps the desired number of copies running, spread across the AZs of the cluster\'s VPC, optionally behind a load balancer.',
      source: `${CONCEPTS}; ${GUIDE}, task definitions (a service maintains the desired count): ECS23 task_definitions.md`,
    },
    edition === 'current'
      ? {
        id: 'ecs-launch-types',
        text: 'Three launch types: EC2 (your container instances, whose capacity you manage), Fargate (serverless: AWS\'s shared infrastructure) and External (ECS Anywhere: your own on-premises servers).',
        source: LAUNCH_TYPES,
      }
      : {
        id: 'ecs-launch-types',
        text: 'Two modes: EC2 mode (EC2 container instances in an Auto Scaling group, whose capacity you manage) and Fargate mode (serverless: AWS\'s shared infrastructure).',
        // The notes alone: the ECS guide lists three launch types (see the remark).
        source: MODES,
      },
    {
      id: 'ecs-ec2-mode',
      text: 'EC2 mode is not serverless: you manage the cluster\'s capacity and pay for the container instances whether tasks run on them or not; in return you can use Spot and Reserved pricing.',
      source: `${MODES}; Amazon EC2 User Guide, Spot Instances: UG21 using-spot-instances.md; Reserved Instances: UG21 ec2-reserved-instances.md`,
    },
    {
      id: 'ecs-fargate-eni',
      text: 'Fargate tasks use the awsvpc network mode: each task is given its own elastic network interface with an IP address in your VPC, and a load balancer reaches it through target type ip.',
      source: FARGATE_PAGE,
    },
    {
      id: 'ecs-fargate-billing',
      text: `Fargate bills the vCPU and memory a task requests, per second with a 1-minute minimum, not what it uses: $${FARGATE_PRICES.usdPerVcpuHour} per vCPU-hour and $${FARGATE_PRICES.usdPerGBHour} per GB-hour in us-east-1 (Linux/x86, third-party figures).`,
      source: `third-party: ${VANTAGE}; ${CLOUDBURN}`,
    },
    {
      id: 'ecs-choose',
      text: 'Already using containers: use ECS. A large workload and a price-conscious business: EC2 mode. Large but overhead-conscious, small, bursty or batch workloads: Fargate.',
      source: `${CHOOSING}; the Fargate prices behind it: ${VANTAGE} (third-party)`,
    },
  ];
}

const REMARKS: readonly (EcsNotesRemark & { editions: readonly Edition[] })[] = [
  {
    id: 'n47', editions: ['saa-c02', 'current'], label: 'AWS:',
    notesSay: '"ECS uses clusters which run in one of two modes" (EC2 mode and Fargate mode).',
    correction: 'The notes say two; the ECS guide lists three launch types, including External: EC2, Fargate and External (ECS Anywhere, for your on-premises servers or VMs).',
    source: LAUNCH_TYPES,
  },
  {
    id: 'n48', editions: ['saa-c02', 'current'], label: 'Third-party sources:',
    notesSay: '"You only pay for the container resources you use" (Fargate).',
    correction: 'Fargate bills the vCPU and memory each task requests, per second with a 1-minute minimum, whether or not the containers use them.',
    source: `third-party: ${CLOUDBURN}; ${VANTAGE}`,
  },
  {
    id: 'n49', editions: ['saa-c02', 'current'], label: 'AWS agrees:',
    notesSay: '"Each task is given an elastic network interface which has an IP address within the VPC" (Fargate).',
    correction: 'Fargate requires the awsvpc network mode, so every task gets its own ENI in your VPC.',
    source: FARGATE_PAGE,
  },
];

export function ecsNotesRemarks(edition: Edition): EcsNotesRemark[] {
  return REMARKS.filter((r) => r.editions.includes(edition))
    .map(({ id, label, notesSay, correction, source }) => ({ id, label, notesSay, correction, source }));
}
