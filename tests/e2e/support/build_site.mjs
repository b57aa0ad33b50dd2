// Builds a release site into a folder of its own, for the end-to-end tests that need a site other than dist/ (another
// kommun's, one for many kommuner, one with a kommun's look). The cargo build is shared with the main build, so only
// Trunk's staging and the build tool's post_build hook run again (about 1–4 minutes).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Runs `medb_trunk build --release --dist <dist>` with the build settings `settings` (MEDB_DATASET, MEDB_DATASETS,
 * …; the ones not given are cleared, so the caller's environment chooses nothing) and fails with the build's last
 * output when it fails.
 * @param {string} dist the folder to build into
 * @param {Record<string, string>} settings
 * @param {string} what the site, for the failure message
 */
export async function buildRelease(dist, settings, what) {
  const script = `source scripts/env.sh && medb_trunk build --release --dist "${dist}"`;
  const env = { ...process.env, MEDB_DATASET: '', MEDB_DATASETS: '', MEDB_EXTRA_DATASETS: '', ...settings };
  const child = spawn('bash', ['-c', script], { cwd: ROOT, env });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolve) => child.on('close', resolve));
  assert.equal(code, 0, `the build for ${what} failed:\n${output.slice(-4000)}`);
}
