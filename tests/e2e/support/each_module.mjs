// Parity: a behaviour spec is written once and registered for both modules that can work the page — the page's
// first module (the build's page as it is) and the full app (the page served without its first module,
// support/server.mjs) — so a resident gets the same page from either, and a spec that passes on one and fails on the
// other fails CI. Every test's title ends in the module's name, so a report says which one failed.
import { describe, test as nodeTest } from 'node:test';
import { useAppSession } from './session.mjs';

/** The modules, by the name the server and the page object know them by, with the name a report gives them. */
export const MODULE_NAMES = { first: 'first module', full: 'full app' };

/**
 * Registers `body` once per module, each in its own suite with its own session (server and browser).
 * `body(module, newApp, test)`: `module` is 'first' or 'full'; `newApp` is that session's (see useAppSession), whose
 * page object expects that module to work the page; `test` is node:test's, with " [first module]" or
 * " [full app]" added to the title — use it for every test in `body`.
 * @param {Parameters<typeof useAppSession>[0] | ((module: 'first'|'full', newApp: ReturnType<typeof useAppSession>, test: typeof nodeTest) => void)} options
 *   useAppSession's options (without `module`), or `body`
 * @param {(module: 'first'|'full', newApp: ReturnType<typeof useAppSession>, test: typeof nodeTest) => void} [body]
 */
export function forEachModule(options, body) {
  if (typeof options === 'function') [options, body] = [{}, options];
  for (const [module, name] of Object.entries(MODULE_NAMES)) {
    describe(`on the ${name}`, () => {
      const newApp = useAppSession({ ...options, module });
      const test = (title, ...rest) => nodeTest(`${title} [${name}]`, ...rest);
      body(module, newApp, test);
    });
  }
}
