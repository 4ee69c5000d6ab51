import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A hang guard only, generous for a loaded CI machine: time targets live in `npm run bench`.
    testTimeout: 120000,
    hookTimeout: 120000,
  },
});
