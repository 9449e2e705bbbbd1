/**
 * Where the encryption drawing puts things, in two layouts: wide (KMS beside the host, 340 x 304)
 * and narrow (a phone: stacked, 200 wide, so that at about 311 px the smallest words, 8 units,
 * are about 12 px). One table per layout; the drawing reads it (no geometry in the JSX).
 */
import type { DataKeyPlace } from '../../domain';

type Rect = readonly [x: number, y: number, w: number, h: number];
type Point = readonly [number, number];
export interface ArrowAt { from: Point; to: Point; labelAt: Point; anchor?: 'middle' | 'start' | 'end'; rotate?: boolean }

export interface DrawingLayout {
  w: number; h: number; row: number;
  /** Words in the region bar, one line or two. */
  region: Rect; regionLines: readonly Point[];
  os: Rect; osText: Point; osLink: readonly [Point, Point];
  host: Rect; memory: Point;
  kms: Rect; alias: Point; otherAlias: Point; kmsLines: readonly Point[];
  volumes: Rect; volumesTitle: string; volumeRow: Point; rowW: number;
  snapshots: Rect; snapshotsTitle: string; snapshotRow: Point; snapshotRowW: number;
  plaintext: ArrowAt; aes: ArrowAt; snapshot: ArrowAt;
  /** The encrypted data key's way between the volume and KMS, through the host: volume-host, then host-KMS (labelled). */
  encryptedKey: readonly [readonly [Point, Point], ArrowAt];
  /** Narrow: row titles shortened, a row's KMS key and note on two lines, the OS's words on two lines. */
  narrow: boolean;
  token: Readonly<Record<DataKeyPlace, Point>>;
  smallest: number;
}

export const WIDE: DrawingLayout = {
  w: 340, h: 304, row: 52,
  region: [0, 0, 340, 22], regionLines: [[8, 15]],
  os: [172, 30, 168, 36], osText: [180, 59], osLink: [[256, 66], [256, 74]],
  host: [172, 74, 168, 62], memory: [180, 104],
  kms: [0, 30, 140, 106], alias: [8, 61], otherAlias: [8, 74], kmsLines: [[8, 90], [8, 101]],
  volumes: [172, 170, 168, 130], volumesTitle: 'EBS volumes (one AZ)', volumeRow: [178, 192], rowW: 156,
  snapshots: [0, 170, 140, 130], snapshotsTitle: 'Snapshots in S3', snapshotRow: [6, 192], snapshotRowW: 128,
  plaintext: { from: [142, 92], to: [170, 92], labelAt: [156, 86] },
  aes: { from: [256, 138], to: [256, 168], labelAt: [282, 157] },
  snapshot: { from: [170, 222], to: [142, 222], labelAt: [156, 216] },
  encryptedKey: [[[200, 168], [200, 138]], { from: [170, 122], to: [142, 122], labelAt: [196, 160], anchor: 'end' }],
  token: { 'not-created': [8, 112], volume: [184, 209], kms: [8, 112], host: [180, 110], discarded: [180, 110] },
  smallest: 7.5, narrow: false,
};

export const NARROW: DrawingLayout = {
  w: 200, h: 408, row: 62,
  region: [0, 0, 200, 34], regionLines: [[8, 14], [8, 27]],
  os: [100, 120, 100, 44], osText: [108, 148], osLink: [[150, 164], [150, 170]],
  host: [0, 170, 200, 60], memory: [8, 200],
  kms: [0, 42, 200, 72], alias: [8, 71], otherAlias: [8, 83], kmsLines: [[8, 96], [8, 107]],
  volumes: [0, 254, 92, 154], volumesTitle: 'EBS volumes', volumeRow: [3, 276], rowW: 86,
  snapshots: [108, 254, 92, 154], snapshotsTitle: 'Snapshots in S3', snapshotRow: [111, 276], snapshotRowW: 86,
  plaintext: { from: [14, 116], to: [14, 168], labelAt: [18, 130], anchor: 'start' },
  aes: { from: [30, 232], to: [30, 252], labelAt: [36, 246], anchor: 'start' },
  snapshot: { from: [93, 290], to: [107, 290], labelAt: [100, 350], rotate: true },
  encryptedKey: [[[70, 252], [70, 232]], { from: [86, 168], to: [86, 116], labelAt: [82, 152], anchor: 'end' }],
  token: { 'not-created': [112, 60], volume: [9, 293], kms: [112, 60], host: [110, 206], discarded: [110, 206] },
  smallest: 8, narrow: true,
};
