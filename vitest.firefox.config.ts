import { defineConfig } from 'vitest/config';

// End-to-end tests in real Firefox (tests/firefox/harness.ts); one browser at a time on small machines.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
