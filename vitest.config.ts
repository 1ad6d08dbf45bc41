import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The adapter's own logic is unit-tested against a small stand-in; the real API runs in test/integration.
    alias: { vscode: new URL('./test/unit/extension/vscodeMock.ts', import.meta.url).pathname },
  },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
