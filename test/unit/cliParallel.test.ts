/** `--jobs`: worker threads give the same bytes, messages and exit codes as one thread. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main';
import { articlesFor } from './cliArticles';

let dir: string;
let cliJs: string;
let folder: string;

/** The built CLI (workers need a bundle to start), as a child process. */
function builtCli(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [cliJs, ...args], { encoding: 'utf8', input, timeout: 60_000 });
  expect(result.error).toBeUndefined();
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimlens-parallel-'));
  cliJs = join(dir, 'cli.js');
  buildSync({ entryPoints: [join(__dirname, '../../src/cli/index.ts')], outfile: cliJs, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
  folder = join(dir, 'desk');
  mkdirSync(join(folder, 'world'), { recursive: true });
  for (const [name, text] of articlesFor(9)) writeFileSync(join(folder, name.startsWith('w') ? join('world', name) : name), text);
  // A German article (a language notice on stderr) and a file that cannot be read (an error, exit code 1).
  writeFileSync(join(folder, 'de.md'), 'Die Stadt hat 4.500 Einwohner, und die Regierung sagt, dass der Bau nicht viel für eine Stadt mit dem Fluss kostet.\n');
  writeFileSync(join(folder, 'broken.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
});

/** W3C annotations carry the time they were made, to the millisecond. */
const withoutTimes = (text: string) => text.replace(/"created": "[^"]+"/g, '"created": "…"');

describe('--jobs', () => {
  it('prints exactly what one thread prints, for every format, with the same messages and exit code', () => {
    for (const format of ['text', 'json', 'csv', 'markdown', 'w3c', 'html']) {
      const serial = builtCli([folder, '-f', format, '--jobs', '1']);
      const parallel = builtCli([folder, '-f', format, '--jobs', '3']);
      expect(serial.code, format).toBe(1);
      expect(serial.stderr, format).toContain('broken.md: looks binary');
      expect(serial.stderr, format).toContain('de.md: This article reads as German');
      expect(withoutTimes(parallel.stdout), format).toBe(withoutTimes(serial.stdout));
      expect(parallel.stderr, format).toBe(serial.stderr);
      expect(parallel.code, format).toBe(serial.code);
    }
  }, 120_000);

  it('keeps the order of the files given, stdin among them', () => {
    const files = ['c.md', 'a.md', 'b.md'].map((name, i) => {
      const file = join(dir, name);
      writeFileSync(file, `Officials say ${i + 40} people fled.\n`);
      return file;
    });
    const { code, stdout } = builtCli([files[0]!, '-', files[1]!, files[2]!, '-f', 'json', '--jobs', '2'], 'Police say 12 people were arrested.\n');
    expect(code).toBe(0);
    const records = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((r) => r.file)).toEqual([files[0], '-', files[1], files[2]]);
    expect(records.map((r) => r.claims[0].value)).toEqual([40, 12, 41, 42]);
  }, 30_000);

  it('refuses a number of jobs that is not a whole number of at least 1', () => {
    for (const jobs of ['0', 'many', '1.5', '']) {
      let stderr = '';
      const code = run([folder, `--jobs=${jobs}`], { stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
      expect(code, jobs).toBe(2);
      expect(stderr, jobs).toContain('--jobs takes a whole number of at least 1');
    }
  });
});

describe('--jsonl with workers', () => {
  it('gives the same lines as one thread, errors included', () => {
    const lines = articlesFor(24).map(([name, text]) => JSON.stringify({ id: name, text }));
    lines.splice(5, 0, 'not json', '', '{"id": "no text"}');
    const input = `${lines.join('\n')}\n`;
    const serial = builtCli(['--jsonl', '--jobs', '1'], input);
    const parallel = builtCli(['--jsonl', '--jobs', '2'], input);
    expect(serial.code).toBe(1);
    expect(serial.stdout.trim().split('\n')).toHaveLength(lines.length - 1);
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.stderr).toBe(serial.stderr);
    expect(parallel.code).toBe(1);
  }, 30_000);
});
