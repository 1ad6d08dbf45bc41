// Timings inside VS Code, printed for the record (not asserted: these machines are noisy).
// What the user waits for: activation, and the time from an edit to redrawn highlights.
import * as assert from 'node:assert/strict';
import { Session } from 'node:inspector';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import type { ClaimlensApi } from '../../src/extension/testApi';
import { claimlens, fixture, open } from './helpers';

/**
 * The extension host's own busy time while something runs: a 5 ms timer on
 * its event loop, late by however long the loop was kept busy (by Claimlens,
 * and by VS Code's own work on the edit).
 */
function hostBusy(): { stop: () => { busy: number; longest: number } } {
  const TICK = 5;
  let last = Date.now();
  let busy = 0;
  let longest = 0;
  const timer = setInterval(() => {
    const late = Date.now() - last - TICK;
    if (late > 2) busy += late;
    longest = Math.max(longest, late);
    last = Date.now();
  }, TICK);
  return {
    stop: () => {
      clearInterval(timer);
      return { busy, longest };
    },
  };
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly url: string };
  readonly children?: readonly number[];
}

/**
 * Whose code the extension host ran while something ran, from a CPU profile
 * of the host: each sample goes to the innermost frame of an extension's
 * bundle (Claimlens's own, or another extension's by its folder). Idle time,
 * garbage collection and VS Code's own code go to no extension. So the
 * figure printed for Claimlens is its own work, whatever else the host does.
 */
function extensionWork(extensionPath: string): { stop: () => Promise<Map<string, number>> } {
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T))));
  const started = post('Profiler.enable').then(() => post('Profiler.setSamplingInterval', { interval: 500 })).then(() => post('Profiler.start'));
  const ownerOf = (url: string): string | undefined => {
    if (url.includes(`${extensionPath}/dist/`)) return 'Claimlens';
    return /\/extensions\/([^/]+)\//.exec(url)?.[1];
  };
  return {
    stop: async () => {
      await started;
      const { profile } = await post<{ profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }>('Profiler.stop');
      session.disconnect();
      const parents = new Map<number, ProfileNode>();
      const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
      for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node);
      const work = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        for (let node = nodes.get(id); node; node = parents.get(node.id)) {
          const owner = ownerOf(node.callFrame.url);
          if (owner) {
            work.set(owner, (work.get(owner) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
            break;
          }
        }
      });
      return work;
    },
  };
}

async function editToRedraw(editor: vscode.TextEditor, wait: () => Promise<void>, analysed: number[], api: ClaimlensApi, host?: string[]): Promise<number> {
  const drawn = wait();
  const started = Date.now();
  const meter = hostBusy();
  await editor.edit((edit) => edit.insert(editor.document.positionAt(editor.document.getText().indexOf('\n\n') + 2), 'Officials say 12 people fled. '));
  await drawn;
  const { busy, longest } = meter.stop();
  host?.push(`${busy} (longest ${longest})`);
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
      const shortHost: string[] = [];
      for (let i = 0; i < 5; i++) shortMs.push(await editToRedraw(short, () => api.nextDraw(short.document, short.document.version + 1), shortAnalysis, api, shortHost));

      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
      console.log(`timing: activate() ${api.activationMs()} ms`);
      console.log(`timing: edit to redrawn highlights, ${short.document.getText().length} chars: median ${median(shortMs)} ms (${shortMs.join(', ')}); analysis ${shortAnalysis.join(', ')} ms (in the language server); extension host busy ${shortHost.join(', ')} ms`);

      const paragraph = (i: number) => `“We will rebuild,” said Mayor Ana Ruiz${i}, adding that ${1200 + i} homes were damaged. Officials say nearly ${6000 + i} people fled; the Red Cross disputes that figure.\n\n`;
      for (const [label, bytes] of [['100 KB', 100 * 1024], ['1 MB', 1024 * 1024]] as const) {
        let text = '# A long article\n\n';
        for (let i = 0; text.length < bytes; i++) text += paragraph(i);
        const file = fixture(`long-${bytes}.md`);
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
        const openedAt = Date.now();
        const document = await vscode.workspace.openTextDocument(file);
        const firstDraw = api.nextDraw(document);
        const editor = await vscode.window.showTextDocument(document);
        await firstDraw;
        const firstMs = Date.now() - openedAt;
        const ms: number[] = [];
        const analysis: number[] = [];
        const host: string[] = [];
        const work = extensionWork(vscode.extensions.getExtension('claimlens.claimlens')!.extensionPath);
        for (let i = 0; i < 3; i++) ms.push(await editToRedraw(editor, () => api.nextDraw(document, document.version + 1), analysis, api, host));
        const perEdit = [...(await work.stop())].sort((a, b) => b[1] - a[1]).map(([owner, total]) => `${owner} ${Math.round(total / 3)} ms`);
        const drawn = api.decorationsOf(editor)!.quotes;
        const analysed = (await api.analysisOf(document))!.quotes;
        assert.ok(analysed.length > bytes / 1024, 'the long article is analysed');
        // A long article draws the lines around what is on screen (drawWindow.ts), the first quote among them.
        assert.ok(drawn.length > 0 && drawn.length < analysed.length, `${drawn.length} of ${analysed.length} quotes drawn`);
        assert.equal(drawn[0]!.start, analysed[0]!.start);
        console.log(`timing: open to first highlights, ${label}: ${firstMs} ms`);
        console.log(`timing: edit to redrawn highlights, ${label}: median ${median(ms)} ms (${ms.join(', ')}); analysis ${analysis.join(', ')} ms (in the language server); extension host busy ${host.join(', ')} ms`);
        console.log(`timing: extension host work per edit by extension, ${label}: ${perEdit.join(', ') || 'none sampled'}`);
        // The panel is open when the panel tests ran first (as in CI): its redraw shares the window's thread.
        const panel = api.panelRendered();
        if (panel) console.log(`timing: the panel's last redraw, ${label}: ${panel.milliseconds} ms to build, ${panel.made} entries and blocks made anew of ${panel.items} listed`);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    } finally {
      await vscode.workspace.getConfiguration('claimlens').update('updateDelay', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});
