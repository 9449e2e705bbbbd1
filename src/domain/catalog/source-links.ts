/**
 * Where a source named in a row can be opened, and when its figure was read (shared/aws-facts.md,
 * "Source keys" and §11 "Links for sources"). A source text such as
 * `UG21 ebs-volume-types.md (gp3: 3,000 IOPS included); SDK CreateVolume` is cut into parts: plain
 * text, and references with the public page each names:
 *   UG21 / UG23 <file>.md   the EC2 User Guide file at the commit read (awsdocs/amazon-ec2-user-guide)
 *   ECS23 <file>.md         the ECS developer guide file at the commit read
 *   SDK                     aws-sdk-go-v2 service/ec2/api_op_CreateVolume.go at the commit read
 *   PRICE25                 the Amazon EBS pricing page
 *   a bare host/path        (docs.aws.amazon.com/..., vantage.sh/blog/...) that page, over https
 *   aws-facts §N            the public page behind that section of the fact base (§11, the December 2026
 *                           updates, covers many pages: it links nothing, the row names its page)
 * No request is made: these are only addresses, opened when a person clicks.
 */

export interface SourceReference {
  /** The words of the source text this reference covers. */
  text: string;
  href: string;
  /** When the figure was read from it, as a reader would say it. */
  read: string;
  /** Whether the page is AWS's own or a third party's. */
  kind: 'aws' | 'third-party';
}

export type SourcePart = string | SourceReference;

const UG_REPO = 'https://github.com/awsdocs/amazon-ec2-user-guide/blob';
const COMMITS = {
  UG21: { commit: '3a6885740c725e5424746984603d587c5b022dad', read: '2021-06-09' },
  UG23: { commit: 'd289961421fa79447add68ca26e3ec5ae96fdf41', read: '2023-05-11' },
} as const;
const ECS23 = { repo: 'https://github.com/awsdocs/amazon-ecs-developer-guide/blob/cf5e581179045c141716e76f394773250168d12c/doc_source', read: '2023-04-24' };
const SDK = {
  href: 'https://github.com/aws/aws-sdk-go-v2/blob/1278f1374a805aad0646ad35f4558a4ec7852b1d/service/ec2/api_op_CreateVolume.go',
  read: '2025',
};
export const EBS_PRICING_PAGE = 'https://aws.amazon.com/ebs/pricing/';
const PRICE25_READ = 'second half of 2025';
/** When the explorer's fact base (shared/aws-facts.md) read its web pages. */
const FACTS_READ = '2026';

/** The public pages behind each section of the fact base, for a row that names only the section. */
const FACT_SECTIONS: Readonly<Record<string, { href: string; kind: 'aws' | 'third-party' }>> = {
  '1': { href: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-volume-types.html', kind: 'aws' },
  '2': { href: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ebs-optimized.html', kind: 'aws' },
  '3': { href: EBS_PRICING_PAGE, kind: 'aws' },
  '4': { href: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSSnapshots.html', kind: 'aws' },
  '5': { href: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/EBSEncryption.html', kind: 'aws' },
  '6': { href: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html', kind: 'aws' },
  '7': { href: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html', kind: 'aws' },
  '9': { href: 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/monitoring-system-instance-status-check.html', kind: 'aws' },
  '10': { href: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/launch_types.html', kind: 'aws' },
};
/** §3.4 is the EC2 purchase options, not EBS prices. */
const FACT_SUBSECTIONS: Readonly<Record<string, string>> = {
  '3.4': 'https://aws.amazon.com/ec2/pricing/',
};

const PATTERN = new RegExp([
  String.raw`(?<ug>UG21\/UG23|UG21|UG23)(?:\s+(?<ugfile>[A-Za-z0-9_-]+)\.md)?`,
  String.raw`(?<ecs>ECS23)(?:\s+(?<ecsfile>[A-Za-z0-9_-]+)\.md)?`,
  String.raw`(?<sdk>SDK(?:\s+CreateVolume)?)`,
  String.raw`(?<price>PRICE25(?:\s+examples?(?:\s+\d+)?)?)`,
  String.raw`(?<facts>aws-facts(?:\s+(?:notes\s+)?(?:§\s?(?<section>\d+(?:\.\d+)?)|item\s+\d+))?)`,
  String.raw`(?<url>(?:https?:\/\/)?(?:[a-z0-9-]+\.)+(?:com|io|sh|cn|org|net|aws|dev)(?:\/[A-Za-z0-9._~\/-]*[A-Za-z0-9_~\/-])?)`,
].join('|'), 'g');

function userGuide(key: 'UG21' | 'UG23', text: string, file: string | undefined): SourceReference {
  const { commit, read } = COMMITS[key];
  return { text, href: `${UG_REPO}/${commit}/${file ? `doc_source/${file}.md` : 'doc_source'}`, read, kind: 'aws' };
}

function referenceOf(m: RegExpExecArray): SourcePart[] | SourceReference | null {
  const g = m.groups ?? {};
  const text = m[0];
  if (g.ug === 'UG21/UG23') {
    // Both editions of the guide say it: one link to each, the file named once.
    const rest = text.slice('UG21/'.length);
    return [userGuide('UG21', 'UG21', g.ugfile), '/', userGuide('UG23', rest, g.ugfile)];
  }
  if (g.ug) return userGuide(g.ug === 'UG23' ? 'UG23' : 'UG21', text, g.ugfile);
  if (g.ecs) return { text, href: `${ECS23.repo}${g.ecsfile ? `/${g.ecsfile}.md` : ''}`, read: ECS23.read, kind: 'aws' };
  if (g.sdk) return { text, href: SDK.href, read: SDK.read, kind: 'aws' };
  if (g.price) return { text, href: EBS_PRICING_PAGE, read: PRICE25_READ, kind: 'aws' };
  if (g.facts) {
    const section = g.section ?? '';
    const sub = FACT_SUBSECTIONS[section];
    const top = FACT_SECTIONS[section.split('.')[0] ?? ''];
    if (sub) return { text, href: sub, read: FACTS_READ, kind: 'aws' };
    if (top) return { text, href: top.href, read: FACTS_READ, kind: top.kind };
    return null;
  }
  if (g.url) {
    const href = /^https?:\/\//.test(g.url) ? g.url : `https://${g.url}`;
    const host = new URL(href).hostname;
    const aws = host === 'amazon.com' || host.endsWith('.amazon.com') || host.endsWith('.amazonaws.cn') || host.endsWith('.aws');
    return { text, href, read: FACTS_READ, kind: aws ? 'aws' : 'third-party' };
  }
  return null;
}

/** The source text cut into plain words and openable references, in order; the parts joined give the text back. */
export function sourceParts(source: string): SourcePart[] {
  const parts: SourcePart[] = [];
  let at = 0;
  for (const m of source.matchAll(PATTERN)) {
    const ref = referenceOf(m as RegExpExecArray);
    if (!ref) continue;
    const start = m.index ?? 0;
    if (start > at) parts.push(source.slice(at, start));
    parts.push(...(Array.isArray(ref) ? ref : [ref]));
    at = start + m[0].length;
  }
  if (at < source.length) parts.push(source.slice(at));
  return parts;
}

/** The references alone. */
export function sourceReferences(source: string): SourceReference[] {
  return sourceParts(source).filter((p): p is SourceReference => typeof p !== 'string');
}
