/**
 * The encryption exam tips and the remarks on the notes' items 32-35 (shared/aws-facts.md): each
 * says what the notes claim, what AWS documents and where, and "free" stays unsourced.
 */
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '../../../src/domain/types';
import { encryptionExamTips, encryptionNotesRemarks } from '../../../src/domain/encryption/tips';

describe('encryptionExamTips', () => {
  it('gives the same seven tips in both editions, each with a source', () => {
    for (const edition of EDITIONS) {
      const tips = encryptionExamTips(edition);
      expect(tips.map((t) => t.id)).toEqual([
        'enc-default-per-region', 'enc-key', 'enc-data-key', 'enc-snapshots', 'enc-no-removal', 'enc-transparent', 'enc-os-level',
      ]);
      for (const tip of tips) expect(tip.source.length).toBeGreaterThan(0);
    }
  });

  it('corrects the notes: per Region, minimal latency effect, same data key only with the same KMS key', () => {
    const text = encryptionExamTips('current').map((t) => t.text).join(' ');
    expect(text).toMatch(/account setting per Region/);
    expect(text).toMatch(/latency rises only minimally/);
    expect(text).toMatch(/share the data key only when the same KMS key is used/);
    expect(text).not.toMatch(/no performance loss|doesn't cost|free/i);
  });

  it('in the 2021 edition says what the 2021 guide said about shared data keys', () => {
    const tip = encryptionExamTips('saa-c02').find((t) => t.id === 'enc-snapshots')!;
    expect(tip.text).toMatch(/the 2021 guide says they share the data key \(the 2023 guide: only with the same KMS key\)/);
    expect(tip.source).toBe('UG21 EBSEncryption.md; UG23 EBSEncryption.md');
  });

  it('points questions that need the OS to hold the keys to OS-level encryption', () => {
    expect(encryptionExamTips('current').find((t) => t.id === 'enc-os-level')?.text)
      .toMatch(/OS to hold the keys, or something other than AES-256, .* full-disk encryption in the OS/);
  });
});

describe('encryptionNotesRemarks', () => {
  it('remarks on items 32 to 35 of the fact base in both editions', () => {
    for (const edition of EDITIONS) {
      expect(encryptionNotesRemarks(edition).map((r) => r.id)).toEqual(['e32', 'e33', 'e34', 'e35']);
    }
  });

  it('32: the same data key only with the same KMS key (UG23)', () => {
    const r = encryptionNotesRemarks('current')[0]!;
    expect(r.notesSay).toMatch(/same DEK/);
    expect(r.correction).toBe('Only when the same KMS key is used: a volume created with another KMS key gets a new data key.');
    expect(r.source).toBe('UG23 EBSEncryption.md');
    expect(encryptionNotesRemarks('saa-c02')[0]!.correction).toMatch(/^That is what the 2021 guide says/);
  });

  it('33: "free" is unsourced, and so are KMS charges, with no price quoted', () => {
    const r = encryptionNotesRemarks('current')[1]!;
    expect(r.notesSay).toBe('"It doesn\'t cost anything to use".');
    expect(r.correction).toMatch(/unsourced here; a customer managed KMS key may carry KMS charges, which is also unsourced here/);
    expect(r.correction).not.toMatch(/\$|\d/);
    expect(r.source).toMatch(/^UNSOURCED/);
  });

  it('34 and 35: the setting is per Region; latency rises minimally', () => {
    const [, , r34, r35] = encryptionNotesRemarks('saa-c02');
    expect(r34!.correction).toMatch(/^Encryption by default is an account setting per Region/);
    expect(r35!.notesSay).toBe('"there is no performance loss".');
    expect(r35!.correction).toMatch(/"a minimal effect on latency"/);
    expect(r35!.source).toBe('UG21 EBSEncryption.md');
  });
});
