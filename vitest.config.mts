import {defineConfig} from 'vitest/config';

export default defineConfig({
  test: {
    // Playwright owns e2e/; vitest only runs the unit tests beside the code.
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Vitest runs one file fewer at a time than there are cores: one, on a
    // 2-core machine. Most of the slowest file's time is the AWS CLI it runs
    // in child processes, so a worker per core keeps both busy.
    maxWorkers: '100%',
    // No test file mocks modules or stubs globals, so files can share a
    // worker's module cache instead of re-importing the engine each time
    // (87 s to 62 s here). https://vitest.dev/config/#isolate
    isolate: false,
  },
});
