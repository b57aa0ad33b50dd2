// Holding back a published file, to look at the page while it is on its way (the build's rendered copy, the
// loading text). Test helper only.

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
