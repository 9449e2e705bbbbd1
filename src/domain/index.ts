/**
 * The domain's public face: pure functions over plain data, documented in docs/model.md.
 * Nothing here touches React, the store, the DOM, the clock or randomness.
 */
export type { Edition, Volume, VolumeType, VolumeField } from './types';
export { EDITIONS, VOLUME_TYPES, isEdition, isVolumeType } from './types';
export { numberFormat } from './format';

export { SOURCES, PRICES_AS_OF } from './catalog/sources';
export type { VolumeSpec } from './catalog/volume-specs';
export { volumeSpec, volumeTypesFor, GP2_MODEL, HDD_MODEL, IO_SIZE, MULTI_ATTACH } from './catalog/volume-specs';
export type { EbsPriceTable, EbsPriceRow, IopsTier } from './catalog/ebs-prices';
export { ebsPrices, EBS_PRICE_SOURCES, BILLING } from './catalog/ebs-prices';
export type { InstanceType, InstanceEbsLimit } from './catalog/instance-limits';
export { INSTANCE_TYPES, instanceTypesFor, findInstanceType } from './catalog/instance-limits';
export { firstInstanceName, isInstanceName } from './catalog/instance-names';

export type { VolumeRules, ProvisioningRange, VolumeIssue } from './ebs/rules';
export { volumeRules, provisioningRange, validateVolume, provisions } from './ebs/rules';
export type { Adjustment } from './ebs/clamp';
export { clampVolume } from './ebs/clamp';
export type { VolumePerformance } from './ebs/performance';
export { volumePerformance, baselineOf } from './ebs/performance';
export type { Limit, LimitKind, PerformanceExplanation } from './ebs/explain';
export { explainPerformance } from './ebs/explain';
export type { CostOptions, MonthlyCost, CostLine } from './ebs/cost';
export { monthlyCost, costLines, billedFraction } from './ebs/cost';
export type { Need, CompareRow } from './ebs/compare';
export { compareTypes, smallestConfiguration } from './ebs/compare';
export type { InstanceFit, FitFigure, Bottleneck } from './ebs/instance-fit';
export { instanceFit, instanceSupportsType, mbpsToMiBps } from './ebs/instance-fit';
export type { EnvelopeMetric, EnvelopePoint, Landmark } from './ebs/envelope';
export { performanceEnvelope, landmarks, envelopeLabels } from './ebs/envelope';
export type { ExamTip, NotesRemark } from './exam/ebs-tips';
export { ebsExamTips, ebsNotesRemarks } from './exam/ebs-tips';

export type {
  WorkloadSegment, BurstVolumeType, SimulationOptions, TimelinePoint, CreditEvent, CreditSimulation,
  Gp3Comparison, PresetId, WorkloadPreset,
} from './burst/types';
export { BURST_VOLUME_TYPES } from './burst/types';
export type { CreditBucket } from './burst/bucket';
export { creditBucket, isBurstVolumeType } from './burst/bucket';
export { simulateCredits } from './burst/simulate';
export { stateAt, downsample } from './burst/timeline';
export { fullScanSeconds, worstCaseScanSeconds, HDD_DESIGN_TARGET } from './burst/scan';
export { gp3Comparison } from './burst/gp3';
export { WORKLOAD_PRESETS, presetWorkload, presetsFor } from './burst/presets';
export type { WorkloadValidation } from './burst/workload';
export {
  MAX_SEGMENTS, MAX_WORKLOAD_SECONDS, MIN_SEGMENT_SECONDS, MAX_DEMAND, DEFAULT_SEGMENT_SECONDS,
  validateWorkload, mergeSegments,
} from './burst/workload';

export type { Machine, Transition, EventResult, Step, Describe, ScenarioEntry, StepContext, RunAttemptsOptions } from './stepper/machine';
export { isTotal, machineProblems, tryEvent, runScenario, runAttempts } from './stepper/machine';
export type { MachineDefinition } from './stepper/define-machine';
export { defineMachine } from './stepper/define-machine';
export type { SnapshotTier, SnapshotPrices, FsrLimits } from './catalog/snapshot-prices';
export { SNAPSHOT_PRICES, FSR_LIMITS, SNAPSHOT_PRICE_SOURCES } from './catalog/snapshot-prices';
export type { SnapshotDelta, SnapshotStorage, ArchiveCost } from './snapshots/storage';
export { snapshotStorage, storedAfterDeletingOldest, gbMonths, snapshotMonthlyCost, archiveStorageCost } from './snapshots/storage';
export type { FsrCreditBucket, FsrUsage } from './snapshots/fsr';
export { fsrCreditBucket, fsrCost, fsrQuota, fsrOptimisationMinutes } from './snapshots/fsr';
export type { SnapshotState, SnapshotEvent } from './snapshots/lifecycle';
export {
  SNAPSHOT_STATES, SNAPSHOT_EVENTS, SNAPSHOT_MACHINE, STANDARD_SNAPSHOT_SCENARIO, STANDARD_SCENARIO_FIGURES,
  describeSnapshotStep, standardSnapshotSteps,
} from './snapshots/lifecycle';
export type { BlockAction, BlockFrame, LiveSnapshot, BlockResult } from './snapshots/blocks';
export { emptyFrame, applyBlockAction, usedBlocksOf } from './snapshots/blocks';
export type { Replay, RefusedAction } from './snapshots/replay';
export { replayActions, clampFreePlaySize } from './snapshots/replay';
export type { FreePlayState, FreePlayEvent, PlayStep, FreePlayRun } from './snapshots/free-play';
export { FREE_PLAY_MACHINE, FREE_PLAY_LIMITS, controlStateOf, runFreePlay, encodeActions, parseActions } from './snapshots/free-play';
export type { WalkthroughFigures, WalkthroughStep } from './snapshots/walkthrough';
export { clampFigures, walkthroughActions, snapshotWalkthrough, WALKTHROUGH_LIMITS, WALKTHROUGH_STEP_COUNT } from './snapshots/walkthrough';
export type { RestoreMethod, RestoreLane, RestoreStep, RestoreInput, RestoreFigures } from './snapshots/restore';
export { restoreMethodsFor, restoreSteps, restoreFigures, initializationRate, RESTORE_STEP_COUNT } from './snapshots/restore';
export { snapshotExamTips, snapshotNotesRemarks } from './exam/snapshot-tips';

export type { EncryptionState, EncryptionEvent } from './encryption/machine';
export { ENCRYPTION_MACHINE, ENCRYPTION_STATES, ENCRYPTION_EVENTS, REMOVE_ENCRYPTION_REFUSAL } from './encryption/machine';
export type { KeyChoice, EncryptionBranch, EncryptionInputs, EncryptionStep } from './encryption/scenario';
export { KEY_CHOICES, ENCRYPTION_BRANCHES, branchLabel, encryptionSteps, encryptionStepCount } from './encryption/scenario';
export type { EncryptionScene, SceneVolume, SceneSnapshot, SceneElement } from './encryption/scene';
export { encryptionExamTips, encryptionNotesRemarks } from './encryption/tips';

export type { AmiState, AmiEvent } from './ami/machine';
export { AMI_MACHINE, AMI_STATES, AMI_EVENTS, EDIT_AMI_REFUSAL, PRIVATE_AMI_REFUSAL } from './ami/machine';
export type { AmiInputs, AmiPermission, AzLetter, CopyRegion, AmiScenarioEntry } from './ami/inputs';
export { DEFAULT_AMI_INPUTS, AMI_LIMITS, AMI_PERMISSIONS, AZ_LETTERS, COPY_REGIONS, clampAmiInputs, amiScenario, amiStepCount } from './ami/inputs';
export { AMI_STEP_SOURCES } from './ami/step-sources';
export type { AmiStep } from './ami/scenario';
export { amiSteps, runAmiScenario } from './ami/scenario';
export type { AmiScene, SceneInstance as AmiSceneInstance, SceneAmi, SceneRegion as AmiSceneRegion, SceneSnapshot as AmiSceneSnapshot } from './ami/scene';
export { idFactory } from './ami/ids';
export type { AmiStorageCost, AmiRegionCost } from './ami/billing';
export { amiStorageCost } from './ami/billing';
export { amiExamTips, amiNotesRemarks } from './ami/tips';

export type { Instruction, DockerfileLayer, DockerfileError, ParsedDockerfile } from './containers/dockerfile';
export { parseDockerfile, isFilesystemInstruction } from './containers/dockerfile';
export type { ImageLayer, LayerFile } from './containers/layers';
export { estimateLayers, wastedSpace, imageSizeMB } from './containers/layers';
export type { ContainerRW } from './containers/image-store';
export { hostStorage, writeToContainer } from './containers/image-store';
export { transfer, canPull } from './containers/registry';
export { compareVmsAndContainers, VM_ASSUMPTIONS } from './containers/vm-compare';
export { DOCKERFILE_SAMPLES, dockerfileSample } from './containers/samples';
export { CONTAINER_SAMPLE_IDS } from './containers/sample-ids';
export { containersExamTips, containersNotesRemarks } from './containers/tips';
export { FARGATE_SIZES, FARGATE_SIZES_NOTE, FARGATE_PRICES, fargateSizesFor } from './catalog/fargate';
export { fargateSizeValid, nearestFargateSize, fargateMonthlyCost } from './ecs/fargate';
export type { LaunchType, NetworkMode } from './ecs/launch-types';
export { launchTypesFor, LAUNCH_TYPE_FACTS } from './ecs/launch-types';
export type { ContainerDefinition, TaskDefinition, ServiceDefinition } from './ecs/model';
export { validateEcs, placeTasks } from './ecs/model';
export type { EcsWorkload, Ec2Mode, WorkloadShape } from './ecs/cost';
export { ecsCostComparison, EC2_MODE_SOURCES } from './ecs/cost';
export { ecsExamTips, ecsNotesRemarks } from './ecs/tips';
export type { ContainerSampleId } from './containers/sample-ids';
export type { RepositoryVisibility } from './containers/registry';
export type { LayerSizeOverrides } from './containers/layers';
export { NETWORK_MODES } from './ecs/launch-types';
export { WORKLOAD_SHAPES, DEFAULT_EC2_MODE } from './ecs/cost';
export type { SourcePart, SourceReference } from './catalog/source-links';
export { sourceParts, sourceReferences, EBS_PRICING_PAGE } from './catalog/source-links';
export { shortId, fullIdOnce } from './ami/ids';
export { permissionTag } from './ami/scene';
export type { InitializationRateFigures } from './snapshots/restore-figures';
export { clampInitializationRate } from './snapshots/restore-figures';
export type { FsrBenefit } from './snapshots/fsr';
export { fsrBenefit } from './snapshots/fsr';
export type { SnapshotVolumeType, VolumeStorageCost } from './snapshots/storage';
export { volumeStorageCost, SNAPSHOT_VOLUME_TYPES } from './snapshots/storage';
export type { VolumeInitializationRate } from './catalog/snapshot-prices';
export { VOLUME_INITIALIZATION_RATE } from './catalog/snapshot-prices';
export type { IoPattern } from './ebs/io-pattern';
export { IO_PATTERNS, countedIops, hddRefusal, ioUnitKiB, movedMiBps } from './ebs/io-pattern';
export type { SizedNeed } from './ebs/compare';
export { sizedNeed } from './ebs/compare';
export type { RunnableEcs } from './ecs/runnable';
export { runnableEcs } from './ecs/runnable';
export type { CapacityOptionFacts } from './ecs/launch-types';
export { capacityOptionsFor, MANAGED_INSTANCES_FACTS } from './ecs/launch-types';
export { FARGATE_SIZES_ERA_SOURCE } from './catalog/fargate';
export { NEWER_INSTANCES } from './catalog/instance-limits';
export { BURST_SOURCES } from './burst/sources';
export type { DataKeyPlace, SceneLink } from './encryption/scene';
export { describeEncryptionScene, dataKeyPlaceText, LINK_LABELS as ENCRYPTION_LINK_LABELS } from './encryption/describe';
export type { EcsNotesRemark } from './ecs/tips';
export { vmAssumptionsText } from './containers/vm-compare';
export { scanFinishSeconds } from './burst/scan-finish';
export { hddFirstRowRemark, HDD_FIRST_ROW_GIB } from './ebs/hdd-table-row';
export { amiStepSource } from './ami/step-sources';
