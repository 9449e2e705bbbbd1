/**
 * A container registry (Docker Hub, or a private one) and the moves between it and a host. Sizes
 * in MB (decimal).
 *
 *   moved    = the digests at the source that the destination lacks, in the source's order, once
 *   skipped  = the digests at the source that the destination already has ("Layer already exists")
 *   movedMB  = Σ sizes of moved                              (a digest with no size counts 0 MB)
 *   after    = the destination's digests followed by the moved ones
 *
 * A push is a transfer from the host to the registry, a pull the other way: only missing layers
 * travel, so a second image on the same base pushes or pulls only its own layers. Real registries
 * compress layers for transfer, so the MB that travel are smaller than on disk (the base image
 * table gives typical compressed sizes, an explorer's assumption).
 *
 * Sources: seed notes (Container Registry: Dockerfile builds an image, uploaded to a public or
 * private repository such as Docker Hub; base OS vendors publish base images there; "Private
 * registries (repositories) can require authentication but public ones are generally open to the
 * world"); aws-facts §10 (layers are read-only deltas). Digests by `layerDigest` (layers.ts).
 */
import { roundMB } from './layers';

export type RepositoryVisibility = 'public' | 'private';

export interface Transfer {
  moved: string[];
  skipped: string[];
  movedMB: number;
  after: string[];
}

/** Moves the layers `to` lacks from `from` (see the docblock). */
export function transfer(from: readonly string[], to: readonly string[], layers: Readonly<Record<string, number>>): Transfer {
  const present = new Set(to);
  const seen = new Set<string>();
  const moved: string[] = [];
  const skipped: string[] = [];
  let movedMB = 0;
  for (const digest of from) {
    if (seen.has(digest)) continue;
    seen.add(digest);
    if (present.has(digest)) {
      skipped.push(digest);
    } else {
      moved.push(digest);
      const size = Object.hasOwn(layers, digest) ? layers[digest]! : 0;
      movedMB += Number.isFinite(size) && size > 0 ? size : 0;
    }
  }
  return { moved, skipped, movedMB: roundMB(movedMB), after: [...to, ...moved] };
}

/** Who may pull from a repository: anyone from a public one; only signed-in users from a private one. */
export function canPull(visibility: RepositoryVisibility, authenticated: boolean): { allowed: boolean; reason: string } {
  if (visibility === 'public') return { allowed: true, reason: 'A public repository is open to the world: anyone can pull.' };
  return authenticated
    ? { allowed: true, reason: 'A private repository: you are signed in, so the pull is allowed.' }
    : { allowed: false, reason: 'A private repository requires authentication: sign in before pulling.' };
}
