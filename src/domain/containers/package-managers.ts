/**
 * Which package manager a base image has, and a remark on a RUN that calls one it lacks (apt-get
 * on Alpine, apk on Debian or Ubuntu, yum or dnf on Alpine or Debian): such a RUN fails the build
 * with "not found". No units.
 *
 *   family(base)   alpine            apk                      (alpine, or a tag with "alpine")
 *                  debian            apt-get, apt             (debian, ubuntu; node, python, golang,
 *                                                            nginx, httpd, which build on Debian)
 *                  rpm               yum, dnf, microdnf       (centos, amazonlinux, fedora, rockylinux,
 *                                                            almalinux, oraclelinux, ubi)
 *                  none              no package manager       (scratch, busybox, distroless)
 *                  unknown           no remark                (any other image: it may have any)
 *
 * Source: an explorer's rule from the distributions' own tools (Alpine's apk, Debian's apt, the
 * RPM family's yum and dnf) and the images' Debian and Alpine variants; aws-facts.md has no figure
 * here, and nothing is fetched. Commands are found as the layer estimate finds them: split on
 * `&&`, `||`, `;`, `|` and new lines, leading `NAME=value` and `sudo` skipped. Pure, linear.
 */
import { imageName } from './size-assumptions';
import { baseName, splitWords } from './shell-words';

export type BaseFamily = 'alpine' | 'debian' | 'rpm' | 'none' | 'unknown';

const FAMILY_OF_REPO: Readonly<Record<string, BaseFamily>> = {
  alpine: 'alpine', debian: 'debian', ubuntu: 'debian', node: 'debian', python: 'debian', golang: 'debian',
  nginx: 'debian', httpd: 'debian', centos: 'rpm', amazonlinux: 'rpm', fedora: 'rpm', rockylinux: 'rpm',
  almalinux: 'rpm', oraclelinux: 'rpm', 'ubi8/ubi': 'rpm', 'ubi9/ubi': 'rpm', scratch: 'none', busybox: 'none',
};

const MANAGERS: Readonly<Record<string, Exclude<BaseFamily, 'none' | 'unknown'>>> = {
  apk: 'alpine', 'apt-get': 'debian', apt: 'debian', yum: 'rpm', dnf: 'rpm', microdnf: 'rpm',
};

const FAMILY_WORDS: Readonly<Record<BaseFamily, string>> = {
  alpine: 'an Alpine image, whose package manager is apk (apk add --no-cache …)',
  debian: 'a Debian-based image, whose package manager is apt-get (apt-get install -y …)',
  rpm: 'an RPM-based image, whose package manager is yum or dnf (yum install -y …)',
  none: 'an image with no package manager at all',
  unknown: '',
};

const SEPARATOR = /&&|\|\||;|\||\n/;

/** The package-manager family of a base image (see the docblock). */
export function baseFamily(image: string): BaseFamily {
  const { repo, tag } = imageName(image);
  if (repo === 'scratch' || repo.includes('distroless')) return 'none';
  if (tag.includes('alpine')) return 'alpine';
  return FAMILY_OF_REPO[repo] ?? 'unknown';
}

/** The package managers a RUN command calls, in order, each once. */
export function packageManagersCalled(command: string): string[] {
  const found: string[] = [];
  for (const segment of command.split(SEPARATOR)) {
    let t = splitWords(segment);
    while (t.length > 0 && (/^[A-Za-z_]\w*=/.test(t[0]!) || t[0] === 'sudo' || t[0] === 'exec')) t = t.slice(1);
    const cmd = baseName(t[0] ?? '');
    if (cmd in MANAGERS && !found.includes(cmd)) found.push(cmd);
  }
  return found;
}

/** A sentence for each package manager `command` calls that the base `image` lacks. */
export function packageManagerRemarks(command: string, image: string): string[] {
  const family = baseFamily(image);
  if (family === 'unknown') return [];
  return packageManagersCalled(command)
    .filter((cmd) => MANAGERS[cmd] !== family)
    .map((cmd) => `${cmd} is not in ${image}, ${FAMILY_WORDS[family]}: this RUN would fail with "${cmd}: not found"${family === 'none' ? '; install in an earlier stage and COPY the result' : ''}`);
}
