import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The pure layers run in the CLI, the desktop extension host and a browser
 * worker: what each may import. A relative import must stay inside the layer,
 * or go to a layer named in `layers` (pure too).
 */
const PURE = {
  core: { packages: /^(?:unified|remark-parse|remark-frontmatter|decode-named-character-reference|mdast)$/, layers: [] as string[] },
  review: { packages: /^approx-string-match$/, layers: ['core', 'export'] },
  export: { packages: /^$/, layers: ['core', 'review'] },
  ui: { packages: /^$/, layers: ['core', 'export', 'review'] },
  protocol: { packages: /^$/, layers: ['core'] },
} as const;

/**
 * The language server outside its Node entry (`src/server/node/`) runs in a
 * browser worker too: LSP packages only, no Node built-ins. (Its variables are
 * called `document`, so the globals check below is left to the web bundle test.)
 */
const SERVER = { packages: /^(?:vscode-languageserver(?:\/browser)?|vscode-languageserver-textdocument)$/, layers: ['core', 'export', 'review', 'ui', 'protocol'] };

describe('src/server (but its Node entry)', () => {
  it('imports neither vscode nor Node built-ins, only the LSP packages and the pure layers', () => {
    const dir = join(__dirname, '../../src/server');
    const offenders: string[] = [];
    for (const file of sourceFiles(dir).filter((f) => !f.startsWith('node/'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      for (const m of source.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/g)) {
        const specifier = m[1]!;
        const ok = specifier.startsWith('.') ? allowedRelative(file, specifier, SERVER.layers) : SERVER.packages.test(specifier);
        if (!ok) offenders.push(`${file}: ${specifier}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

/** Every source file under a folder, with its path relative to it. */
function sourceFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? sourceFiles(join(dir, name), `${prefix}${name}/`) : /\.ts$/.test(name) ? [`${prefix}${name}`] : []));
}

/** Whether `specifier`, imported by `file` (relative to the layer), stays in the layer or goes to an allowed one. */
function allowedRelative(file: string, specifier: string, layers: readonly string[]): boolean {
  const depth = file.split('/').length - 1;
  const ups = specifier.match(/^(?:\.\.\/)*/)![0].length / 3;
  if (ups <= depth) return true;
  if (ups > depth + 1) return false;
  const layer = specifier.slice(ups * 3).split('/')[0]!;
  return layers.includes(layer);
}

for (const [layer, { packages, layers }] of Object.entries(PURE)) {
  const dir = join(__dirname, '../../src', layer);
  describe(`src/${layer}`, () => {
    it(`imports neither vscode nor Node built-ins, only ${layers.length ? `${layers.join(' and ')} and ` : ''}its own packages`, () => {
      const offenders: string[] = [];
      for (const file of sourceFiles(dir)) {
        const source = readFileSync(join(dir, file), 'utf8');
        for (const m of source.matchAll(/(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
          const specifier = m[1] ?? m[2] ?? m[3]!;
          const ok = specifier.startsWith('.') ? allowedRelative(file, specifier, layers) : packages.test(specifier);
          if (!ok) offenders.push(`${file}: ${specifier}`);
        }
      }
      expect(offenders).toEqual([]);
    });

    it('uses no Node or browser globals that a web worker lacks', () => {
      const offenders: string[] = [];
      for (const file of sourceFiles(dir)) {
        const source = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        for (const global of ['process.', 'Buffer', '__dirname', 'require(', 'window.', 'document.']) {
          if (source.includes(global)) offenders.push(`${file}: ${global}`);
        }
      }
      expect(offenders).toEqual([]);
    });
  });
}

describe('the purity check itself', () => {
  it('tells an import that leaves its layer from one that stays', () => {
    expect(allowedRelative('anchor.ts', './model', [])).toBe(true);
    expect(allowedRelative('contested/index.ts', '../model', [])).toBe(true);
    expect(allowedRelative('anchor.ts', '../core', ['core'])).toBe(true);
    expect(allowedRelative('anchor.ts', '../node/sidecarStore', ['core'])).toBe(false);
    expect(allowedRelative('anchor.ts', '../../elsewhere', ['core'])).toBe(false);
  });
});
