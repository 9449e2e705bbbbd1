/**
 * How many steps the snapshot view's fixed scenarios have, without building them (the URL codec
 * counts steps with these so the first page's JavaScript stays small; tests check them against
 * snapshotWalkthrough and restoreSteps).
 */

/** The walkthrough: creating the volume, then one step per block action (walkthrough-figures.ts). */
export const WALKTHROUGH_STEP_COUNT = 8;

/** The restore comparison (restore.ts): created, initialise, the application reads, reads again. */
export const RESTORE_STEP_COUNT = 4;
