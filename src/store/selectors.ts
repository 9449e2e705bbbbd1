/** Small named selectors. Each returns a stored value as is, never a new object or array. */
import type { AppState } from './app-state';

export const selectRoute = (s: AppState) => s.route;
export const selectEdition = (s: AppState) => s.edition;
export const selectNotices = (s: AppState) => s.notices;
export const selectVolume = (s: AppState) => s.ebs.volume;
export const selectVolumeType = (s: AppState) => s.ebs.volume.type;
export const selectInstance = (s: AppState) => s.ebs.instance;
export const selectVolumeCount = (s: AppState) => s.ebs.volumeCount;
export const selectHoursPerMonth = (s: AppState) => s.ebs.hoursPerMonth;
export const selectShowCalculation = (s: AppState) => s.ebs.showCalculation;
export const selectChartMetric = (s: AppState) => s.ebs.chartMetric;
export const selectNeed = (s: AppState) => s.ebs.need;
export const selectEbsAdjustments = (s: AppState) => s.ebsAdjustments;
export const selectBurstVolume = (s: AppState) => s.burst.volume;
export const selectBurstPreset = (s: AppState) => s.burst.preset;
export const selectPlayhead = (s: AppState) => s.burst.playheadSeconds;
export const selectStartBalance = (s: AppState) => s.burst.startBalancePercent;
export const selectSnapshotInProgress = (s: AppState) => s.burst.snapshotInProgress;
export const selectBurstMessages = (s: AppState) => s.burstMessages;
export const selectBurstSegments = (s: AppState) => s.burst.segments;
