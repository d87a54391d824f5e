import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright owns e2e/; vitest only runs the unit tests beside the code.
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
