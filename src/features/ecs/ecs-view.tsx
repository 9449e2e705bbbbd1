import { useMemo } from 'react';
import { TipsPanel } from '../../components/tips-panel';
import { ecsExamTips, ecsNotesRemarks } from '../../domain';
import { useEdition } from '../../store/view-hooks';
import { EcsBuilder } from './ecs-builder';
import { EcsCostPanel } from './ecs-cost-panel';
import { FargateSizesPanel } from './fargate-sizes-panel';
import { LaunchTypesPanel } from './launch-types-panel';

export default function EcsView() {
  const edition = useEdition();
  const tips = useMemo(() => ecsExamTips(edition), [edition]);
  const remarks = useMemo(() => ecsNotesRemarks(edition), [edition]);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-1">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">ECS on EC2 and on Fargate</h1>
        <p className="text-sm text-slate-700 sm:text-base dark:text-slate-300">A service keeps its tasks running across AZs on the cluster's capacity: build one, see what ECS would run, and price it both ways.</p>
      </div>
      <EcsBuilder />
      <p className="max-w-3xl text-slate-700 dark:text-slate-300">
        A container definition names the image and its ports, a task definition groups containers with their CPU, memory, network
        mode and roles, a service keeps a number of tasks running across AZs, and a cluster provides the capacity — EC2 instances you
        manage, or Fargate's shared infrastructure.
      </p>
      <EcsCostPanel />
      <div className="grid gap-6 [&>*]:min-w-0">
        <LaunchTypesPanel />
        <FargateSizesPanel />
      </div>
      <TipsPanel title="Exam tips: ECS" tips={tips} remarks={remarks} />
    </div>
  );
}
