// Timings inside VS Code, printed for the record (not asserted: these machines are noisy).
// What the user waits for: activation, and the time from an edit to redrawn highlights.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import type { ClaimlensApi } from '../../src/extension/testApi';
import { claimlens, fixture, open } from './helpers';

async function editToRedraw(editor: vscode.TextEditor, wait: () => Promise<void>, analysed: number[], api: ClaimlensApi): Promise<number> {
  const drawn = wait();
  const started = Date.now();
  await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().indexOf('\n\n') + 2), 'Officials say 12 people fled. '));
  await drawn;
  analysed.push(api.analysisMs(editor.document) ?? -1);
  return Date.now() - started;
}

suite('timings (printed, not asserted)', () => {
  test('activation and edit-to-highlight times on a short article and a 1 MB article', async function () {
    this.timeout(240_000);
    const api = await claimlens();
    await vscode.workspace.getConfiguration('claimlens').update('updateDelay', 0, vscode.ConfigurationTarget.Global);
    try {
      const short = await open('harbor-strike.md');
      const shortMs: number[] = [];
      const shortAnalysis: number[] = [];
      for (let i = 0; i < 5; i++) shortMs.push(await editToRedraw(short, () => api.nextDraw(short.document), shortAnalysis, api));

      const paragraph = (i: number) => `“We will rebuild,” said Mayor Ana Ruiz${i}, adding that ${1200 + i} homes were damaged. Officials say nearly ${6000 + i} people fled; the Red Cross disputes that figure.\n\n`;
      let text = '# A long article\n\n';
      for (let i = 0; text.length < 1024 * 1024; i++) text += paragraph(i);
      await vscode.workspace.fs.writeFile(fixture('one-megabyte.md'), new TextEncoder().encode(text));
      const openedAt = Date.now();
      const bigDocument = await vscode.workspace.openTextDocument(fixture('one-megabyte.md'));
      const firstDraw = api.nextDraw(bigDocument);
      const big = await vscode.window.showTextDocument(bigDocument);
      await firstDraw;
      const firstMs = Date.now() - openedAt;
      const bigMs: number[] = [];
      const bigAnalysis: number[] = [];
      for (let i = 0; i < 3; i++) bigMs.push(await editToRedraw(big, () => api.nextDraw(big.document), bigAnalysis, api));
      assert.ok(api.decorationsOf(big)!.quotes.length > 1000);

      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
      console.log(`timing: activate() ${api.activationMs()} ms`);
      console.log(`timing: edit to redrawn highlights, ${short.document.getText().length} chars: median ${median(shortMs)} ms (${shortMs.join(', ')})`);
      console.log(`timing: open to first highlights, 1 MB: ${firstMs} ms`);
      console.log(`timing: edit to redrawn highlights, 1 MB: median ${median(bigMs)} ms (${bigMs.join(', ')}); of which analysis ${bigAnalysis.join(', ')} ms`);
      console.log(`timing: analysis of the short article after an edit: ${shortAnalysis.join(', ')} ms`);
    } finally {
      await vscode.workspace.getConfiguration('claimlens').update('updateDelay', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
