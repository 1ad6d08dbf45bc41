/**
 * The --jsonl contract under GNU parallel, as README "In pipelines" shows it:
 * records split across processes and joined again give the lines of one run.
 * Runs the built CLI (npm run test:pipeline builds it first). GNU parallel
 * must be installed (Debian: apt-get install parallel); without it this fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { articlesFor } from '../unit/cliArticles';

const cliJs = join(__dirname, '../../dist/cli.js');
let input: string;

beforeAll(() => {
  const probe = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
  if (probe.error || !probe.stdout.startsWith('GNU parallel')) {
    throw new Error('GNU parallel is not installed, and this test needs it: apt-get install parallel (Debian/Ubuntu) or brew install parallel (macOS)');
  }
  if (!existsSync(cliJs)) throw new Error(`${cliJs} is missing: run npm run build (npm run test:pipeline does)`);
  const lines = articlesFor(40).map(([id, text]) => JSON.stringify({ id, text, desk: 'ignored' }));
  lines.splice(17, 0, '{"id": "broken", "txt": "a typo"}');
  input = join(mkdtempSync(join(tmpdir(), 'claimlens-pipeline-')), 'articles.jsonl');
  writeFileSync(input, `${lines.join('\n')}\n`);
});

function shell(command: string) {
  const result = spawnSync('sh', ['-c', command], { encoding: 'utf8', timeout: 120_000 });
  expect(result.error).toBeUndefined();
  return result;
}

describe('claimlens --jsonl under GNU parallel', () => {
  it('gives the lines of a single run, in order, with the bad line as an error line', () => {
    const single = shell(`"${process.execPath}" "${cliJs}" --jsonl < "${input}"`);
    const split = shell(`parallel --will-cite --pipe -N 7 --keep-order "${process.execPath}" "${cliJs}" --jsonl --jobs 1 < "${input}"`);
    const lines = single.stdout.trim().split('\n');
    expect(lines).toHaveLength(41);
    expect(JSON.parse(lines[17]!)).toEqual({ id: 'broken', line: 18, error: 'no "text"' });
    expect(split.stdout).toBe(single.stdout.replace('"line":18', '"line":4'));
    // Exit codes: 1 from the run with the bad line; GNU parallel counts the failed jobs.
    expect(single.status).toBe(1);
    expect(split.status).toBe(1);
  });
});
