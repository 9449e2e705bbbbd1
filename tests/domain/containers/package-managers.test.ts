/**
 * A RUN that calls a package manager its base image lacks gets a remark on its line: apt-get on
 * Alpine, apk on Debian or Ubuntu, yum or dnf on Alpine or Debian (package-managers.ts).
 */
import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../../../src/domain/containers/dockerfile';
import { baseFamily, packageManagerRemarks, packageManagersCalled } from '../../../src/domain/containers/package-managers';
import { DOCKERFILE_SAMPLES } from '../../../src/domain/containers/samples';

const remarksOf = (text: string) => parseDockerfile(text).warnings;

describe('a base image\'s package manager', () => {
  it('is apk on Alpine and on -alpine tags, apt-get on Debian, Ubuntu and the images built on them, yum/dnf on the RPM family', () => {
    expect(['alpine:3.20', 'node:20-alpine', 'python:3.12-alpine', 'docker.io/library/nginx:alpine'].map(baseFamily)).toEqual(['alpine', 'alpine', 'alpine', 'alpine']);
    expect(['debian:12', 'ubuntu:24.04', 'python:3.12-slim', 'node:20', 'golang:1.22'].map(baseFamily)).toEqual(['debian', 'debian', 'debian', 'debian', 'debian']);
    expect(['centos:7', 'amazonlinux:2023', 'fedora:40', 'registry.access.redhat.com/ubi9/ubi'].map(baseFamily)).toEqual(['rpm', 'rpm', 'rpm', 'rpm']);
    expect(['scratch', 'busybox', 'gcr.io/distroless/static-debian12'].map(baseFamily)).toEqual(['none', 'none', 'none']);
    expect(baseFamily('mycorp/tool:1')).toBe('unknown');
  });

  it('is found in each command of a RUN, past NAME=value and sudo, once each', () => {
    expect(packageManagersCalled('DEBIAN_FRONTEND=noninteractive apt-get update && sudo apt-get install -y curl; yum clean all | cat')).toEqual(['apt-get', 'yum']);
    expect(packageManagersCalled('echo apk add curl')).toEqual([]);
  });
});

describe('a RUN that calls a package manager the base lacks', () => {
  it('gets a remark on its line: apt-get on alpine', () => {
    expect(remarksOf('FROM alpine:3.20\nWORKDIR /app\nRUN apt-get update && apt-get install -y curl\n')).toEqual([
      { line: 3, message: 'apt-get is not in alpine:3.20, an Alpine image, whose package manager is apk (apk add --no-cache …): this RUN would fail with "apt-get: not found"' },
    ]);
  });

  it('apk on debian and on ubuntu, yum and dnf on alpine and on debian', () => {
    expect(remarksOf('FROM debian:12\nRUN apk add --no-cache curl\n').map((w) => [w.line, w.message.split(',')[0]])).toEqual([[2, 'apk is not in debian:12']]);
    expect(remarksOf('FROM ubuntu:24.04\nRUN apk add curl\n')[0]!.message).toMatch(/^apk is not in ubuntu:24\.04, a Debian-based image, whose package manager is apt-get/);
    expect(remarksOf('FROM node:20-alpine\nRUN yum install -y git\nRUN dnf install -y make\n').map((w) => [w.line, w.message.split(',')[0]])).toEqual([[2, 'yum is not in node:20-alpine'], [3, 'dnf is not in node:20-alpine']]);
    expect(remarksOf('FROM python:3.12-slim\nRUN ["yum", "install", "-y", "gcc"]\n').map((w) => w.line)).toEqual([2]);
    expect(remarksOf('FROM centos:7\nRUN apt-get install -y httpd\n')[0]!.message).toMatch(/^apt-get is not in centos:7, an RPM-based image, whose package manager is yum or dnf/);
  });

  it('follows a stage built on an earlier stage to its image, and a RUN --mount option', () => {
    const text = 'FROM alpine:3.20 AS base\nFROM base AS build\nRUN --mount=type=cache,target=/var/cache/apt apt-get install -y gcc\nFROM debian:12\nRUN apt-get update\n';
    expect(remarksOf(text).map((w) => [w.line, w.message.split(',')[0]])).toEqual([[3, 'apt-get is not in alpine:3.20']]);
  });

  it('says no image without a package manager has one', () => {
    expect(packageManagerRemarks('apk add curl', 'scratch')).toEqual(['apk is not in scratch, an image with no package manager at all: this RUN would fail with "apk: not found"; install in an earlier stage and COPY the result']);
  });

  it('gets no remark when the manager matches, or the base is not one the explorer knows', () => {
    expect(remarksOf('FROM alpine:3.20\nRUN apk add --no-cache curl\n')).toEqual([]);
    expect(remarksOf('FROM ubuntu:24.04\nRUN apt-get update && apt install -y curl\n')).toEqual([]);
    expect(remarksOf('FROM mycorp/tool:1\nRUN apt-get update && apk add x\n')).toEqual([]);
    for (const s of DOCKERFILE_SAMPLES) expect(remarksOf(s.text).filter((w) => /not in/.test(w.message)), s.id).toEqual([]);
  });
});
