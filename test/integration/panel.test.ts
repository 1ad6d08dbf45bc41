// The contested-figures panel inside a real VS Code: what it lists, and that
// article text reaches its DOM and the hovers as text, never as HTML.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { ClaimlensApi } from '../../src/extension/testApi';
import { claimlens, eventually, open } from './helpers';

suite('Claimlens panel', () => {
  let api: ClaimlensApi;

  suiteSetup(async () => {
    await open('harbor-strike.md');
    api = await claimlens();
  });

  test('lists the contested figures of the active article with their sources', async () => {
    await open('harbor-strike.md');
    const rendered = api.nextPanelRender();
    await vscode.commands.executeCommand('claimlens.showPanel');
    const first = await rendered;
    const view = await api.panelView();
    assert.equal(view.kind, 'article');
    if (view.kind !== 'article') return;
    assert.deepEqual(view.contested.map((g) => g.quantity), ['workers joined']);
    assert.deepEqual(view.contested[0]!.figures.map((f) => [f.text, f.source?.name]), [['4,200', 'union'], ['only 900', 'port authority']]);
    assert.ok(view.sources.some((s) => s.name === 'Mara Lind' && s.quotes.length === 2));
    // What the webview's DOM now says.
    const dom = first.groups === 1 ? first : await api.nextPanelRender();
    assert.equal(dom.groups, 1);
    assert.match(dom.text, /workers joined/);
    assert.match(dom.text, /900 vs 4,200/);
    assert.match(dom.text, /Mara Lind/);
  });

  test('follows the active editor and says when there is nothing contested', async () => {
    const rendered = api.nextPanelRender();
    await open('example.md');
    const dom = await rendered;
    assert.equal(dom.groups, 0);
    assert.match(dom.text, /No contested figures in this article/);
  });

  test('renders hostile article text as text in the panel and the hover', async () => {
    const rendered = api.nextPanelRender();
    const editor = await open('hostile.md');
    const dom = await rendered;
    assert.equal(dom.elements, 0, 'no img, script or other element came from the article');
    assert.match(dom.text, /<img src=x onerror=alert\(1\)> is what we saw/);
    assert.equal(dom.groups, 1);

    const text = editor.document.getText();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(text.indexOf('img src') + 1));
    const markdown = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.ok(markdown.length > 0, 'the quote has a hover');
    assert.ok(!markdown.includes('<img'), 'no raw HTML in hover Markdown');
    assert.match(markdown, /&lt;img src=x onerror=alert\\\(1\\\)&gt;/);
    await eventually(() => assert.ok(api.decorationsOf(editor)));
  });
});
