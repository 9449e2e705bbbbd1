/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';
import { createHash } from 'node:crypto';

// The built site may talk to its own origin only: no CDN, no analytics, no web fonts. Scripts come
// from the site itself, plus the one inline theme script of index.html, allowed by its hash.
// Added at build time only, because the dev server injects inline scripts of its own.
function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHashes.map((h) => ` '${h}'`).join('')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'ec2x-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}`);
        return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(inline) }, injectTo: 'head-prepend' }];
      },
    },
  };
}

// `base: './'` keeps every asset URL relative, so the built dist/ works from any static host
// and any sub-path (routes live in the hash, so no server rewrite is needed).
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicyPlugin()],
  build: { target: 'es2022', sourcemap: false },
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/domain/**/*.test.ts', 'tests/store/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/features/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['./tests/support/setup-dom.ts'],
          // Whole-app tests wait for lazily loaded views (up to 10 s on a busy CI machine).
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['./tests/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
