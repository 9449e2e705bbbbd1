// Types into the containers view's Dockerfile editor holding a 100-line Dockerfile and measures,
// per keystroke: the app's own work (keydown reaching the page to the `input` event after React has
// re-parsed and committed, plus a forced layout, as shared/TOOLCHAIN.md defines it) and the
// input-to-paint latency (KeyboardEvent.timeStamp to the second requestAnimationFrame).
import { collectErrors, keystrokeProbe, latencyStats, routeUrl, waitUntilQuiet } from './lib.mjs';

export function hundredLineDockerfile() {
  const lines = ['FROM python:3.12-slim', 'WORKDIR /app', 'COPY requirements.txt ./', 'RUN pip install -r requirements.txt'];
  for (let i = lines.length; i < 99; i++) {
    lines.push(i % 5 === 0 ? `ENV STEP_${i}=${i}` : i % 7 === 0 ? `COPY src/part${i}.py /app/part${i}.py` : `RUN echo "step ${i}" > /tmp/step-${i}.txt`);
  }
  lines.push('CMD ["python3", "/app/main.py"]');
  return lines.join('\n');
}


export async function measureTyping(browser, server, { keystrokes = 30 } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  try {
    const text = hundredLineDockerfile();
    const url = routeUrl(server.baseUrl, `#/containers?df=${encodeURIComponent(text)}`);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await waitUntilQuiet(page, { quietMs: 750 });
    await page.evaluate(keystrokeProbe, 'input');
    const editor = page.getByRole('textbox', { name: 'Dockerfile' });
    await editor.scrollIntoViewIfNeeded();
    await editor.focus();
    await page.keyboard.press('Control+End');
    const latencies = [];
    const works = [];
    const keys = 'RUN echo typed > /tmp/typed.txt';
    for (let i = 0; i < keystrokes; i++) {
      await page.keyboard.type(keys[i % keys.length]);
      const r = await page.evaluate(() => window.__benchKeys.last);
      latencies.push(r.latency);
      if (Number.isFinite(r.work)) works.push(r.work);
    }
    const lines = (await editor.inputValue()).split('\n').length;
    return { route: '#/containers', dockerfileLines: lines, keystrokes, latencyMs: latencyStats(latencies), appWorkMs: latencyStats(works), errors };
  } finally {
    await context.close();
  }
}
