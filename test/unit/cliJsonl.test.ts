/** `claimlens --jsonl`: one line in, one line out, in order; a bad line is an error line, not the end of the run. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { inputLines } from '../../src/cli/jsonl';
import { run } from '../../src/cli/main';
import { articlesFor } from './cliArticles';

/** Runs the CLI in this process with `chunks` as stdin (split where a pipe might split them). */
async function jsonl(chunks: Array<string | Buffer>, args: string[] = []) {
  let stdout = '';
  let stderr = '';
  const code = await run(['--jsonl', ...args], { stdin: Readable.from(chunks), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe('');
  return { code, lines: lines.map((line) => JSON.parse(line)), stdout, stderr };
}

const line = (value: unknown) => `${JSON.stringify(value)}\n`;

describe('--jsonl', () => {
  it('writes one record per line, in input order, with the id and the --format json record', async () => {
    const articles = articlesFor(12);
    const input = articles.map(([id, text]) => line({ id, text, publisher: 'ignored', annotations: [1, 2] })).join('');
    // Split mid-line and mid-character: lines are cut on bytes, not on chunks.
    const bytes = Buffer.from(input);
    const { code, lines, stderr } = await jsonl([bytes.subarray(0, 101), bytes.subarray(101, 777), bytes.subarray(777)]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(lines.map((l) => l.id)).toEqual(articles.map(([id]) => id));
    expect(lines.map((l) => l.claims[0].value)).toEqual(articles.map((_, i) => (i + 2)));
    expect(Object.keys(lines[0]).slice(0, 3)).toEqual(['id', 'schema', 'file']);
    expect(lines[0].publisher).toBeUndefined();
  });

  it('gives the record that --format json gives for the same article', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-jsonl-'));
    const [[name, text]] = articlesFor(1) as [[string, string]];
    const file = join(dir, name);
    writeFileSync(file, text);
    let stdout = '';
    run([file, '-f', 'json'], { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, env: {} });
    const { lines } = await jsonl([line({ id: 'n1', text })]);
    expect(lines[0]).toEqual({ id: 'n1', ...JSON.parse(stdout), file: 'n1' });
    const schema = JSON.parse(readFileSync(join(__dirname, '../../schema/claimlens.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    expect(validate(lines[0]), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...lines[0], id: true })).toBe(false);
  });

  it('answers a bad line with an error line, carries on, and exits 1', async () => {
    const input = [
      line({ id: 'first', text: 'Officials say 40 people fled.' }),
      'not json\n',
      line(['an', 'array']),
      line({ id: 'no-text' }),
      line({ text: 'no id' }),
      line({ id: 7, text: 'Police say 12 people were arrested.', format: 'plaintext' }),
      line({ id: 'odd', text: 'x', format: 'html' }),
      line({ id: 'big', text: 'y'.repeat(3000) }),
      line({ id: 'last', text: 'Thirty-five nations abstained.' }),
    ];
    const { code, lines, stderr } = await jsonl(input, ['--max-size', '2k']);
    expect(code).toBe(1);
    expect(lines).toHaveLength(input.length);
    expect(lines.map((l) => [l.id, l.error === undefined ? 'ok' : l.line])).toEqual([['first', 'ok'], [null, 2], [null, 3], ['no-text', 4], [null, 5], [7, 'ok'], ['odd', 7], [null, 8], ['last', 'ok']]);
    expect(lines[1].error).toMatch(/^not JSON/);
    expect(lines[3].error).toBe('no "text"');
    expect(lines[4].error).toBe('no "id"');
    expect(lines[7].error).toMatch(/over the 2\.0 KB limit/);
    expect(lines[5].claims[0].value).toBe(12);
    expect(stderr.trim().split('\n')).toHaveLength(6);
    expect(stderr).toContain('claimlens: line 4 (id "no-text"): no "text"\n');
  });

  it('skips blank lines, which are no records, but counts them in line numbers; reads CRLF and a last line without a break', async () => {
    const { code, lines } = await jsonl(['\n', line({ id: 'a', text: 'Officials say 40 people fled.' }).replace('\n', '\r\n'), '   \r\n', '{"id": "b"}\n', '{"id": "c", "text": "Police say 12 people were arrested."}']);
    expect(code).toBe(1);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c']);
    expect(lines[1].line).toBe(4);
    expect(lines[2].claims[0].value).toBe(12);
  });

  it('exits 0 on empty input, and refuses files, --out or another format', async () => {
    expect((await jsonl([])).code).toBe(0);
    for (const args of [['a.md'], ['--out', 'x.json'], ['-f', 'csv']]) {
      let stderr = '';
      const code = run(['--jsonl', ...args], { stdin: Readable.from([]), stdout: { write: () => true }, stderr: { write: (s: string) => (stderr += s) }, env: {} });
      expect(code, args.join(' ')).toBe(2);
      expect(stderr, args.join(' ')).toContain('--jsonl reads standard input');
    }
  });

  it('reports a line that is not UTF-8 and a non-English article, by line and id', async () => {
    const german = 'Die Stadt hat 4.500 Einwohner, und die Regierung sagt, dass der Bau nicht viel für eine Stadt mit dem Fluss kostet.';
    const { lines, stderr } = await jsonl([Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]), line({ id: 'de', text: german })]);
    expect(lines[0]).toEqual({ id: null, line: 1, error: 'not valid UTF-8' });
    expect(lines[1].language.language).toBe('de');
    expect(stderr).toContain('claimlens: line 2 (id "de"): This article reads as German');
  });
});

describe('--jsonl streaming', () => {
  it('writes the first results before the input ends, holding only a window of lines', async () => {
    let stdout = '';
    let writtenWhenInputEnded = 0;
    async function* input() {
      for (let i = 0; i < 60; i++) yield line({ id: i, text: `Officials say ${i + 10} people fled.` });
      writtenWhenInputEnded = stdout.split('\n').length - 1;
    }
    const code = await run(['--jsonl', '--jobs', '1'], { stdin: input(), stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, env: {} });
    expect(code).toBe(0);
    expect(writtenWhenInputEnded).toBeGreaterThan(40);
    expect(writtenWhenInputEnded).toBeLessThan(60);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([...Array(60).keys()]);
  });

  it('waits for a full stdout to drain before writing more', async () => {
    const writes: string[] = [];
    let drain: (() => void) | undefined;
    const stdout = { write: (s: string) => writes.push(s) > 1, once: (_: 'drain', listener: () => void) => (drain = listener) };
    const running = run(['--jsonl', '--jobs', '1'], { stdin: Readable.from(articlesFor(4).map(([id, text]) => line({ id, text }))), stdout, stderr: { write: () => true }, env: {} });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The first write was refused (write() said false): nothing more until 'drain'.
    expect(writes).toHaveLength(1);
    drain!();
    expect(await running).toBe(0);
    expect(writes).toHaveLength(4);
  });
});

describe('inputLines', () => {
  it('drops a line over the limit, keeping only its size, and still numbers the lines after it', async () => {
    const long = 'z'.repeat(50_000);
    const chunks = ['ab\n', long.slice(0, 20_000), long.slice(20_000), '\ncd\n'];
    const lines = [];
    for await (const l of inputLines(Readable.from(chunks), 1000)) lines.push({ number: l.number, text: l.bytes?.toString(), size: l.size });
    expect(lines).toEqual([{ number: 1, text: 'ab', size: 2 }, { number: 2, text: undefined, size: 50_000 }, { number: 3, text: 'cd', size: 2 }]);
  });
});
