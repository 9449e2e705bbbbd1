/**
 * The Dockerfile parser on real Dockerfiles: stages, continuations, comments, JSON form, every
 * instruction of the reference, lower-case keywords, ARG before FROM, directives, here-documents.
 * Only FROM, RUN, COPY and ADD make layers (aws-facts §10, item 45), and only the last stage's ship.
 */
import { describe, expect, it } from 'vitest';
import { INSTRUCTION_KEYWORDS } from '../../../src/domain/containers/dockerfile-checks';
import { isFilesystemInstruction, parseDockerfile } from '../../../src/domain/containers/dockerfile';
import { dockerfileSample } from '../../../src/domain/containers/samples';

const keywords = (text: string) => parseDockerfile(text).instructions.map((i) => i.keyword);

describe('a multi-stage Go build', () => {
  const parsed = parseDockerfile(dockerfileSample('go-multistage').text);

  it('has two stages: "build" on golang:1.22 (the ARG substituted) and an unnamed final stage', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.stages.map((s) => [s.index, s.name, s.base, s.fromLine])).toEqual([
      [0, 'build', 'golang:1.22', 3],
      [1, null, 'gcr.io/distroless/static-debian12', 10],
    ]);
  });

  it('ships only the final stage\'s layers: its base and the copied binary', () => {
    expect(parsed.layers).toEqual([{ fromLine: 10, keyword: 'FROM' }, { fromLine: 11, keyword: 'COPY' }]);
  });

  it('still lists the build stage\'s five layers per stage', () => {
    expect(parsed.stages[0]!.layers.map((l) => `${l.keyword}@${l.fromLine}`)).toEqual(['FROM@3', 'COPY@5', 'RUN@6', 'COPY@7', 'RUN@8']);
  });

  it('reads COPY --from=build as an option and keeps the parser directive', () => {
    const copy = parsed.instructions.find((i) => i.line === 11)!;
    expect(copy).toMatchObject({ keyword: 'COPY', flags: { from: 'build' }, words: ['/out/server', '/server'], stage: 1 });
    expect(parsed.directives).toEqual({ syntax: 'docker/dockerfile:1' });
  });

  it('places the ARG before FROM in no stage', () => {
    expect(parsed.instructions[0]).toMatchObject({ keyword: 'ARG', stage: -1, line: 2 });
  });
});

describe('line continuations and comments', () => {
  const text = [
    '# A comment before the first instruction',
    '',
    'FROM debian:12',
    'RUN apt-get update \\',
    '    # a comment inside the continuation is dropped',
    '    && apt-get install -y curl   \\  ',
    '    && rm -rf /var/lib/apt/lists/*',
    '   # an indented comment',
    'CMD curl --version # not a comment: # only starts one at the beginning of a line',
  ].join('\n');
  const parsed = parseDockerfile(text);

  it('joins a continued RUN into one instruction that starts on line 4 and ends on line 7', () => {
    const run = parsed.instructions[1]!;
    expect(run).toMatchObject({ keyword: 'RUN', line: 4, endLine: 7 });
    expect(run.args).toBe('apt-get update     && apt-get install -y curl       && rm -rf /var/lib/apt/lists/*');
  });

  it('counts lines from 1 through comments and blank lines', () => {
    expect(parsed.instructions.map((i) => i.line)).toEqual([3, 4, 9]);
    expect(parsed.errors).toEqual([]);
  });

  it('keeps a # inside an instruction', () => {
    expect(parsed.instructions[2]!.args).toContain('# not a comment');
  });

  it('warns once about an empty line inside a continuation, and still joins across it', () => {
    const p = parseDockerfile('FROM alpine\nRUN echo a \\\n\n  b');
    expect(p.instructions[1]!.args).toBe('echo a   b');
    expect(p.warnings).toEqual([{ line: 3, message: 'An empty line inside a continuation is deprecated: remove it' }]);
  });

  it('honours `# escape=`` (Windows style) for continuations', () => {
    const p = parseDockerfile('# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir c:\\ `\n    && echo done');
    expect(p.directives.escape).toBe('`');
    expect(p.instructions[1]).toMatchObject({ keyword: 'RUN', args: 'dir c:\\     && echo done', endLine: 4 });
  });

  it('reads a directive only at the very top: after a comment it is a comment', () => {
    const p = parseDockerfile('# hello\n# escape=`\nFROM alpine\nRUN echo \\\n  ok');
    expect(p.directives).toEqual({});
    expect(p.instructions[1]!.args).toBe('echo   ok');
  });
});

describe('JSON (exec) and shell forms', () => {
  it('reads a JSON array of strings as the exec form', () => {
    const [, cmd, entry] = parseDockerfile('FROM node:20\nCMD ["node", "server.js"]\nENTRYPOINT ["docker-entrypoint.sh"]').instructions;
    expect(cmd).toMatchObject({ json: ['node', 'server.js'] });
    expect(entry).toMatchObject({ json: ['docker-entrypoint.sh'] });
  });

  it('reads anything else as the shell form, split into words with quotes removed', () => {
    const cmd = parseDockerfile('FROM alpine\nCMD echo "hello world" \'and more\'').instructions[1]!;
    expect(cmd.json).toBeNull();
    expect(cmd.words).toEqual(['echo', 'hello world', 'and more']);
  });

  it('warns that single-quoted "JSON" runs in shell form', () => {
    const p = parseDockerfile("FROM alpine\nCMD ['echo', 'hi']");
    expect(p.instructions[1]!.json).toBeNull();
    expect(p.warnings[0]!.message).toContain('not valid JSON');
  });

  it('reads COPY\'s JSON form after its options', () => {
    const copy = parseDockerfile('FROM alpine\nCOPY --chown=app:app ["my file.txt", "/app/"]').instructions[1]!;
    expect(copy).toMatchObject({ flags: { chown: 'app:app' }, json: ['my file.txt', '/app/'] });
  });
});

describe('every instruction of the Dockerfile reference', () => {
  const text = [
    '# syntax=docker/dockerfile:1',
    'ARG BASE=alpine:3.20',
    'FROM ${BASE} AS base',
    'LABEL org.opencontainers.image.title="demo" version=1.0',
    'MAINTAINER someone@example.com',
    'ENV APP_HOME=/app PATH=/app/bin:$PATH',
    'ARG BUILD_ID',
    'WORKDIR /app',
    'RUN apk add --no-cache curl',
    'COPY --chown=1000:1000 app.sh /app/',
    'ADD https://example.com/data.tar.gz /data/',
    'VOLUME ["/data"]',
    'EXPOSE 8080/tcp 53/udp 8000-8010',
    'USER 1000:1000',
    'ONBUILD COPY . /app/src',
    'STOPSIGNAL SIGTERM',
    'HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8080/ || exit 1',
    'SHELL ["/bin/sh", "-c"]',
    'ENTRYPOINT ["/app/app.sh"]',
    'CMD ["--help"]',
  ].join('\n');
  const parsed = parseDockerfile(text);

  it('parses all 18 keywords without an error; MAINTAINER only draws a deprecation warning', () => {
    expect(new Set(keywords(text))).toEqual(new Set(INSTRUCTION_KEYWORDS));
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings.map((w) => w.line)).toEqual([5]);
  });

  it('makes layers only for FROM, RUN, COPY and ADD: 4 of its 19 instructions', () => {
    expect(parsed.layers.map((l) => l.keyword)).toEqual(['FROM', 'RUN', 'COPY', 'ADD']);
    expect(parsed.instructions).toHaveLength(19);
    expect(INSTRUCTION_KEYWORDS.filter(isFilesystemInstruction)).toEqual(['FROM', 'RUN', 'ADD', 'COPY']);
  });

  it('substitutes the ARG declared before FROM into the base image', () => {
    expect(parsed.stages[0]!.base).toBe('alpine:3.20');
  });

  it('reads HEALTHCHECK\'s options', () => {
    expect(parsed.instructions.find((i) => i.keyword === 'HEALTHCHECK')!.flags).toEqual({ interval: '30s', timeout: '3s' });
  });
});

describe('keywords are case-insensitive', () => {
  it('reads lower- and mixed-case keywords and stores them upper-cased', () => {
    const p = parseDockerfile('from alpine:3.20 as base\nrun echo hi\nCopy a.txt /a.txt\nfrom base\ncmd ["sh"]');
    expect(p.instructions.map((i) => i.keyword)).toEqual(['FROM', 'RUN', 'COPY', 'FROM', 'CMD']);
    expect(p.errors).toEqual([]);
    expect(p.stages[0]!.name).toBe('base');
    expect(p.stages[1]!.baseStage).toBe(0);
  });

  it('says isFilesystemInstruction for any case', () => {
    expect(['run', 'Copy', 'ADD', 'from'].map(isFilesystemInstruction)).toEqual([true, true, true, true]);
    expect(['label', 'CMD', 'Env', 'workdir', 'EXPOSE'].map(isFilesystemInstruction)).toEqual([false, false, false, false, false]);
  });
});

describe('ARG before FROM', () => {
  it('is allowed, with defaults and ${NAME:-fallback}', () => {
    const p = parseDockerfile('ARG VERSION\nARG DISTRO=bookworm\nFROM debian:${VERSION:-12}-${DISTRO}-slim');
    expect(p.errors).toEqual([]);
    expect(p.stages[0]!.base).toBe('debian:12-bookworm-slim');
  });
});

describe('here-documents', () => {
  it('take the body into the RUN, up to the closing word', () => {
    const p = parseDockerfile('FROM alpine\nRUN <<EOF\napk add curl\nrm -rf /tmp/x\nEOF\nCMD ["sh"]');
    expect(p.instructions[1]).toMatchObject({ keyword: 'RUN', line: 2, endLine: 5, args: '<<EOF\napk add curl\nrm -rf /tmp/x' });
    expect(p.instructions[2]).toMatchObject({ keyword: 'CMD', line: 6 });
    expect(p.errors).toEqual([]);
  });

  it('report one never closed', () => {
    expect(parseDockerfile('FROM alpine\nRUN <<EOF\necho hi').errors).toEqual([
      { line: 2, message: 'The here-document <<EOF is never closed: end it with a line holding only EOF' },
    ]);
  });
});
