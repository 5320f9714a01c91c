import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Dates must not depend on the machine's zone: run the unit tests far from UTC.
    env: { TZ: 'Pacific/Kiritimati' },
    // The files share a worker and its loaded modules: importing them again for each file was two thirds of
    // the run (45 s of 60 on the 2-core machine). No test leaves state behind: the caches in src/lib are keyed
    // by the objects they describe, the one stubbed global is restored after each test, and dates.test.ts
    // puts TZ back.
    isolate: false,
    // A bound for a test that hangs, not a speed target: on a machine shared with other work, a test that
    // takes half a second alone can take ten.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
