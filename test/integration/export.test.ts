// Export commands inside a real VS Code: the written files, their content, and the exclude setting.
import * as assert from 'node:assert/strict';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import { CSV_COLUMNS } from '../../src/export/csv';
import type { ClaimlensApi } from '../../src/extension/testApi';
import { claimlens, eventually, fixture, open } from './helpers';

async function read(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

suite('Claimlens exports', () => {
  let api: ClaimlensApi;

  suiteSetup(async () => {
    await open('harbor-strike.md');
    api = await claimlens();
  });

  teardown(async () => {
    await vscode.workspace.getConfiguration('claimlens').update('exclude', undefined, vscode.ConfigurationTarget.Global);
  });

  test('exports the active article as CSV to the chosen file', async () => {
    await open('harbor-strike.md');
    const target = fixture('exports/strike.csv');
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportAnnotations', { format: 'csv', destination: target.toString() });
    assert.equal(written?.toString(), target.toString());
    const csv = await read(target);
    const lines = csv.split('\r\n');
    // The header the exporter documents, and its first columns in the order sheets rely on.
    assert.equal(lines[0], CSV_COLUMNS.join(','));
    assert.ok(lines[0]!.startsWith('file,kind,id,text,value,low,high,unit,qualifier,counts,speaker_or_source,mention,line,column,end_line,end_column,contested_group,contested_quantity'), lines[0]);
    assert.ok(lines.some((l) => l.startsWith('harbor-strike.md,claim,') && l.includes('"4,200",4200') && l.includes('workers joined')), csv);
    assert.ok(lines.some((l) => l.includes(',quote,') && l.includes('Mara Lind')), csv);
  });

  test('opens a Markdown fact-check report as an untitled document, in the preview, and never analyses it', async () => {
    await open('harbor-strike.md');
    const uri = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportAnnotations', { format: 'markdown', destination: 'untitled' });
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())!;
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'markdown');
    assert.match(document.getText(), /^<!-- Claimlens fact-check report[^\n]*-->\n\n# Fact-check report: Port strike enters second week/);
    assert.match(document.getText(), /- \[ \] \*\*4,200\*\*/);
    // The preview is in front, not the report's source.
    await eventually(() => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      assert.ok(tab?.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType), `the active tab is "${tab?.label}"`);
    });
    const editor = await vscode.window.showTextDocument(document);
    assert.equal(await api.analysisOf(document), undefined, 'its own report is not an article');
    assert.equal(Object.values(api.decorationsOf(editor) ?? {}).flat().length, 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('exports every workspace article into one JSON file, leaving out claimlens.exclude', async () => {
    await vscode.workspace.getConfiguration('claimlens').update('exclude', '**/hostile.md', vscode.ConfigurationTarget.Global);
    const target = fixture('exports/all.json');
    await vscode.commands.executeCommand('claimlens.exportWorkspace', { format: 'json', destination: target.toString() });
    const json = JSON.parse(await read(target));
    assert.equal(json.schema, 1);
    const files = json.articles.map((a: { file: string }) => a.file);
    assert.ok(files.includes('harbor-strike.md'), files.join(', '));
    assert.ok(files.includes('example.md'), files.join(', '));
    assert.ok(!files.includes('hostile.md'), 'claimlens.exclude is respected');
    const strike = json.articles.find((a: { file: string }) => a.file === 'harbor-strike.md');
    assert.deepEqual(strike.contested.map((g: { quantity: string }) => g.quantity), ['workers joined']);
  });

  test('writes W3C annotations whose selectors point at the article text', async () => {
    const editor = await open('harbor-strike.md');
    const target = fixture('exports/strike.jsonld');
    await vscode.commands.executeCommand('claimlens.exportAnnotations', { format: 'w3c', destination: target.toString() });
    const collection = JSON.parse(await read(target));
    const text = editor.document.getText();
    let sourced = 0;
    for (const item of collection.first.items) {
      // A figure or quote with a source has a second target: what the source says.
      const targets = Array.isArray(item.target) ? item.target : [item.target];
      if (targets.length > 1) sourced++;
      for (const target of targets) {
        const [quote, position] = target.selector;
        assert.equal(Array.from(text).slice(position.start, position.end).join(''), quote.exact);
      }
    }
    assert.ok(sourced > 0, 'no annotation targets what its source says');
  });
});
