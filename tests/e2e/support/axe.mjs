// axe-core inside the page, from node_modules/axe-core (injected as a script tag, so no network is needed). Test
// helper only.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe on the whole document and fails with a readable list of every violation (all impacts).
 * @param {import('playwright-core').Page} page
 * @param {string} where what the page shows, for the failure message
 */
export async function expectNoViolations(page, where) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    // Smooth scrolling and transitions must not leave the page half-painted while axe reads colours.
    document.documentElement.style.scrollBehavior = 'auto';
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 3).join(' ')}`),
    }));
  });
  assert.deepEqual(violations, [], `axe violations ${where}:\n${JSON.stringify(violations, null, 2)}`);
}
