/**
 * Exam tips for what is on screen and the "the notes say X" remarks (shared/aws-facts.md, "Where
 * the notes disagree", numbered there as the remark ids).
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS, VOLUME_TYPES, ebsExamTips, ebsNotesRemarks, sourceReferences, volumeRules, volumeTypesFor, type Edition } from '../../../src/domain';

const ids = (list: { id: string }[]) => list.map((t) => t.id);

describe.each(EDITIONS)('gp2 exam tips (%s)', (edition: Edition) => {
  it('at 100 GiB: bursts for 2,000 s = 33 minutes from a full bucket; gp2 is still the default', () => {
    const tips = ebsExamTips({ type: 'gp2', sizeGiB: 100 }, edition);
    expect(ids(tips)).toEqual(['gp2-burst', 'gp2-default']);
    expect(tips[0]?.text).toContain('33 minutes');
  });

  it('at 10 GiB: 1,862 s = 31 minutes of burst and the 100 IOPS floor', () => {
    const tips = ebsExamTips({ type: 'gp2', sizeGiB: 10 }, edition);
    expect(ids(tips)).toEqual(['gp2-burst', 'gp2-floor', 'gp2-default']);
    expect(tips[0]?.text).toContain('31 minutes');
  });

  it('from 1,000 GiB: no credits; from 5,334 GiB: 16,000 IOPS all the time', () => {
    expect(ids(ebsExamTips({ type: 'gp2', sizeGiB: 1_000 }, edition))).toEqual(['gp2-no-credits', 'gp2-default']);
    expect(ids(ebsExamTips({ type: 'gp2', sizeGiB: 5_334 }, edition))).toEqual(['gp2-no-credits', 'gp2-max', 'gp2-default']);
  });
});

describe('other exam tips', () => {
  it.each(EDITIONS)('gp3 in %s: included performance, and 20 percent cheaper per GiB than gp2', (edition) => {
    const tips = ebsExamTips({ type: 'gp3', sizeGiB: 100 }, edition);
    expect(ids(tips)).toEqual(['gp3-included', 'gp3-cheaper']);
    expect(tips[1]?.text).toContain('20%');
  });

  it('the IOPS-per-GiB tip lists io2\'s 500 only in saa-c02', () => {
    const ratio = (edition: Edition) => ebsExamTips({ type: 'io1', sizeGiB: 100 }, edition).find((t) => t.id === 'io-ratio')?.text;
    expect(ratio('saa-c02')).toBe('IOPS per GiB at most: io1 50, io2 500, io2 Block Express 1,000.');
    expect(ratio('current')).toBe('IOPS per GiB at most: io1 50, io2 Block Express 1,000.');
  });

  it.each(EDITIONS)('st1 and sc1 in %s: never a boot volume', (edition) => {
    for (const type of ['st1', 'sc1'] as const) {
      expect(ids(ebsExamTips({ type, sizeGiB: 500 }, edition))).toEqual(['hdd-boot', 'hdd-sequential']);
    }
  });

  it('offers a Multi-Attach tip only where the type Multi-Attaches in that edition (not 2021 Block Express)', () => {
    for (const edition of EDITIONS) {
      for (const type of VOLUME_TYPES) {
        const shown = ebsExamTips({ type, sizeGiB: 500 }, edition).some((t) => t.id === 'io-multi-attach');
        expect(shown, `${type} in ${edition}`).toBe(volumeRules(type, edition).multiAttach);
      }
    }
  });

  it('gives every type in both editions at least one tip, each with a source', () => {
    for (const edition of EDITIONS) {
      for (const type of VOLUME_TYPES) {
        const tips = ebsExamTips({ type, sizeGiB: 500 }, edition);
        expect(tips.length).toBeGreaterThan(0);
        for (const t of tips) expect(t.source.length).toBeGreaterThan(3);
      }
    }
  });
});

describe('notes remarks', () => {
  it.each([
    ['gp2', 'saa-c02', ['n1', 'n4', 'n3', 'n5', 'n2']],
    ['gp3', 'saa-c02', ['n2', 'n7', 'n8']],
    ['gp3', 'current', ['n2', 'n7', 'n8', 'n9']],
    ['io1', 'current', ['n2', 'n14', 'n16', 'n24']],
    ['io2', 'saa-c02', ['n2', 'n14', 'n15', 'n16', 'n24']],
    ['io2-block-express', 'saa-c02', ['n2', 'n14', 'n15', 'n16']],
    ['st1', 'current', ['n19']],
    ['sc1', 'saa-c02', ['n20']],
  ] as const)('for %s in %s are %j', (type, edition, expected) => {
    expect(ids(ebsNotesRemarks(type, edition))).toEqual(expected);
  });

  it('flag the notes\' "100 + 3 per GB" as max(100, 3 x GiB)', () => {
    expect(ebsNotesRemarks('gp2', 'saa-c02').find((r) => r.id === 'n4')?.correction)
      .toBe('Baseline is max(100, 3 x GiB), not 100 + 3 x GiB, capped at 16,000.');
  });

  it('mention today\'s gp3 limits (80,000 IOPS, 2,000 MiB/s) only in the current edition', () => {
    expect(ebsNotesRemarks('gp3', 'current').find((r) => r.id === 'n9')?.correction).toContain('80,000 IOPS and 2,000 MiB/s');
    expect(ebsNotesRemarks('gp3', 'saa-c02').some((r) => r.id === 'n9')).toBe(false);
  });

  it('quote the notes, correct them and name a source, for every type in both editions', () => {
    for (const edition of EDITIONS) {
      for (const type of VOLUME_TYPES) {
        const remarks = ebsNotesRemarks(type, edition);
        expect(remarks.length).toBeGreaterThan(0);
        for (const r of remarks) expect(Object.keys(r)).toEqual(['id', 'notesSay', 'correction', 'source']);
      }
    }
  });
});

describe('every notes remark names a file, not a folder', () => {
  it('links the gp3 size remark to UG21 ebs-volume-types.md', () => {
    const n7 = ebsNotesRemarks('gp3', 'saa-c02').find((r) => r.id === 'n7')!;
    const ug = sourceReferences(n7.source).find((r) => r.text.startsWith('UG21'))!;
    expect(ug.text).toBe('UG21 ebs-volume-types.md');
    expect(ug.href).toMatch(/doc_source\/ebs-volume-types\.md$/);
  });

  it.each(EDITIONS)('in %s no User Guide link ends at the doc_source folder', (edition) => {
    for (const type of volumeTypesFor(edition)) {
      for (const r of ebsNotesRemarks(type, edition)) {
        for (const ref of sourceReferences(r.source)) expect(ref.href).not.toMatch(/doc_source$/);
      }
    }
  });
});
