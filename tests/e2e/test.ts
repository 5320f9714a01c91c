/**
 * The `test` every browser test uses: Playwright's, with the site's
 * Content-Security-Policy watched in every page and frame of the test's
 * context. The test server sends public/_headers as a static host does
 * (static-server.mjs), so every test runs under the policy readers get, and
 * a test fails if anything it did was blocked by it: an inline script whose
 * hash public/_headers lacks, a request to another site, zod probing for
 * eval. Chrome does not log every violation to the console, so each frame
 * reports its `securitypolicyviolation` events from its start.
 *
 * A test that means to cause a violation reads them from `policy` and sets
 * `policy.expected` (policy.spec.ts).
 */
import { expect, test as base } from '@playwright/test';

export interface PolicyWatch {
  /** What was blocked, one line each: the page, the directive, what and where. */
  readonly violations: string[];
  /** Set by a test that causes violations on purpose: they do not fail it. */
  expected: boolean;
}

const BINDING = '__tlPolicyViolation';

export const test = base.extend<{ policy: PolicyWatch }>({
  policy: [
    async ({ context }, use) => {
      const watch: PolicyWatch = { violations: [], expected: false };
      await context.exposeBinding(BINDING, (_source, line: string) => void watch.violations.push(line));
      await context.addInitScript((binding) => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as Record<string, (line: string) => void>)[binding];
          report?.(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
      }, BINDING);
      await use(watch);
      if (!watch.expected) expect(watch.violations, 'what the Content-Security-Policy blocked').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
