// Runs before the app so the first paint already has the right theme (no light flash in dark mode).
// Keep the key and values in step with src/app/theme.ts.
(function () {
  try {
    var saved = localStorage.getItem('ec2x.theme');
    var dark = saved === 'dark' || (saved !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    document.documentElement.classList.toggle('dark', dark);
  } catch {
    /* storage blocked: follow the system through CSS only */
  }
})();
