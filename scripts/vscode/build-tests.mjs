// Compiles test/integration/*.ts to out/test/integration/*.js for the extension host.
// Each test is bundled on its own (so it can import src/ freely); 'vscode' comes from
// the host and 'mocha' stays external so the runner and the tests share one instance.
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as path from 'node:path';

const root = fileURLToPath(new URL('../..', import.meta.url));
const srcDir = path.join(root, 'test/integration');
const outDir = path.join(root, 'out/test/integration');

const entryPoints = readdirSync(srcDir)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
  .map((name) => path.join(srcDir, name));

// A deleted test must not keep running from a stale .js file.
rmSync(outDir, { recursive: true, force: true });

await build({
  entryPoints,
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  logLevel: 'warning',
});
console.log(`[build-tests] ${entryPoints.length} file(s) -> ${path.relative(root, outDir)}/`);
