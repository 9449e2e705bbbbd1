/**
 * Sizes the layer estimate starts from. EVERY figure here is an explorer's assumption: a typical
 * size for the thing named, chosen to make the lessons visible, NOT an AWS or Docker figure
 * (aws-facts.md has no image or layer sizes). Tags change and real sizes vary; a person can edit
 * any of them (pass their own table to `estimateLayers`) or override one layer's size.
 *
 * Units: MB, decimal (10^6 bytes), as `docker image ls` and `docker history` print them.
 *
 * Base images: `uncompressedMB` is the typical size on a host after a pull (what `docker image ls`
 * shows, and what the estimate uses); `compressedMB` is the typical size a registry lists and a
 * pull downloads. Matched by repository name (registry host, `library/` and the tag dropped) and by
 * variant: a tag containing `alpine` or `slim` picks that row, else the full image.
 */
export const EXPLORER_ASSUMPTION = "explorer's assumption";

export type BaseVariant = 'full' | 'slim' | 'alpine';

export interface BaseImageSize {
  repo: string;
  variant: BaseVariant;
  uncompressedMB: number;
  compressedMB: number;
}

export interface LayerSizeAssumptions {
  baseImages: readonly BaseImageSize[];
  /** A base image not in the table. */
  unknownBaseMB: number;
  /** Package lists written by `apt-get update` (/var/lib/apt/lists). */
  aptListsMB: number;
  /** One package installed by apt-get, yum, dnf (with what it pulls in). */
  packageMB: number;
  /** yum/dnf metadata and package cache (/var/cache/yum), until `yum clean all`. */
  yumCacheMB: number;
  /** One package installed by `apk add`. */
  apkPackageMB: number;
  /** apk's index cache (/var/cache/apk) unless `--no-cache`. */
  apkCacheMB: number;
  /** One `pip install <name>`. */
  pipPackageMB: number;
  /** `pip install -r requirements.txt`. */
  pipRequirementsMB: number;
  /** pip's download cache (/root/.cache/pip) unless `--no-cache-dir`. */
  pipCacheMB: number;
  /** node_modules written by `npm install` / `npm ci`. */
  npmModulesMB: number;
  /** npm's cache (/root/.npm) until `npm cache clean --force`. */
  npmCacheMB: number;
  /** Go modules downloaded by `go mod download` (/go/pkg/mod). */
  goModulesMB: number;
  /** A binary written by `go build`. */
  goBinaryMB: number;
  /** A file fetched by curl or wget, or by ADD from a URL. */
  downloadMB: number;
  /** The whole build context (`COPY . .`), after .dockerignore. */
  contextMB: number;
  /** One named source or config file (package.json, app.py, go.mod). */
  smallFileMB: number;
  /** A named source folder (src/, public/). */
  directoryMB: number;
  /** A local archive copied as it is (.tar.gz, .zip). */
  archiveMB: number;
  /** What ADD unpacks from a local tar archive. */
  extractedArchiveMB: number;
  source: string;
}

const row = (repo: string, variant: BaseVariant, uncompressedMB: number, compressedMB: number): BaseImageSize =>
  ({ repo, variant, uncompressedMB, compressedMB });

/** Typical sizes of common base images: explorer's assumptions, not published figures. */
export const BASE_IMAGE_SIZES: readonly BaseImageSize[] = [
  row('scratch', 'full', 0, 0),
  row('alpine', 'full', 7.8, 3.6),
  row('busybox', 'full', 4.3, 2.2),
  row('distroless/static', 'full', 2, 0.8),
  row('distroless/static-debian12', 'full', 2, 0.8),
  row('debian', 'full', 117, 49),
  row('debian', 'slim', 75, 28),
  row('ubuntu', 'full', 78, 30),
  row('centos', 'full', 204, 73),
  row('amazonlinux', 'full', 144, 52),
  row('node', 'full', 1_100, 390),
  row('node', 'slim', 220, 75),
  row('node', 'alpine', 135, 45),
  row('python', 'full', 1_020, 370),
  row('python', 'slim', 130, 45),
  row('python', 'alpine', 50, 18),
  row('golang', 'full', 820, 280),
  row('golang', 'alpine', 230, 75),
  row('nginx', 'full', 190, 70),
  row('nginx', 'alpine', 48, 20),
  row('httpd', 'full', 148, 55),
];

export const LAYER_SIZE_ASSUMPTIONS: LayerSizeAssumptions = {
  baseImages: BASE_IMAGE_SIZES,
  unknownBaseMB: 100,
  aptListsMB: 20,
  packageMB: 15,
  yumCacheMB: 60,
  apkPackageMB: 3,
  apkCacheMB: 2.5,
  pipPackageMB: 10,
  pipRequirementsMB: 60,
  pipCacheMB: 30,
  npmModulesMB: 80,
  npmCacheMB: 40,
  goModulesMB: 150,
  goBinaryMB: 15,
  downloadMB: 10,
  contextMB: 20,
  smallFileMB: 0.01,
  directoryMB: 5,
  archiveMB: 20,
  extractedArchiveMB: 50,
  source: `${EXPLORER_ASSUMPTION}: typical sizes (uncompressed, decimal MB as docker prints; base images also compressed), not AWS or Docker figures; edit them to match your own`,
};

/** `image` split into repository (no registry host, no `library/`) and tag. */
export function imageName(image: string): { repo: string; tag: string } {
  const noDigest = image.split('@')[0] ?? '';
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  let repo = (colon >= 0 ? noDigest.slice(0, colon) : noDigest).toLowerCase();
  const tag = colon >= 0 ? noDigest.slice(colon + 1).toLowerCase() : 'latest';
  const first = repo.split('/')[0] ?? '';
  if (repo.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost')) repo = repo.slice(first.length + 1);
  repo = repo.replace(/^(docker\/)?library\//, '');
  return { repo, tag };
}

/** The table row for a base image, or null when it is not listed. */
export function baseImageRow(image: string, table: readonly BaseImageSize[] = BASE_IMAGE_SIZES): BaseImageSize | null {
  const { repo, tag } = imageName(image);
  const variant: BaseVariant = tag.includes('alpine') ? 'alpine' : tag.includes('slim') ? 'slim' : 'full';
  const rows = table.filter((r) => r.repo === repo);
  return rows.find((r) => r.variant === variant) ?? rows.find((r) => r.variant === 'full') ?? null;
}
