import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const coreDir = join(__dirname, '../../src/core');
// The core runs in the CLI, the desktop extension host and a browser worker.
const allowed = /^(?:\.\.?\/|unified$|remark-parse$|remark-frontmatter$|decode-named-character-reference$|mdast$)/;

/** Every source file under the core, with its path relative to it. */
function coreFiles(dir = coreDir, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? coreFiles(join(dir, name), `${prefix}${name}/`) : /\.ts$/.test(name) ? [`${prefix}${name}`] : []));
}

describe('src/core', () => {
  it('imports neither vscode nor Node built-ins, only the Markdown parser', () => {
    const offenders: string[] = [];
    for (const file of coreFiles()) {
      const source = readFileSync(join(coreDir, file), 'utf8');
      for (const m of source.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const specifier = m[1] ?? m[2] ?? m[3]!;
        if (!allowed.test(specifier) || (specifier.startsWith('../') && !file.includes('/'))) offenders.push(`${file}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('uses no Node or browser globals that a web worker lacks', () => {
    const offenders: string[] = [];
    for (const file of coreFiles()) {
      const source = readFileSync(join(coreDir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const global of ['process.', 'Buffer', '__dirname', 'require(', 'window.', 'document.']) {
        if (source.includes(global)) offenders.push(`${file}: ${global}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
