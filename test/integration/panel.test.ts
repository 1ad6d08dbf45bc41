// The contested-figures panel inside a real VS Code: what it lists, and that
// article text reaches its DOM and the hovers as text, never as HTML.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import type { ClaimlensApi } from '../../src/extension/testApi';
import { claimlens, eventually, open, fixture } from './helpers';

type Rendered = NonNullable<ReturnType<ClaimlensApi['panelRendered']>>;

/**
 * The panel's render that shows `pattern`: the panel waits for the language
 * server's analysis, so a render of the article it showed before may come first.
 */
async function renderShowing(api: ClaimlensApi, pattern: RegExp, timeoutMs = 20_000): Promise<Rendered> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const last = api.panelRendered();
    if (last && pattern.test(last.text)) return last;
    if (Date.now() > deadline) throw new Error(`the panel never showed ${pattern}; it shows: ${last?.text ?? 'nothing'}`);
    await Promise.race([api.nextPanelRender(), new Promise((resolve) => setTimeout(resolve, 250))]);
  }
}

suite('Claimlens panel', () => {
  let api: ClaimlensApi;

  suiteSetup(async () => {
    await open('harbor-strike.md');
    api = await claimlens();
  });

  test('lists the contested figures of the active article with their sources', async () => {
    await open('harbor-strike.md');
    await vscode.commands.executeCommand('claimlens.showPanel');
    const view = await api.panelView();
    assert.equal(view.kind, 'article');
    if (view.kind !== 'article') return;
    assert.deepEqual(view.contested.map((g) => g.quantity), ['workers joined']);
    assert.deepEqual(view.contested[0]!.figures.map((f) => [f.text, f.source?.name]), [['4,200', 'union'], ['only 900', 'port authority']]);
    assert.ok(view.sources.some((s) => s.name === 'Mara Lind' && s.quotes.length === 2));
    // What the webview's DOM now says.
    const dom = await renderShowing(api, /workers joined/);
    assert.equal(dom.groups, 1);
    assert.match(dom.text, /workers joined/);
    assert.match(dom.text, /900 vs 4,200/);
    assert.match(dom.text, /Mara Lind/);
  });

  test('follows the active editor and says when there is nothing contested', async () => {
    await open('example.md');
    const dom = await renderShowing(api, /No contested figures in this article/);
    assert.equal(dom.groups, 0);
    assert.match(dom.text, /No contested figures in this article/);
  });

  test('renders hostile article text as text in the panel and the hover', async () => {
    const editor = await open('hostile.md');
    const dom = await renderShowing(api, /<img src=x onerror=alert\(1\)> is what we saw/);
    assert.equal(dom.elements, 0, 'no img, script or other element came from the article');
    assert.equal(dom.groups, 1);

    const text = editor.document.getText();
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(text.indexOf('img src') + 1));
    const markdown = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
    assert.ok(markdown.length > 0, 'the quote has a hover');
    assert.ok(!markdown.includes('<img'), 'no raw HTML in hover Markdown');
    assert.match(markdown, /&lt;img src=x onerror=alert\\\(1\\\)&gt;/);
    await eventually(() => assert.ok(api.decorationsOf(editor)));
  });

  test('an edit redraws only the entries it changed', async () => {
    const text = Array.from({ length: 300 }, (_, i) => `“We will rebuild,” said Mayor Ana Ruiz${i}, adding that ${1200 + i} homes were damaged.`).join('\n\n');
    const file = fixture('panel-long.md');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file));
    await renderShowing(api, /panel-long\.md/);
    // A new source quoted twice is listed first; everyone else keeps their entries, now further down the text.
    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '“Yes,” said Zed Quinn. “No,” Zed Quinn said.\n\n'));
    const rendered = await renderShowing(api, /Zed Quinn/);
    assert.ok(rendered.items > 300, `${rendered.items} entries listed`);
    assert.ok(rendered.made < 10, `${rendered.made} entries and blocks made anew of ${rendered.items}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
