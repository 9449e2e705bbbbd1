/**
 * Invariants of the parser and the layer estimate, checked with fast-check (fixed seed; a failure
 * prints its seed): they never throw on any text, errors point at real lines, the image has one
 * layer per filesystem-changing instruction of the last stage (its FROM standing for the base).
 * Performance: both passes are linear in the text (no timed test); a 100-line Dockerfile is well
 * under a millisecond.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INSTRUCTION_KEYWORDS } from '../../../src/domain/containers/dockerfile-checks';
import { isFilesystemInstruction, parseDockerfile } from '../../../src/domain/containers/dockerfile';
import { estimateAllStages, estimateLayers, imageSizeMB, wastedSpace } from '../../../src/domain/containers/layers';
import { assertProperty } from '../support/property';

const LINE_PARTS = [...INSTRUCTION_KEYWORDS, ...INSTRUCTION_KEYWORDS.map((k) => k.toLowerCase()), 'FROM alpine AS a', 'FROM a',
  'COPY --from=a /x /y', 'COPY --from=0 . .', 'RUN apt-get update && apt-get install -y curl', 'RUN rm -rf /var/lib/apt/lists/*',
  'RUN chmod -R 755 /', 'ADD x.tar.gz /opt/', 'RUN <<EOF', 'EOF', '\\', '`', '#', '# escape=`', '["a", "b"]', '[', '${X:-y}',
  'WORKDIR ..', 'COPY . .', 'RUN curl -fsSLo /tmp/f https://x/y', '<<-EOT', '--mount=type=cache', 'RUN rm -rf /'];

/** Dockerfile-like text: lines mixing keywords, fragments and arbitrary strings, up to 100 lines. */
const dockerfileish = fc.array(
  fc.oneof(fc.constantFrom(...LINE_PARTS), fc.string({ maxLength: 40 }),
    fc.tuple(fc.constantFrom(...INSTRUCTION_KEYWORDS), fc.string({ maxLength: 30 })).map(([k, a]) => `${k} ${a}`)),
  { maxLength: 100 },
).map((lines) => lines.join('\n'));

describe('parseDockerfile and estimateLayers never throw', () => {
  it('on any string', () => {
    assertProperty(fc.property(fc.string({ maxLength: 2_000 }), (text) => {
      const parsed = parseDockerfile(text);
      estimateAllStages(parsed);
    }), 500);
  });

  it('on Dockerfile-like text of up to 100 lines, with every error on a line of the text', () => {
    assertProperty(fc.property(dockerfileish, (text) => {
      const parsed = parseDockerfile(text);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      for (const e of [...parsed.errors, ...parsed.warnings]) {
        expect(e.line).toBeGreaterThanOrEqual(1);
        expect(e.line).toBeLessThanOrEqual(lineCount);
        expect(e.message.length).toBeGreaterThan(0);
      }
      const layers = estimateLayers(parsed);
      expect(imageSizeMB(layers)).toBeGreaterThanOrEqual(0);
      expect(wastedSpace(layers).wastedMB).toBeLessThanOrEqual(imageSizeMB(layers) + 1e-9);
    }), 500);
  });
});

describe('layers', () => {
  it('are exactly the last stage\'s FROM, RUN, COPY and ADD without an error, in order; the estimate has one per layer', () => {
    assertProperty(fc.property(dockerfileish, (text) => {
      const parsed = parseDockerfile(text);
      const last = parsed.stages.at(-1);
      const broken = (i: { line: number; endLine: number }) => parsed.errors.some((e) => e.line >= i.line && e.line <= i.endLine);
      const expected = last ? last.instructions.filter((i) => isFilesystemInstruction(i.keyword) && !broken(i)).map((i) => i.line) : [];
      expect(parsed.layers.map((l) => l.fromLine)).toEqual(expected);
      if (last && !broken(last.instructions[0]!)) expect(parsed.layers[0]).toEqual({ fromLine: last.fromLine, keyword: 'FROM' });
      const estimated = estimateLayers(parsed);
      expect(estimated.map((l) => l.fromLine)).toEqual(expected);
      expect(estimated.map((l) => l.index)).toEqual(expected.map((_, i) => i));
    }), 400);
  });

  it('every layer\'s size is the sum of what it adds and changes, never negative', () => {
    assertProperty(fc.property(dockerfileish, (text) => {
      for (const layer of estimateLayers(parseDockerfile(text))) {
        const sum = layer.files.filter((f) => f.change !== 'delete').reduce((s, f) => s + f.sizeMB, 0);
        expect(layer.sizeMB).toBeCloseTo(sum, 2);
        expect(layer.sizeMB).toBeGreaterThanOrEqual(0);
        expect(layer.files.filter((f) => f.change === 'delete').every((f) => f.sizeMB === 0)).toBe(true);
      }
    }), 300);
  });
});
