/**
 * Several images and containers on one Docker host: what the host stores. Sizes in MB (decimal).
 *
 *   storedMB          = Σ sizes of the unique layers (by digest, each stored once)
 *                       + Σ every container's read/write layer
 *   withoutSharingMB  = Σ each image's full size (as if no two images shared a layer)
 *                       + Σ every container's read/write layer
 *   savedMB           = withoutSharingMB − storedMB        (≥ 0: sharing never costs space)
 *   fullCopiesMB      = withoutSharingMB + Σ each container's image size
 *                       (as if every container had a private copy of its image, like a VM disk)
 *   savedByContainersMB = fullCopiesMB − withoutSharingMB  (= Σ each container's image size: the
 *                       saving of containers running on their image's layers instead of a copy)
 *   savedTotalMB      = fullCopiesMB − storedMB = savedMB + savedByContainersMB
 *   RW layer of c     = Σ the sizes of the paths c wrote (the last write of a path counts)
 *
 * Sources: seed notes (Containers: "layers used within images are shared when possible"; a container
 * is its image's read-only layers plus a read/write layer it has sole use of); aws-facts §10 (Docker
 * docs: a thin writable container layer on top of read-only layers). Copy-on-write: writing to a
 * file that an image layer holds first copies the whole file up into the container's layer. A
 * container's layer is its own: other containers never see or count it.
 */
import { stackLayer } from './layer-files';
import { roundMB, type ImageLayer } from './layers';

export interface WrittenFile { path: string; sizeMB: number; copiedUp: boolean }
export interface ContainerRW { id: string; image: string; writtenFiles: WrittenFile[] }

export interface HostImage { name: string; layers: readonly ImageLayer[] }

export interface HostStorage {
  uniqueLayers: { digest: string; sizeMB: number; usedBy: string[] }[];
  storedMB: number;
  withoutSharingMB: number;
  savedMB: number;
  fullCopiesMB: number;
  /** What containers save by running on their image's shared layers rather than a copy each. */
  savedByContainersMB: number;
  /** Both savings: against every container holding a private copy of its image. */
  savedTotalMB: number;
  perContainerRWMB: Record<string, number>;
}

/** What a container sees: path → sizeMB of the files its image's layers show, top layer winning. */
export function visibleFiles(layers: readonly ImageLayer[]): Map<string, number> {
  const visible = new Map<string, number>();
  for (const layer of layers) stackLayer(visible, layer.files);
  return visible;
}

/**
 * `container` after writing `path` (absolute). Writing a file the image holds copies it up first
 * (`copiedUp`: the path is one of the image's listed files; a path the estimate does not list,
 * such as a file inside the base image or inside a copied folder, counts as a new file). `sizeMB` is the file's size after the write; omitted, the size is unchanged (a
 * copied-up file keeps its original size, a new file is 0 MB).
 */
export function writeToContainer(container: ContainerRW, imageLayers: readonly ImageLayer[], path: string, sizeMB?: number): ContainerRW {
  const already = container.writtenFiles.find((f) => f.path === path);
  const image = already ? new Map<string, number>() : visibleFiles(imageLayers);
  const original = image.get(path);
  const copiedUp = already ? already.copiedUp : path !== '/' && original !== undefined;
  const size = sizeMB !== undefined ? Math.max(0, sizeMB) : already?.sizeMB ?? original ?? 0;
  const writtenFiles = [...container.writtenFiles.filter((f) => f.path !== path), { path, sizeMB: roundMB(size), copiedUp }];
  return { ...container, writtenFiles };
}

function rwSizeMB(container: ContainerRW): number {
  const last = new Map<string, number>();
  for (const f of container.writtenFiles) last.set(f.path, Math.max(0, f.sizeMB));
  let total = 0;
  for (const s of last.values()) total += s;
  return roundMB(total);
}

/** The host's storage for these images and containers (see the docblock). */
export function hostStorage(images: readonly HostImage[], containers: readonly ContainerRW[]): HostStorage {
  const unique = new Map<string, { digest: string; sizeMB: number; usedBy: string[] }>();
  const imageSize = new Map<string, number>();
  let withoutSharing = 0;
  for (const image of images) {
    let size = 0;
    for (const layer of image.layers) {
      size += layer.sizeMB;
      const entry = unique.get(layer.digest);
      if (!entry) unique.set(layer.digest, { digest: layer.digest, sizeMB: layer.sizeMB, usedBy: [image.name] });
      else if (!entry.usedBy.includes(image.name)) entry.usedBy.push(image.name);
    }
    imageSize.set(image.name, size);
    withoutSharing += size;
  }
  const perContainerRWMB: Record<string, number> = {};
  let rw = 0;
  let copies = 0;
  for (const c of containers) {
    const own = rwSizeMB(c);
    perContainerRWMB[c.id] = roundMB((perContainerRWMB[c.id] ?? 0) + own);
    rw += own;
    copies += imageSize.get(c.image) ?? 0;
  }
  const layersMB = [...unique.values()].reduce((s, l) => s + l.sizeMB, 0);
  const storedMB = roundMB(layersMB + rw);
  const withoutSharingMB = roundMB(withoutSharing + rw);
  const fullCopiesMB = roundMB(withoutSharing + rw + copies);
  return {
    uniqueLayers: [...unique.values()],
    storedMB,
    withoutSharingMB,
    savedMB: roundMB(withoutSharingMB - storedMB),
    fullCopiesMB,
    savedByContainersMB: roundMB(fullCopiesMB - withoutSharingMB),
    savedTotalMB: roundMB(fullCopiesMB - storedMB),
    perContainerRWMB,
  };
}
