// Bundles the CLI (and, as they exist, the extension and the benchmark) with esbuild.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');
const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { CLAIMLENS_VERSION: JSON.stringify(pkg.version) },
};

const builds = [
  { ...common, entryPoints: ['src/cli/index.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  // The desktop extension host (Node).
  { ...common, entryPoints: ['src/extension/node.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
  // vscode.dev and github.dev: a web worker, no Node APIs. The "worker" condition picks
  // the packages' browser builds that do not touch `document` (decode-named-character-reference).
  { ...common, entryPoints: ['src/extension/browser.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], conditions: ['worker'] },
  // The language server: Node (stdio, IPC; analyses on a worker thread) and a web worker for vscode.dev.
  { ...common, entryPoints: ['src/server/node/main.ts'], outfile: 'dist/server.js', platform: 'node', format: 'cjs', target: 'node20', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/server/browser/main.ts'], outfile: 'dist/web/server.js', platform: 'browser', format: 'iife', target: 'es2022', conditions: ['worker'] },
];
for (const tool of ['bench', 'fuzz']) {
  if (existsSync(`scripts/${tool}.ts`)) builds.push({ ...common, entryPoints: [`scripts/${tool}.ts`], outfile: `dist/${tool}.js`, platform: 'node', format: 'cjs', target: 'node20' });
}
await Promise.all(builds.map((options) => build(options)));
