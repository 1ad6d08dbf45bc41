// Claimlens in Restricted Mode: a workspace that is not trusted gets the same
// analysis and exports as a trusted one, and nothing more runs.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, test } from 'mocha';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import type { ClaimlensApi } from '../../src/extension/testApi';
import { claimlens, eventually, fixture, open } from './helpers';

suite('Restricted Mode', () => {
  let api: ClaimlensApi;

  suiteSetup(async () => {
    await open('harbor-strike.md');
    api = await claimlens();
  });

  test('the workspace really is untrusted, and the extension is active in it', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    assert.ok(vscode.extensions.getExtension('claimlens.claimlens')?.isActive);
  });

  test('analyses and highlights an article exactly as in a trusted workspace', async () => {
    const editor = await open('harbor-strike.md');
    const expected = analyze(editor.document.getText());
    assert.deepEqual(await api.analysisOf(editor.document), expected);
    await eventually(() => assert.equal(api.decorationsOf(editor)?.quotes.length, expected.quotes.length));
  });

  test('exports to a file in the workspace', async () => {
    await open('harbor-strike.md');
    const target = fixture('restricted-export.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportAnnotations', { format: 'csv', destination: target.toString() });
    assert.equal(written?.toString(), target.toString());
    const content = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(content, /^file,kind,id,text/);
  });

  test('a file named like a command link is warned about as plain text', async () => {
    const config = vscode.workspace.getConfiguration('claimlens');
    await config.update('maxDocumentSizeKB', 16, vscode.ConfigurationTarget.Global);
    try {
      const name = '[Analyse anyway](command:workbench.action.files.newUntitledFile).md';
      await vscode.workspace.fs.writeFile(fixture(name), new TextEncoder().encode('Officials say 40 people fled. '.repeat(800)));
      await open(name);
      await eventually(() => assert.ok(api.sizeWarnings().some((w) => w.includes('Analyse anyway'))));
      const warning = api.sizeWarnings().find((w) => w.includes('Analyse anyway'))!;
      // VS Code's notification link pattern: [label](command:...) must not match.
      assert.doesNotMatch(warning, /\[[^\]]+\]\(command:/);
    } finally {
      await config.update('maxDocumentSizeKB', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
