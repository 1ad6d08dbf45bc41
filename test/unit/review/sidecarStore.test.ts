import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { findSidecar, readSidecar, sidecarPath, SidecarFileError, writeSidecar } from '../../../src/node/sidecarStore';
import { sidecarLocation } from '../../../src/review';
import { createAnchor, serializeSidecar, type Verdict } from '../../../src/review';

const text = 'Officials say nearly 6,000 people fled. The ministry put the dead at 38.';
const verdict = (id: string, start = 14, end = 26): Verdict => ({ id, target: 'figure', status: 'verified', note: '', evidence: '', anchor: createAnchor(text, start, end), created: '2026-12-02T07:00:00.000Z', updated: '2026-12-02T07:00:00.000Z' });
const tempDir = () => mkdtempSync(join(tmpdir(), 'claimlens-store-'));

describe('sidecar paths', () => {
  it('puts article.md’s verdicts in article.claimlens.json, or .claimlens/article.md.json', () => {
    expect(sidecarPath('/news/article.md')).toBe('/news/article.claimlens.json');
    expect(sidecarPath('/news/article.md', 'folder')).toBe('/news/.claimlens/article.md.json');
    // The names the extension uses too (through vscode.workspace.fs): only the last extension goes, a dotfile keeps its name.
    expect(sidecarLocation('notes.v2.md', 'beside')).toEqual({ folder: null, name: 'notes.v2.claimlens.json' });
    expect(sidecarLocation('.draft', 'beside')).toEqual({ folder: null, name: '.draft.claimlens.json' });
    expect(sidecarLocation('README', 'folder')).toEqual({ folder: '.claimlens', name: 'README.json' });
  });

  it('finds the sidecar an article has', () => {
    const dir = tempDir();
    const article = join(dir, 'a.md');
    expect(findSidecar(article)).toBeUndefined();
    writeSidecar(sidecarPath(article, 'folder'), [], [verdict('x')]);
    expect(findSidecar(article)).toBe(sidecarPath(article, 'folder'));
  });
});

describe('readSidecar and writeSidecar', () => {
  it('reads no verdicts where there is no file, and writes none for an empty list', () => {
    const path = join(tempDir(), 'a.claimlens.json');
    expect(readSidecar(path)).toEqual([]);
    expect(writeSidecar(path, [], [])).toEqual([]);
    expect(existsSync(path)).toBe(false);
  });

  it('merges with what another writer saved since it read, and leaves no temporary file', () => {
    const dir = tempDir();
    const path = join(dir, 'a.claimlens.json');
    writeSidecar(path, [], [verdict('a')]);
    const base = readSidecar(path);
    // Someone else adds b; this writer, from the old base, adds c.
    writeSidecar(path, base, [...base, verdict('b', 40, 52)]);
    const merged = writeSidecar(path, base, [...base, verdict('c', 69, 71)]);
    expect(merged.map((v) => v.id).sort()).toEqual(['a', 'b', 'c']);
    expect(readSidecar(path).map((v) => v.id)).toEqual(['a', 'b', 'c']);
    expect(readdirSync(dir)).toEqual(['a.claimlens.json']);
  });

  for (const [name, content, kind] of [
    ['corrupt', '{"version": 1, "verdicts": [,]}', 'not-json'],
    ['truncated', serializeSidecar([verdict('a')]).slice(0, 80), 'not-json'],
    ['wrong-schema', JSON.stringify({ version: 1, verdicts: [{ id: 'a' }] }), 'schema'],
    ['newer-schema', JSON.stringify({ version: 2, verdicts: [] }), 'newer-version'],
  ] as const) {
    it(`refuses a ${name} sidecar with a clear message and never writes over it`, () => {
      const path = join(tempDir(), 'a.claimlens.json');
      writeFileSync(path, content);
      const error = (() => {
        try {
          readSidecar(path);
        } catch (e) {
          return e as SidecarFileError;
        }
      })();
      expect(error).toBeInstanceOf(SidecarFileError);
      expect(error!.problem?.kind).toBe(kind);
      expect(error!.message.startsWith(`${path}: `)).toBe(true);
      expect(() => writeSidecar(path, [], [verdict('b')])).toThrow(SidecarFileError);
      expect(readFileSync(path, 'utf8')).toBe(content);
    });
  }

  it('two processes writing at once lose no entry', async () => {
    const dir = tempDir();
    const path = join(dir, 'a.claimlens.json');
    // The store as the CLI ships it, bundled, run by two real processes that each add 200 verdicts one at a time.
    const script = join(dir, 'writer.cjs');
    buildSync({
      stdin: {
        contents: `
          import { readSidecar, writeSidecar } from './src/node/sidecarStore';
          const [path, who] = process.argv.slice(2);
          for (let i = 0; i < 200; i++) {
            const base = readSidecar(path);
            const time = new Date().toISOString();
            const anchor = { exact: who + i, prefix: '', suffix: '', start: i, end: i + 1 };
            writeSidecar(path, base, [...base, { id: who + '-' + i, target: 'figure', status: 'verified', note: '', evidence: '', anchor, created: time, updated: time }]);
          }`,
        resolveDir: join(__dirname, '../../..'),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: script,
      logLevel: 'error',
    });
    const writer = (who: string) =>
      new Promise<number>((done, fail) => {
        const child = spawn(process.execPath, [script, path, who], { stdio: ['ignore', 'ignore', 'inherit'] });
        child.on('error', fail);
        child.on('exit', (code) => done(code ?? -1));
      });
    expect(await Promise.all([writer('left'), writer('right')])).toEqual([0, 0]);
    const ids = readSidecar(path).map((v) => v.id);
    expect(ids).toHaveLength(400);
    expect(new Set(ids).size).toBe(400);
    expect(readdirSync(dir).sort()).toEqual(['a.claimlens.json', 'writer.cjs']);
  }, 30_000);
});
