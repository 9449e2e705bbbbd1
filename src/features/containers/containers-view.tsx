import { useMemo } from 'react';
import { TipsPanel } from '../../components/tips-panel';
import { containersExamTips, containersNotesRemarks } from '../../domain';
import { DockerfilePanel } from './dockerfile-panel';
import { HostPanel } from './host-panel';
import { ImageProvider } from './use-image';
import { LayerStackPanel } from './layer-stack-panel';
import { RegistryPanel } from './registry-panel';
import { VmPanel } from './vm-panel';

export default function ContainersView() {
  const tips = useMemo(() => containersExamTips(), []);
  const remarks = useMemo(() => containersNotesRemarks(), []);
  return (
    <div className="space-y-6">
      <div className="max-w-3xl space-y-2">
        <h1 tabIndex={-1} className="text-2xl font-bold tracking-tight sm:text-3xl">Containers and image layers</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Many apps on one OS instead of one OS each, and an image as a stack of read-only layers that containers, images and registries share.
        </p>
      </div>
      <VmPanel />
      <ImageProvider>
        <DockerfilePanel />
        <div className="grid gap-6 xl:grid-cols-2 [&>*]:min-w-0">
          <LayerStackPanel />
          <HostPanel />
        </div>
        <RegistryPanel />
      </ImageProvider>
      <TipsPanel title="Exam tips: containers" tips={tips} remarks={remarks} correctionLabel="Sources:" />
    </div>
  );
}
