import { useEffect, useMemo } from 'react';
import { TipsPanel } from '../../components/tips-panel';
import { fargateSizeValid, nearestFargateSize } from '../../domain/ecs/fargate';
import { ecsExamTips, ecsNotesRemarks } from '../../domain/ecs/tips';
import { selectEdition } from '../../store/selectors';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { EcsBuilder } from './ecs-builder';
import { EcsCostPanel } from './ecs-cost-panel';
import { FargateSizesPanel } from './fargate-sizes-panel';
import { LaunchTypesPanel } from './launch-types-panel';

export default function EcsView() {
  const edition = useAppStore(selectEdition);
  const store = useAppStoreApi();
  const tips = useMemo(() => ecsExamTips(edition), [edition]);
  const remarks = useMemo(() => ecsNotesRemarks(edition), [edition]);
  useEffect(() => {
    // A link's Fargate size is checked here, where the size table is loaded: an invalid pair becomes the nearest valid one.
    const { ecs, fixTaskSize } = store.getState();
    if (ecs.launchType !== 'FARGATE') return;
    const check = fargateSizeValid(ecs.cpuUnits, ecs.memoryMiB, edition);
    if (check.valid) return;
    const near = nearestFargateSize(ecs.cpuUnits, ecs.memoryMiB, edition);
    fixTaskSize(near.cpuUnits, near.memoryMiB, check.reason ?? 'That is not a Fargate task size.');
  }, [store, edition]);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">ECS on EC2 and on Fargate</h1>
        <p className="text-slate-700 dark:text-slate-300">
          ECS runs containers for you: a container definition names the image and its ports, a task definition groups containers with
          their CPU, memory, network mode and roles, a service keeps a number of tasks running across AZs, and a cluster provides the
          capacity — EC2 instances you manage, or Fargate's shared infrastructure. Build one and price it both ways.
        </p>
      </div>
      <EcsBuilder />
      <EcsCostPanel />
      <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
        <LaunchTypesPanel />
        <FargateSizesPanel />
      </div>
      <TipsPanel title="Exam tips: ECS" tips={tips} remarks={remarks} />
    </div>
  );
}
