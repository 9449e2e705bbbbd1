/**
 * A few realistic Dockerfiles for presets and tests. Each says what it teaches; the layer sizes
 * the explorer draws for them are explorer's assumptions (size-assumptions.ts). The CentOS and
 * Apache one follows the notes' own example (seed notes, Containers: "FROM centos:7", then a layer
 * that updates and installs the Apache web server). Listed in the order of CONTAINER_SAMPLE_IDS.
 * No units.
 */

import type { ContainerSampleId } from './sample-ids';

export interface DockerfileSample {
  id: ContainerSampleId;
  title: string;
  lesson: string;
  text: string;
}

const lines = (...l: string[]) => `${l.join('\n')}\n`;

export const DOCKERFILE_SAMPLES: readonly DockerfileSample[] = [
  {
    id: 'node-web',
    title: 'A Node.js web app',
    lesson: 'Copy the package files first and install, then copy the code: a code change rebuilds only the last layer. WORKDIR, EXPOSE, USER and CMD are metadata.',
    text: lines(
      '# syntax=docker/dockerfile:1',
      'FROM node:20-alpine',
      'WORKDIR /app',
      'COPY package.json package-lock.json ./',
      'RUN npm ci --omit=dev \\',
      '    && npm cache clean --force',
      'COPY . .',
      'ENV NODE_ENV=production',
      'EXPOSE 3000',
      'USER node',
      'CMD ["node", "server.js"]',
    ),
  },
  {
    id: 'notes-apache',
    title: 'The notes\' example: CentOS 7 and Apache',
    lesson: 'Two layers, as in the notes: the centos:7 base, then one RUN that installs Apache. EXPOSE and CMD add no layer.',
    text: lines(
      'FROM centos:7',
      'RUN yum -y update && yum -y install httpd && yum clean all',
      'EXPOSE 80',
      'CMD ["/usr/sbin/httpd", "-D", "FOREGROUND"]',
    ),
  },
  {
    id: 'python-wasteful',
    title: 'A Python app that deletes too late',
    lesson: 'The package lists from apt-get update are deleted by a later RUN: they are hidden, yet still stored in the earlier layer, so the image does not shrink.',
    text: lines(
      'FROM python:3.12-slim',
      'RUN apt-get update && apt-get install -y gcc',
      'RUN rm -rf /var/lib/apt/lists/*',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'COPY app.py .',
      'CMD ["python", "app.py"]',
    ),
  },
  {
    id: 'python-tidy',
    title: 'The same Python app, cleaned up in the same layer',
    lesson: 'Deleting the package lists in the same RUN that wrote them keeps them out of every layer.',
    text: lines(
      'FROM python:3.12-slim',
      'RUN apt-get update \\',
      '    && apt-get install -y --no-install-recommends gcc \\',
      '    && rm -rf /var/lib/apt/lists/*',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN pip install --no-cache-dir -r requirements.txt',
      'COPY app.py .',
      'CMD ["python", "app.py"]',
    ),
  },
  {
    id: 'go-multistage',
    title: 'A Go service, built in one stage and shipped in another',
    lesson: 'Only the last stage ships: the Go toolchain and modules stay in the build stage; the image is a tiny base and one binary.',
    text: lines(
      '# syntax=docker/dockerfile:1',
      'ARG GO_VERSION=1.22',
      'FROM golang:${GO_VERSION} AS build',
      'WORKDIR /src',
      'COPY go.mod go.sum ./',
      'RUN go mod download',
      'COPY . .',
      'RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server',
      '',
      'FROM gcr.io/distroless/static-debian12',
      'COPY --from=build /out/server /server',
      'EXPOSE 8080',
      'USER nonroot:nonroot',
      'ENTRYPOINT ["/server"]',
    ),
  },
  {
    id: 'broken',
    title: 'A broken Dockerfile',
    lesson: 'The parser reports each problem on its line and still draws what it understood.',
    text: lines(
      'RUN echo "no base image yet"',
      'FROM ubuntu:24.04',
      'RUNN apt-get update',
      'COPY app.py',
      'COPY --from=builder /out/app /app',
      'EXPOSE http',
      'CMD ["./app"]',
    ),
  },
];

/** The sample with this id (throws on an unknown id: ids are fixed above). */
export function dockerfileSample(id: string): DockerfileSample {
  const sample = DOCKERFILE_SAMPLES.find((s) => s.id === id);
  if (!sample) throw new Error(`No Dockerfile sample "${id}"`);
  return sample;
}
