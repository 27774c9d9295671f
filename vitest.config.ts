import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Worker-pool and CLI tests spawn real threads and processes: 2-core CI needs headroom.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
