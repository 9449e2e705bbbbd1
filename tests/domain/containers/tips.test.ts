/**
 * Exam tips and the notes remarks for containers (aws-facts "Where the notes disagree", items 45
 * and 46), and the samples the view offers.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/domain/containers/dockerfile';
import { CONTAINER_SAMPLE_IDS, isContainerSampleId } from '../../../src/domain/containers/sample-ids';
import { DOCKERFILE_SAMPLES, dockerfileSample } from '../../../src/domain/containers/samples';
import { containersExamTips, containersNotesRemarks } from '../../../src/domain/containers/tips';
import { sourceReferences } from '../../../src/domain/catalog/source-links';

describe('exam tips', () => {
  it('each have a unique id and a source', () => {
    const tips = containersExamTips();
    expect(new Set(tips.map((t) => t.id)).size).toBe(tips.length);
    for (const t of tips) expect(t.source.length).toBeGreaterThan(3);
  });

  it('say that only filesystem-changing instructions add layers', () => {
    expect(containersExamTips().find((t) => t.id === 'containers-filesystem-layers')!.text).toContain('RUN, COPY, ADD');
  });
});

describe('notes remarks', () => {
  it('are items 45 (every line a layer) and 46 (isolation like VMs, UNSOURCED)', () => {
    const remarks = containersNotesRemarks();
    expect(remarks.map((r) => r.id)).toEqual(['n45', 'n46']);
    expect(remarks[0]!.correction).toContain('Only instructions that modify the filesystem');
    expect(remarks[1]!.correction).toMatch(/^UNSOURCED/);
  });
});

describe('sources', () => {
  it('name a Docker page that opens wherever Docker is the source, and never the ECS page for a Docker fact', () => {
    const rows = [...containersExamTips(), ...containersNotesRemarks()];
    const docker = rows.filter((r) => /docker\.com/i.test(r.source));
    expect(docker.map((r) => r.id)).toEqual(['containers-image-layers', 'containers-filesystem-layers', 'containers-rw-layer', 'containers-delete-late', 'n45']);
    for (const r of docker) {
      const hrefs = sourceReferences(r.source).map((ref) => ref.href);
      expect(hrefs, r.id).toContain('https://docs.docker.com/engine/storage/drivers/');
      expect(hrefs.some((h) => h.includes('AmazonECS')), r.id).toBe(false);
    }
    expect(sourceReferences(containersExamTips()[1]!.source).map((ref) => [ref.href, ref.kind])).toEqual([
      ['https://docs.docker.com/engine/storage/drivers/', 'third-party'], ['https://docs.docker.com/build/building/best-practices/', 'third-party'],
    ]);
    expect(containersExamTips()[1]!.source).toBe('the study notes, "Containers"; Docker documentation, Image layers: docs.docker.com/engine/storage/drivers/; Docker documentation, Building best practices: docs.docker.com/build/building/best-practices/');
  });

  it('print public names only: no fact-base item numbers or "seed notes"', () => {
    for (const r of [...containersExamTips(), ...containersNotesRemarks()]) expect(r.source, r.id).not.toMatch(/aws-facts|seed notes|item \d+/);
  });
});

describe('samples', () => {
  it('follow CONTAINER_SAMPLE_IDS, the Node.js app first', () => {
    expect(DOCKERFILE_SAMPLES.map((s) => s.id)).toEqual([...CONTAINER_SAMPLE_IDS]);
    expect(CONTAINER_SAMPLE_IDS[0]).toBe('node-web');
    expect(isContainerSampleId('go-multistage')).toBe(true);
    expect(isContainerSampleId('nope')).toBe(false);
    expect(() => dockerfileSample('nope')).toThrow('No Dockerfile sample "nope"');
  });

  it('parse without errors, except the broken one', () => {
    for (const s of DOCKERFILE_SAMPLES) {
      expect(parseDockerfile(s.text).errors.length > 0, s.id).toBe(s.id === 'broken');
    }
  });

  it('include the notes\' own example: centos:7 and one RUN for Apache, two layers', () => {
    expect(parseDockerfile(dockerfileSample('notes-apache').text).layers.map((l) => l.keyword)).toEqual(['FROM', 'RUN']);
  });
});
