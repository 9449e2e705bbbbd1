// Debian's Chromium on this closed network: where it is and the flags that keep it from reaching
// hosts it cannot reach (shared/TOOLCHAIN.md). Shared by the browser tests, the bench and
// scripts/screenshot.mjs. playwright-core's launch() adds --headless, --no-sandbox and a fresh profile.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
