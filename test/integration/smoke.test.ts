// Proves the harness itself: a real extension host with the fixture workspace open.
import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';

suite('smoke', () => {
  test('the fixture workspace is the one folder open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
  });

  test('example.md opens and shows as Markdown', async () => {
    const folder = vscode.workspace.workspaceFolders![0]!;
    const uri = vscode.Uri.joinPath(folder.uri, 'example.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);

    assert.equal(document.languageId, 'markdown');
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.match(document.getText(), /“We will rebuild,” Mayor Ana Ruiz said/);
  });
});
