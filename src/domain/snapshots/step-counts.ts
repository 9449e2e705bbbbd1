/**
 * How many steps the snapshot view's fixed scenarios have, without building them, and free play's
 * interface limits (the URL codec reads these so the first page's JavaScript stays small; tests
 * check the counts against snapshotWalkthrough and restoreSteps).
 */

/** Free play's interface limits (not AWS figures): the drawing fits, a long URL stays bounded. */
export const FREE_PLAY_LIMITS = { maxSnapshots: 4, minSizeGiB: 4, maxSizeGiB: 64, maxActions: 200 } as const;

/** The walkthrough: creating the volume, then one step per block action (walkthrough-figures.ts). */
export const WALKTHROUGH_STEP_COUNT = 8;

/** The restore comparison (restore.ts): created, initialise, the application reads, reads again. */
export const RESTORE_STEP_COUNT = 4;
