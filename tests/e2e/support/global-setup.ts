/**
 * globalSetup of the 'browser' vitest project: one production build of the app into .e2e-dist/ (apart from dist/, so a bench or a manual build
 * running at the same time cannot pull files from under it), served
 * with Vite's preview server on 127.0.0.1:<random port>, handed to the journeys with
 * provide('baseUrl') / inject('baseUrl').
 *
 * Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH) must exist. In CI (CI=true) a missing
 * browser is an error: browser journeys never skip there. Locally they skip, loudly.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../../../scripts/chromium.mjs';

/** Where the journeys' build goes (gitignored). */
const E2E_DIST = '.e2e-dist';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute URL of the served build, ending in '/'; '' when Chromium is missing. */
    baseUrl: string;
    /** Whether a Chromium binary is available; when false, browser journeys skip. */
    chromium: boolean;
    /** '' normally; the error message when the production build failed (every journey then fails with it). */
    buildError: string;
  }
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export function chromiumPath(): string {
  return CHROMIUM_PATH;
}

async function buildProduction(): Promise<void> {
  // Vitest sets NODE_ENV=test, and Vite would bake that into the bundle (React's development
  // build). Build as production, then give vitest its environment back.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: path.join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: E2E_DIST, emptyOutDir: true },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    const how = 'install it with `apt-get update && apt-get install -y chromium` or set CHROMIUM_PATH';
    if (process.env.CI === 'true') {
      throw new Error(`Browser journeys cannot run: Chromium not found at ${executable} (CI=true, so they must not be skipped); ${how}.`);
    }
    const bar = '!'.repeat(78);
    console.warn(`\n${bar}\n!! Chromium not found at ${executable}: ALL BROWSER JOURNEYS WILL BE SKIPPED.\n!! To run them, ${how}.\n${bar}\n`);
    project.provide('chromium', false);
    project.provide('baseUrl', '');
    project.provide('buildError', '');
    return async () => {};
  }

  // A broken build fails every journey with its message (see openPage) instead of aborting the
  // whole run, so the other projects' results are still reported.
  try {
    await buildProduction();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nProduction build for the browser journeys FAILED:\n${message}\n`);
    project.provide('chromium', true);
    project.provide('baseUrl', '');
    project.provide('buildError', message);
    return async () => {};
  }

  let server: PreviewServer | undefined = await preview({
    root: ROOT,
    configFile: path.join(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: E2E_DIST },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error(`Vite preview server has no TCP address (${String(address)})`);
  }
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromium', true);
  project.provide('buildError', '');

  return async () => {
    const s = server;
    server = undefined;
    await s?.close();
  };
}
