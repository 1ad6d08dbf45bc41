/**
 * The language server in Neovim's built-in LSP client: `nvim --headless` with
 * a minimal config (lsp.lua) starts the built server over stdio, opens an
 * article, and reports a hover on a figure and the document symbols. Runs with
 * `npm run test:nvim` (which builds first); Neovim must be installed
 * (Debian: apt-get install neovim, which .ci/run does), or this fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FLOOD_ARTICLE as ARTICLE } from '../unit/server/floodArticle';

const serverJs = join(__dirname, '../../dist/server.js');

interface NeovimReport {
  readonly error?: string;
  readonly filetype: string;
  readonly hover: { contents: { kind: string; value: string } } | null;
  readonly symbols: Array<{ name: string; detail: string; children?: Array<{ name: string }> }>;
}

let report: NeovimReport;

beforeAll(() => {
  const probe = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (probe.error || !/^NVIM v/.test(probe.stdout)) throw new Error('Neovim is not installed, and this test needs it: apt-get install neovim (Debian/Ubuntu) or brew install neovim (macOS)');
  if (!existsSync(serverJs)) throw new Error(`${serverJs} is missing: run npm run build (npm run test:nvim does)`);
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-nvim-'));
  writeFileSync(join(dir, 'flood.md'), ARTICLE);
  const out = join(dir, 'report.json');
  const figure = ARTICLE.split('\n').findIndex((l) => l.includes('38'));
  const run = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', join(__dirname, 'lsp.lua'), 'flood.md'], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 90_000,
    env: { ...process.env, CLAIMLENS_NVIM_OUT: out, CLAIMLENS_SERVER: serverJs, CLAIMLENS_HOVER_LINE: String(figure), CLAIMLENS_HOVER_CHARACTER: String(ARTICLE.split('\n')[figure]!.indexOf('38')) },
  });
  if (!existsSync(out)) throw new Error(`Neovim wrote no report (exit ${run.status}${run.error ? `, ${run.error.message}` : ''}): ${run.stderr}${run.stdout}`);
  report = JSON.parse(readFileSync(out, 'utf8')) as NeovimReport;
  if (report.error) throw new Error(report.error);
}, 120_000);

describe('Neovim, through its built-in LSP client', () => {
  it('opens the article as Markdown', () => {
    expect(report.filetype).toBe('markdown');
  });

  it('shows a hover on a figure that names its source', () => {
    expect(report.hover?.contents.kind).toBe('markdown');
    expect(report.hover?.contents.value).toContain('**Source:** Interior Ministry');
    expect(report.hover?.contents.value).not.toContain('command:');
  });

  it('lists the quotes, with their speakers, and the figures among the document symbols', () => {
    expect(report.symbols.map((s) => [s.name, s.detail])).toEqual([
      ['38', 'people died · Interior Ministry'],
      ['“We counted 140 bodies in one valley,”', 'Lena Marsh'],
    ]);
    expect(report.symbols[1]!.children?.map((c) => c.name)).toEqual(['140']);
  });
});
