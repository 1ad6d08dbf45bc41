// The extension inside a real VS Code: decorations per kind, hovers, edits,
// settings, the size limit, the status bar and navigation commands.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import type { ClaimlensApi } from '../../src/extension/testApi';
import { claimlens, eventually, fixture, open } from './helpers';

function texts(document: vscode.TextDocument, spans: ReadonlyArray<{ start: number; end: number }>): string[] {
  return spans.map((s) => document.getText().slice(s.start, s.end));
}

async function hoverText(document: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

suite('Claimlens in VS Code', () => {
  let api: ClaimlensApi;

  suiteSetup(async () => {
    await open('harbor-strike.md');
    api = await claimlens();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    const config = vscode.workspace.getConfiguration('claimlens');
    for (const key of ['highlight.claims', 'enabled', 'maxDocumentSizeKB']) await config.update(key, undefined, vscode.ConfigurationTarget.Global);
  });

  test('activates on a Markdown article and draws every kind where the analysis puts it', async () => {
    const editor = await open('harbor-strike.md');
    const document = editor.document;
    await eventually(() => {
      const drawn = api.decorationsOf(editor);
      assert.ok(drawn, 'decorations were drawn');
      assert.deepEqual(texts(document, drawn.quotes), ['"counts people who were never on shift."', '“We have shut the port down,”', '“Ships are waiting in the bay.”']);
      assert.deepEqual(texts(document, drawn.contested), ['4,200', 'only 900']);
      assert.ok(texts(document, drawn.claims).includes('about $12 million'));
      assert.ok(texts(document, drawn.speakers).includes('Mara Lind'));
      assert.ok(texts(document, drawn.cues).includes('said'));
    });
    const analysis = (await api.analysisOf(document))!;
    const drawn = api.decorationsOf(editor)!;
    assert.equal(drawn.quotes.length, analysis.quotes.length);
    assert.equal(drawn.claims.length + drawn.contested.length, analysis.claims.length);
    assert.equal(drawn.cues.length, analysis.attributions.length);
  });

  test('hovers show a figure’s source and the competing figures, and a quote’s speaker', async () => {
    const editor = await open('harbor-strike.md');
    const document = editor.document;
    const text = document.getText();
    const figure = await hoverText(document, text.indexOf('4,200') + 1);
    assert.match(figure, /\*\*Source:\*\* union/);
    assert.match(figure, /Contested:\*\* workers joined/);
    assert.match(figure, /only 900 — port authority \\\(line 10\\\)/);
    assert.match(figure, /command:claimlens\.revealRange/);
    const quote = await hoverText(document, text.indexOf('Ships are') + 2);
    assert.match(quote, /\*\*Speaker:\*\* Mara Lind/);
    assert.match(quote, /go to attribution/);
    assert.equal(await hoverText(document, text.indexOf('entered its second week') + 3), '');
  });

  test('decorations follow an edit and never point past the end of the document', async () => {
    const editor = await open('harbor-strike.md');
    const document = editor.document;
    const before = api.decorationsOf(editor)!.contested.map((s) => s.start);
    const insert = 'A new first line with 77 boats.\n\n';
    const bodyStart = document.getText().indexOf('# Port strike');
    await editor.edit((edit) => edit.insert(document.positionAt(bodyStart), insert));
    await api.whenIdle();
    await eventually(() => {
      const after = api.decorationsOf(editor)!;
      assert.deepEqual(after.contested.map((s) => s.start), before.map((s) => s + insert.length));
      assert.ok(texts(document, after.claims).includes('77'));
    });
    await editor.edit((edit) => edit.delete(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length))));
    await api.whenIdle();
    await eventually(() => {
      const after = api.decorationsOf(editor)!;
      const all = Object.values(after).flat();
      assert.equal(all.length, 0);
    });
  });

  test('a setting switches a kind off without a reload, and the toggle command hides everything', async () => {
    const editor = await open('harbor-strike.md');
    await eventually(() => assert.ok(api.decorationsOf(editor)!.claims.length > 0));
    await vscode.workspace.getConfiguration('claimlens').update('highlight.claims', false, vscode.ConfigurationTarget.Global);
    await eventually(() => {
      const drawn = api.decorationsOf(editor)!;
      assert.equal(drawn.claims.length, 0);
      assert.ok(drawn.quotes.length > 0, 'other kinds stay');
    });
    await vscode.commands.executeCommand('claimlens.toggleHighlights');
    await eventually(() => assert.equal(Object.values(api.decorationsOf(editor)!).flat().length, 0));
    // No counts that would go stale while nothing is highlighted.
    await eventually(() => assert.match(api.statusText(), /^\$\(eye-closed\) Claimlens off$/));
    await vscode.commands.executeCommand('claimlens.toggleHighlights');
    await eventually(() => assert.ok(api.decorationsOf(editor)!.quotes.length > 0));
    await eventually(() => assert.match(api.statusText(), / contested$/));
  });

  test('the status bar counts quotes, figures and contested figures', async () => {
    await open('harbor-strike.md');
    await eventually(() => assert.match(api.statusText(), /3 quotes · 5 figures · 1 contested/));
  });

  test('next and previous figure commands move the selection, wrapping around', async () => {
    const editor = await open('harbor-strike.md');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(editor.document.getText(editor.selection), '4,200');
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(editor.document.getText(editor.selection), 'only 900');
    await vscode.commands.executeCommand('claimlens.previousClaim');
    assert.equal(editor.document.getText(editor.selection), '4,200');
    await vscode.commands.executeCommand('claimlens.previousClaim');
    assert.equal(editor.document.getText(editor.selection), 'about $12 million');
    await vscode.commands.executeCommand('claimlens.nextQuote');
    assert.match(editor.document.getText(editor.selection), /^"counts people/);
  });

  test('a document over the size limit is not analysed, and the user is told', async () => {
    const big = fixture('big-article.md');
    const paragraph = '“We will rebuild,” said Mayor Ana Ruiz, adding that 1,200 homes were damaged. ';
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(`# Big\n\n${paragraph.repeat(Math.ceil((2 * 1024 * 1024) / paragraph.length))}\n`));
    const editor = await open('big-article.md');
    await eventually(() => {
      assert.ok(api.sizeWarnings().some((m) => m.includes('big-article.md') && m.includes('over the 1.5 MB limit')), api.sizeWarnings().join('\n'));
      assert.match(api.statusText(), /paused/);
      assert.equal(Object.values(api.decorationsOf(editor) ?? {}).flat().length, 0);
    });
    assert.equal(await api.analysisOf(editor.document), undefined);
  });
});
