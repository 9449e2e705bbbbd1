/**
 * The parser's errors: one per problem, on its line, in sentences a learner can act on; the rest
 * of the Dockerfile is still parsed and drawn.
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/domain/containers/dockerfile';
import { estimateLayers } from '../../../src/domain/containers/layers';
import { dockerfileSample } from '../../../src/domain/containers/samples';

const errors = (text: string) => parseDockerfile(text).errors;
const messages = (text: string) => errors(text).map((e) => e.message);

describe('unknown instructions', () => {
  it('suggest the closest keyword', () => {
    expect(errors('FROM alpine\nRUNN apk add curl')).toEqual([{ line: 2, message: 'Unknown instruction "RUNN": did you mean RUN?' }]);
    expect(messages('FROM alpine\ncpy a b')).toEqual(['Unknown instruction "cpy": did you mean COPY?']);
    expect(messages('FROM alpine\nENTRYPIONT ["sh"]')).toEqual(['Unknown instruction "ENTRYPIONT": did you mean ENTRYPOINT?']);
  });

  it('point at a missing \\ when an indented line follows another', () => {
    expect(errors('FROM debian\nRUN apt-get update &&\n    apt-get install -y curl')).toEqual([
      { line: 3, message: 'Unknown instruction "apt-get": is a \\ missing at the end of line 2?' },
    ]);
  });

  it('say only "unknown" when nothing is close', () => {
    expect(messages('FROM alpine\nBANANA split')).toEqual(['Unknown instruction "BANANA"']);
  });
});

describe('missing or wrong arguments', () => {
  it.each([
    ['FROM', 'FROM needs a base image, e.g. FROM alpine:3.20'],
    ['FROM alpine\nRUN', 'RUN needs a command'],
    ['FROM alpine\nCOPY app.py', 'COPY needs a source and a destination'],
    ['FROM alpine\nADD', 'ADD needs a source and a destination'],
    ['FROM alpine\nWORKDIR', 'WORKDIR needs a path, e.g. WORKDIR /app'],
    ['FROM alpine\nENV NODE_ENV', 'ENV needs a value: ENV NODE_ENV=value'],
    ['FROM alpine\nLABEL', 'LABEL needs at least one name=value pair, e.g. LABEL version="1.0"'],
    ['FROM alpine\nEXPOSE http', 'EXPOSE takes ports like 80, 8000-8010 or 53/udp, not "http"'],
    ['FROM alpine\nEXPOSE 70000', 'EXPOSE takes ports like 80, 8000-8010 or 53/udp, not "70000"'],
    ['FROM alpine\nUSER app extra', 'USER takes one user, optionally with a group: USER app or USER 1000:1000'],
    ['FROM alpine\nSHELL /bin/bash -c', 'SHELL must be written in JSON form, e.g. SHELL ["/bin/bash", "-c"]'],
    ['FROM alpine\nHEALTHCHECK curl localhost', 'HEALTHCHECK needs CMD <command> (after any options) or NONE alone'],
    ['FROM alpine\nONBUILD ONBUILD RUN x', 'ONBUILD cannot trigger ONBUILD'],
    ['FROM alpine\nSTOPSIGNAL', 'STOPSIGNAL takes one signal, e.g. STOPSIGNAL SIGTERM'],
    ['FROM alpine\nCOPY --form=build a b', 'COPY has no --form option'],
    ['FROM alpine AS', 'FROM takes an image and optionally AS <name>, e.g. FROM golang:1.22 AS build'],
  ])('%j: %s', (text, message) => {
    expect(messages(text)).toEqual([message]);
  });

  it('accept the legacy ENV and LABEL forms (NAME value) and CMD []', () => {
    expect(errors('FROM alpine\nENV GREETING hello world\nLABEL maintainer me\nCMD []\nHEALTHCHECK NONE')).toEqual([]);
  });
});

describe('FROM first', () => {
  it('errs on any instruction but ARG before the first FROM', () => {
    expect(errors('RUN echo hi\nFROM alpine')).toEqual([{ line: 1, message: 'The first instruction must be FROM (or ARG before FROM)' }]);
  });

  it('errs when there is no FROM at all', () => {
    expect(errors('ARG VERSION=1')).toEqual([{ line: 1, message: 'A Dockerfile needs a FROM instruction, e.g. FROM alpine:3.20' }]);
    expect(errors('# only a comment\n')).toEqual([{ line: 1, message: 'A Dockerfile needs a FROM instruction, e.g. FROM alpine:3.20' }]);
  });
});

describe('stages', () => {
  it('err on COPY --from naming no earlier stage, suggesting a close name', () => {
    expect(messages('FROM golang AS build\nFROM alpine\nCOPY --from=buidl /out/app /app')).toEqual([
      'COPY --from=buidl names no earlier stage. Did you mean build? To copy from an image, give its tag, e.g. buidl:latest',
    ]);
    expect(messages('FROM golang AS build\nFROM alpine\nCOPY --from=assets /a /a')).toEqual([
      'COPY --from=assets names no earlier stage. The earlier stages are build. To copy from an image, give its tag, e.g. assets:latest',
    ]);
  });

  it('err on a stage copying from itself or a later one, by name or number', () => {
    expect(messages('FROM alpine AS a\nCOPY --from=a /x /x')).toEqual(['COPY --from=a names this stage or a later one: a stage can copy only from an earlier stage']);
    expect(messages('FROM alpine\nCOPY --from=0 /x /x')[0]).toContain('stages are counted from 0, and this is stage 0');
  });

  it('accept an earlier stage by name (any case) or number, and an image reference', () => {
    expect(errors('FROM golang AS Build\nFROM alpine\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx')).toEqual([]);
  });

  it('err on a stage name used twice', () => {
    expect(messages('FROM alpine AS x\nFROM debian AS X')).toEqual(['The stage name "X" is already used by stage 0']);
  });
});

describe('the broken sample', () => {
  it('reports each problem on its line and builds no layer from a line with an error', () => {
    const parsed = parseDockerfile(dockerfileSample('broken').text);
    expect(parsed.errors.map((e) => e.line)).toEqual([1, 3, 4, 5, 6]);
    expect(parsed.errors[1]!.message).toBe('Unknown instruction "RUNN": did you mean RUN?');
    // COPY app.py (line 4) and COPY --from=builder (line 5) have errors: not built, no layer, no size.
    expect(parsed.layers.map((l) => `${l.keyword}@${l.fromLine}`)).toEqual(['FROM@2']);
    expect(estimateLayers(parsed).map((l) => [l.fromLine, l.sizeMB])).toEqual([[2, 78]]);
  });
});
