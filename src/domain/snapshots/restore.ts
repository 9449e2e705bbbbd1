/**
 * Restoring a snapshot, side by side: one volume created from a snapshot four ways, stepped together
 * (shared/aws-facts.md §4, §3.3 example 12; UG21 EBSSnapshots.md, ebs-initialize.md; UG21 & UG23
 * ebs-fast-snapshot-restore.md; PRICE25). One drawn block = 1 GiB.
 *
 *   lazy        blocks stay in S3 until first read; a first read fetches the block from S3 with
 *               "a significant increase in the latency", later reads come from EBS
 *   initialise  dd or fio (fio is faster: multi-threaded) reads every block once first
 *   fsr         Fast Snapshot Restore: every block initialised at creation (one credit per volume)
 *   rate        Provisioned Rate for Volume Initialization (current edition only): the volume
 *               downloads its data at the chosen R MiB/s (100 to 300, 300 by default), ready after
 *               usedGiB x 1024 / R seconds (restore-figures.ts)
 *
 * Steps: 0 created, 1 initialise, 2 the application reads readOrder, 3 it reads them again.
 * Never-written blocks need no initialisation, so they are ready from the start in every lane.
 * Provisioned IOPS volumes may drop below 50 % of their IOPS while initialising (UG21).
 * No latency or S3 rate is invented: AWS publishes none for lazy loading or dd / fio.
 */
import { fmt } from '../format';
import type { Edition } from '../types';
import { initializationRate } from './restore-figures';

export { restoreFigures, initializationRate, clampInitializationRate, MB_PER_GIB } from './restore-figures';
export { RESTORE_STEP_COUNT } from './step-counts';
export type { RestoreFigures, InitializationRateFigures } from './restore-figures';

export type RestoreMethod = 'lazy' | 'initialise' | 'fsr' | 'rate';

/** The methods an edition offers: the provisioned rate did not exist in 2021. */
export function restoreMethodsFor(edition: Edition): RestoreMethod[] {
  return edition === 'current' ? ['lazy', 'initialise', 'fsr', 'rate'] : ['lazy', 'initialise', 'fsr'];
}

export interface BlockRead { block: number; from: 's3' | 'ebs' }

export interface RestoreLane {
  method: RestoreMethod;
  /** Per block, after this step: true once the block can be read from EBS without S3. */
  initialised: readonly boolean[];
  /** Reads issued in this step (by the application, or by dd / fio), in order, and where each was served from. */
  reads: readonly BlockRead[];
  /** Blocks brought from S3 onto the volume in this step (first reads, dd / fio, or the provisioned rate's download). */
  fetchedBlocks: readonly number[];
  /** Seconds this step takes, where AWS publishes a rate (the provisioned rate's download); null otherwise. */
  seconds: number | null;
  caption: string;
}

export interface RestoreStep { index: number; title: string; explanation: string; lanes: readonly RestoreLane[] }

export interface RestoreInput {
  sizeGiB: number;
  usedBlocks: readonly number[];
  readOrder: readonly number[];
  /** The provisioned initialization rate, MiB/s (current edition; 300 when not given). */
  rateMiBps?: number;
}

function checkInput({ sizeGiB, usedBlocks, readOrder }: RestoreInput): void {
  if (!Number.isInteger(sizeGiB) || sizeGiB < 1) throw new Error(`A restored volume needs a whole, positive size in GiB, not ${String(sizeGiB)}`);
  for (const b of [...usedBlocks, ...readOrder]) {
    if (!Number.isInteger(b) || b < 0 || b >= sizeGiB) throw new Error(`Block ${String(b)} is not on a ${sizeGiB} GiB volume (blocks 0 to ${sizeGiB - 1})`);
  }
}

interface LaneState { method: RestoreMethod; initialised: boolean[] }

function lane(state: LaneState, caption: string, reads: BlockRead[] = [], fetchedBlocks: number[] = [], seconds: number | null = null): RestoreLane {
  return { method: state.method, initialised: [...state.initialised], reads, fetchedBlocks, seconds, caption };
}

/** The application reads `order`: a block not yet initialised is fetched from S3 on its first read. */
function readAll(state: LaneState, order: readonly number[]): { reads: BlockRead[]; fetched: number[] } {
  const reads: BlockRead[] = [];
  const fetched: number[] = [];
  for (const block of order) {
    if (state.initialised[block] === true) {
      reads.push({ block, from: 'ebs' });
    } else {
      reads.push({ block, from: 's3' });
      fetched.push(block);
      state.initialised[block] = true;
    }
  }
  return { reads, fetched };
}

function gib(n: number): string {
  return `${fmt(n)} GiB`;
}

function readCaption(reads: readonly BlockRead[]): string {
  if (reads.length === 0) return 'The application reads nothing.';
  const slow = reads.filter((r) => r.from === 's3').length;
  const fast = reads.length - slow;
  if (slow === 0) return `All ${fmt(reads.length)} reads come from EBS.`;
  const waits = `${fmt(slow)} first ${slow === 1 ? 'read waits' : 'reads wait'} for S3, "a significant increase in the latency"`;
  return fast === 0 ? `${waits}.` : `${waits}; ${fmt(fast)} ${fast === 1 ? 'read comes' : 'reads come'} from EBS.`;
}

/** The four steps of the comparison, one lane per method the edition offers. */
export function restoreSteps(input: RestoreInput, edition: Edition): RestoreStep[] {
  checkInput(input);
  const { sizeGiB, readOrder } = input;
  const used = new Set(input.usedBlocks);
  const usedGiB = used.size;
  const usedInOrder = [...used].sort((a, b) => a - b);
  const rate = initializationRate(usedGiB, edition, input.rateMiBps);
  const states: LaneState[] = restoreMethodsFor(edition).map((method) => ({
    method,
    initialised: Array.from({ length: sizeGiB }, (_, b) => method === 'fsr' || !used.has(b)),
  }));

  const created = states.map((s) => lane(s, {
    lazy: `Available at once, but its ${gib(usedGiB)} of data are still in S3.`,
    initialise: `Available at once, but its ${gib(usedGiB)} of data are still in S3 until dd or fio reads them.`,
    fsr: 'FSR is enabled on the snapshot in this AZ: every block is initialised at creation, for one of the bucket\'s volume-creation credits.',
    rate: `Created with a provisioned initialization rate of ${fmt(rate?.mibps ?? 0)} MiB/s: its ${gib(usedGiB)} of data download in the background.`,
  }[s.method]));

  const initialising = states.map((s) => {
    if (s.method === 'initialise') {
      const reads: BlockRead[] = Array.from({ length: sizeGiB }, (_, block) => ({ block, from: used.has(block) ? 's3' : 'ebs' }));
      s.initialised.fill(true);
      return lane(s, `dd or fio (faster: multi-threaded) reads all ${gib(sizeGiB)} once, fetching the ${gib(usedGiB)} of data from S3. AWS publishes no rate for this.`, reads, usedInOrder);
    }
    if (s.method === 'rate' && rate !== null) {
      s.initialised.fill(true);
      return lane(s, `${gib(usedGiB)} at ${fmt(rate.mibps)} MiB/s: ready after ${fmt(usedGiB)} × 1,024 / ${fmt(rate.mibps)} = ${fmt(rate.seconds, 1)} s, for $${fmt(rate.usd, 4)}${rate.priceAssumed ? ' (price assumed in proportion to the rate)' : ''}.`, [], usedInOrder, rate.seconds);
    }
    if (s.method === 'fsr') return lane(s, 'Nothing to do: every block was initialised at creation.');
    return lane(s, 'Nothing reads it yet. It also loads data in the background, at a rate AWS does not publish, so only reads are drawn.');
  });

  const firstReads = states.map((s) => {
    const { reads, fetched } = readAll(s, readOrder);
    return lane(s, readCaption(reads), reads, fetched);
  });
  const againReads = states.map((s) => {
    const { reads, fetched } = readAll(s, readOrder);
    return lane(s, readCaption(reads), reads, fetched);
  });

  const rateText = rate === null ? '' : ' or provision an initialization rate,';
  return [
    {
      index: 0, title: 'Create a volume from the snapshot',
      explanation: `A ${gib(sizeGiB)} volume is created from a snapshot holding ${gib(usedGiB)} of data; the ${gib(sizeGiB - usedGiB)} never written need no initialisation.`,
      lanes: created,
    },
    {
      index: 1, title: 'Initialise before use',
      explanation: `Before the application starts you can read every block once with dd or fio,${rateText} or have enabled FSR. Provisioned IOPS volumes may drop below 50 % of their IOPS while initialising.`,
      lanes: initialising,
    },
    {
      index: 2, title: 'The application reads',
      explanation: `The application reads ${fmt(readOrder.length)} ${readOrder.length === 1 ? 'block' : 'blocks'}. On a lazily loaded volume the first read of a block is fetched from S3; an initialised block is read from EBS.`,
      lanes: firstReads,
    },
    {
      index: 3, title: 'The application reads again',
      explanation: 'The same blocks again: every block read before is initialised now, so every lane reads from EBS.',
      lanes: againReads,
    },
  ];
}
