import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Dates must not depend on the machine's zone: run the unit tests far from UTC.
    env: { TZ: 'Pacific/Kiritimati' },
  },
});
