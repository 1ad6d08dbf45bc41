import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The adapter's own logic is unit-tested against a small stand-in; the real API runs in test/integration.
    alias: { vscode: new URL('./test/unit/extension/vscodeMock.ts', import.meta.url).pathname },
  },
  test: {
    // Growth tests time the analysis, so they run alone (npm run test:growth), one file at a time.
    // Pipeline tests need GNU parallel and the built CLI (npm run test:pipeline); the Neovim test, Neovim and the built server.
    include: process.env.CLAIMLENS_GROWTH
      ? ['test/growth/**/*.test.ts']
      : process.env.CLAIMLENS_PIPELINE
        ? ['test/pipeline/**/*.test.ts']
        : process.env.CLAIMLENS_NVIM
          ? ['test/nvim/**/*.test.ts']
          : ['test/unit/**/*.test.ts'],
    fileParallelism: !process.env.CLAIMLENS_GROWTH,
    environment: 'node',
    // A test states what must hold, not how fast: on a shared 2-core machine a CLI run or a big parse can take seconds.
    // Speed has its own checks (the growth tests, `npm run bench`).
    testTimeout: 60_000,
  },
});
