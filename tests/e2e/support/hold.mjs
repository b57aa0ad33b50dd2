// Holding back a published file or a module, to look at the page while it is on its way (the build's rendered
// copy, the loading text, a press waiting for a module). Test helper only.

/**
 * Makes requests for `data/<file>` wait until the returned function is called; then they go to the server.
 * @param {import('playwright-core').Page} page
 * @param {string} [file]
 * @returns {Promise<() => void>} release
 */
export async function holdDataset(page, file = 'eskilstuna.json') {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(`**/data/${file}`, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Holds back the request for `module`'s JS until `release()` is called; `requested` resolves once the page has
 * asked for it (public/boot.js asks only after the first paint, when it listens for presses already).
 * @param {import('playwright-core').Page} page
 * @param {'first'|'full'} module
 */
export async function holdModule(page, module) {
  const script = module === 'first' ? /\/medborgarloften-first-[^/]*\.js$/ : /\/medborgarloften-app-[^/]*\.js$/;
  let requested;
  let release;
  const asked = new Promise((resolve) => (requested = resolve));
  const released = new Promise((resolve) => (release = resolve));
  await page.route(script, async (route) => {
    requested();
    await released;
    await route.continue();
  });
  return { requested: asked, release };
}
