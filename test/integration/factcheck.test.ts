// The fact-check inside a real VS Code: a quick fix records a finding in the verdicts file, the
// finding follows its figure through an edit and a reload, "not a claim" hides a figure for good,
// the Problems panel lists contested figures, a broken verdicts file is never written, changes
// from outside are picked up, and the ClaimReview export has its JSON-LD shape.
import Ajv2020 from 'ajv/dist/2020';
import * as assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { suite, suiteSetup, teardown, test } from 'mocha';
import * as vscode from 'vscode';
import claimReviewSchema from '../../schema/claimreview.schema.json';
import type { ClaimlensApi } from '../../src/extension/testApi';
import { parseSidecar, serializeSidecar, createVerdict } from '../../src/review';
import { claimlens, eventually, fixture } from './helpers';

const ARTICLE = [
  '# Floods in Valmora',
  '',
  'Officials say nearly 6,000 people fled. The Interior Ministry said 38 people died in the floods. The Red Cross said more than 140 people died in the floods.',
  '',
  'The storm cost 12 bridges, the agency said.',
  '',
].join('\n');

let counter = 0;

/** A fresh article of the test's own in the workspace, opened in an editor, its verdicts read. */
async function article(api: ClaimlensApi, text = ARTICLE): Promise<{ editor: vscode.TextEditor; uri: vscode.Uri; sidecar: vscode.Uri }> {
  const name = `factcheck-${process.pid}-${++counter}`;
  const uri = fixture(`checks/${name}.md`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await eventually(() => assert.ok(api.decorationsOf(editor), 'highlights drawn'));
  await api.verdictsOf(editor.document);
  return { editor, uri, sidecar: fixture(`checks/${name}.claimlens.json`) };
}

async function claimId(api: ClaimlensApi, document: vscode.TextDocument, text: string): Promise<string> {
  const claim = (await api.analysisOf(document))?.claims.find((c) => c.text === text);
  assert.ok(claim, `the analysis finds “${text}”`);
  return claim.id;
}

async function quickFix(document: vscode.TextDocument, offset: number, title: RegExp): Promise<vscode.CodeAction> {
  const range = new vscode.Range(document.positionAt(offset), document.positionAt(offset));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, range);
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action?.command, `a quick fix ${title} among: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

async function run(action: vscode.CodeAction): Promise<unknown> {
  return vscode.commands.executeCommand(action.command!.command, ...(action.command!.arguments ?? []));
}

function sidecarVerdicts(sidecar: vscode.Uri) {
  return parseSidecar(readFileSync(sidecar.fsPath, 'utf8'));
}

/** Closes the article and opens it again from disk: its verdicts are read anew, as after a reload of the window. */
async function reopen(api: ClaimlensApi, uri: vscode.Uri): Promise<vscode.TextEditor> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
  await api.reloadVerdicts(editor.document);
  await eventually(() => assert.ok(api.decorationsOf(editor)));
  return editor;
}

suite('Fact-check in VS Code', () => {
  let api: ClaimlensApi;

  suiteSetup(async () => {
    api = await claimlens();
  });

  teardown(async () => {
    await vscode.workspace.getConfiguration('claimlens').update('problems', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('a quick fix marks a figure verified; the finding stays on that figure after an edit above it and a reload', async () => {
    const { editor, uri, sidecar } = await article(api);
    const document = editor.document;
    const bridges = document.getText().indexOf('12 bridges');
    assert.equal(await run(await quickFix(document, bridges, /^Mark “12”.* as verified$/)), true);
    const written = sidecarVerdicts(sidecar);
    assert.deepEqual(written.map((v) => [v.target, v.status, v.anchor.exact]), [['figure', 'verified', '12']]);
    assert.equal(await api.statusOf(document, await claimId(api, document, '12')), 'verified');
    await eventually(() => assert.deepEqual(api.verdictMarksOf(editor)?.verified.map((s) => document.getText().slice(s.start, s.end)), ['12']));
    assert.match(api.reviewStatusText(), /1 of 4 figures checked/);

    // An edit above the figure, saved; then the article is closed and opened again.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(2, 0), 'Rain fell for three days and the river rose through the night.\n\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(await document.save());
    const again = await reopen(api, uri);
    const text = again.document.getText();
    assert.ok(text.indexOf('12 bridges') > bridges, 'the figure moved down');
    assert.equal(await api.statusOf(again.document, await claimId(api, again.document, '12')), 'verified');
    assert.equal(await api.statusOf(again.document, await claimId(api, again.document, 'nearly 6,000')), 'unchecked');
    await eventually(() => assert.deepEqual(api.verdictMarksOf(again)?.verified.map((s) => text.slice(s.start, s.end)), ['12']));
  });

  test('a verdict whose text is edited away is listed in the panel, re-attached to the selection, or deleted', async () => {
    const { editor, uri, sidecar } = await article(api);
    const document = editor.document;
    assert.equal(await run(await quickFix(document, document.getText().indexOf('12 bridges'), /^Mark “12”.* as verified$/)), true);
    assert.equal(await run(await quickFix(document, document.getText().indexOf('38 people'), /^Mark “38”.* as disputed$/)), true);
    // Both sentences are rewritten beyond recognition: the verdicts lose their text but are kept.
    const edit = new vscode.WorkspaceEdit();
    const line = (text: string) => document.lineAt(document.positionAt(document.getText().indexOf(text)).line).range;
    edit.replace(uri, line('12 bridges'), 'Engineers have not yet finished their survey of the damage.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const again = new vscode.WorkspaceEdit();
    again.replace(uri, line('38 people'), 'Officials gave no new count today. The Interior Ministry recorded 41 deaths by Friday.');
    assert.ok(await vscode.workspace.applyEdit(again));
    // The panel's view model follows the active editor; the panel itself stays closed (the panel suite opens it fresh).
    await eventually(async () => {
      const view = await api.panelView();
      assert.equal(view.kind, 'article');
      if (view.kind === 'article') assert.deepEqual(view.orphans.map((o) => [o.exact, o.status]).sort(), [['12', 'Verified'], ['38', 'Disputed']]);
    });
    const view = await api.panelView();
    if (view.kind !== 'article') throw new Error('the panel shows the article');
    const [bridges, deaths] = [...view.orphans].sort((a, b) => a.exact.localeCompare(b.exact));

    // Re-attach the "38" verdict to "41", selected in the editor.
    const at = document.getText().indexOf('41 deaths');
    editor.selection = new vscode.Selection(document.positionAt(at), document.positionAt(at + 2));
    assert.equal(await vscode.commands.executeCommand('claimlens.reattachVerdict', { uri: uri.toString(), id: deaths!.id }), true);
    assert.deepEqual(sidecarVerdicts(sidecar).find((v) => v.id === deaths!.id)?.anchor.exact, '41');
    await eventually(async () => assert.equal(await api.statusOf(document, await claimId(api, document, '41')), 'disputed'));

    // Delete the other; the confirmation is a modal dialog, answered here by the stubbed message.
    const original = vscode.window.showWarningMessage;
    (vscode.window as { showWarningMessage: unknown }).showWarningMessage = async () => 'Delete';
    try {
      assert.equal(await vscode.commands.executeCommand('claimlens.deleteVerdict', { uri: uri.toString(), id: bridges!.id }), true);
    } finally {
      (vscode.window as { showWarningMessage: unknown }).showWarningMessage = original;
    }
    assert.deepEqual(sidecarVerdicts(sidecar).map((v) => v.anchor.exact), ['41']);
    await eventually(async () => {
      const after = await api.panelView();
      assert.ok(after.kind === 'article' && after.orphans.length === 0, 'no orphan left');
    });
  });

  test('the walk through unchecked figures selects each in reading order and records the status picked', async () => {
    const { editor, sidecar } = await article(api);
    const document = editor.document;
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const walking = vscode.commands.executeCommand('claimlens.checkUncheckedFigures');
    const pickFirst = async (expected: string) => {
      // The quick pick opens with the figure selected in the editor.
      await eventually(() => assert.equal(document.getText(editor.selection), expected));
      await new Promise((resolve) => setTimeout(resolve, 300));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    };
    // "Verified" is the first choice, in reading order: "nearly 6,000", then "38".
    await pickFirst('nearly 6,000');
    await pickFirst('38');
    await eventually(() => assert.equal(document.getText(editor.selection), 'more than 140'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await walking;
    assert.deepEqual(sidecarVerdicts(sidecar).map((v) => [v.anchor.exact, v.status]), [['nearly 6,000', 'verified'], ['38', 'verified']]);
    // The panel shows the findings too (its right-click menu passes the same arguments as these commands).
    const view = await api.panelView();
    assert.ok(view.kind === 'article');
    assert.match(view.progress, /^2 of 4 figures checked/);
    const row = view.contested.flatMap((g) => g.figures).find((f) => f.text === '38');
    assert.equal(row?.finding.status, 'verified');
    assert.equal(await vscode.commands.executeCommand('claimlens.markDisputed', { webview: 'claimlens.panel', webviewSection: 'finding', uri: document.uri.toString(), offset: row!.start, target: 'figure', preventDefaultContextMenuItems: true }), true);
    assert.equal(await api.statusOf(document, await claimId(api, document, '38')), 'disputed');
  });

  test('"not a claim" hides a figure from the highlights, and it stays hidden after a reload', async () => {
    const { editor, uri, sidecar } = await article(api);
    const document = editor.document;
    const fled = document.getText().indexOf('nearly 6,000');
    await run(await quickFix(document, fled, /^Not a claim: hide “nearly 6,000”/));
    const hidden = async (e: vscode.TextEditor) => {
      assert.ok(!(await api.visibleAnalysisOf(e.document))?.claims.some((c) => c.text === 'nearly 6,000'), 'not among the visible figures');
      const drawn = api.decorationsOf(e);
      assert.ok(drawn && drawn.claims.length > 0, 'other figures are still drawn');
      assert.ok(![...drawn.claims, ...drawn.contested].some((s) => e.document.getText().slice(s.start, s.end) === 'nearly 6,000'), 'its highlight is gone');
    };
    await eventually(() => hidden(editor));
    assert.deepEqual(sidecarVerdicts(sidecar).map((v) => [v.status, v.anchor.exact]), [['not-a-claim', 'nearly 6,000']]);
    const again = await reopen(api, uri);
    await eventually(() => hidden(again));
    // And no quick fix is offered on it any more: it is not a figure now.
    const range = new vscode.Range(again.document.positionAt(fled), again.document.positionAt(fled));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', again.document.uri, range);
    assert.ok(!actions.some((a) => /nearly 6,000/.test(a.title)), actions.map((a) => a.title).join(' | '));
  });

  test('the Problems panel lists the contested figures at Information severity, with quick fixes there', async () => {
    const { editor, uri } = await article(api);
    const document = editor.document;
    const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Claimlens');
    await eventually(() => assert.deepEqual(ours().map((d) => [d.code, document.getText(d.range)]), [['contested-figure', '38'], ['contested-figure', 'more than 140']]));
    assert.ok(ours().every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    assert.match(ours()[0]!.message, /^Contested figure “38”/);
    // Marked disputed from a quick fix at the problem (vscode.executeCodeActionProvider does not hand back
    // which diagnostics an action answers, so the range is what ties them), the figure is listed as disputed.
    await run(await quickFix(document, document.offsetAt(ours()[0]!.range.start), /^Mark “38”.* as disputed$/));
    await eventually(() => assert.deepEqual(ours().map((d) => [d.code, document.getText(d.range)]), [['disputed', '38'], ['contested-figure', 'more than 140']]));
    await vscode.workspace.getConfiguration('claimlens').update('problems', 'off', vscode.ConfigurationTarget.Global);
    await eventually(() => assert.deepEqual(ours(), []));
  });

  test('a verdicts file that does not parse is never written, and the article is read-only for verdicts until it is fixed', async () => {
    const uri = fixture(`checks/broken-${process.pid}.md`);
    const sidecar = fixture(`checks/broken-${process.pid}.claimlens.json`);
    const broken = '{ "version": 1, "verdicts": [ { "id": "x", ';
    mkdirSync(dirname(sidecar.fsPath), { recursive: true });
    writeFileSync(sidecar.fsPath, broken);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await eventually(() => assert.ok(api.decorationsOf(editor)));
    const known = await api.verdictsOf(editor.document);
    assert.equal(known.state, 'broken');
    assert.match(known.message ?? '', /is not valid JSON at line 1.*read-only/);
    await eventually(() => assert.match(api.reviewStatusText(), /read-only/));
    const offset = editor.document.getText().indexOf('12 bridges');
    assert.equal(await vscode.commands.executeCommand('claimlens.markVerified', { uri: uri.toString(), offset }), false);
    assert.equal(readFileSync(sidecar.fsPath, 'utf8'), broken, 'left exactly as it was');
    // Fixed from outside (another editor): picked up through the file watcher, and writable again.
    writeFileSync(sidecar.fsPath, serializeSidecar([]));
    await eventually(async () => assert.equal((await api.verdictsOf(editor.document)).state, 'ready'));
    assert.equal(await vscode.commands.executeCommand('claimlens.markVerified', { uri: uri.toString(), offset }), true);
    assert.deepEqual(sidecarVerdicts(sidecar).map((v) => v.status), ['verified']);
  });

  test('a verdict written by another window is picked up, and writing here keeps it', async () => {
    const { editor, sidecar } = await article(api);
    const document = editor.document;
    const analysis = (await api.analysisOf(document))!;
    const other = createVerdict(document.getText(), analysis, 'figure', await claimId(api, document, 'more than 140'), { status: 'false', note: 'from the other window' })!;
    writeFileSync(sidecar.fsPath, serializeSidecar([other]));
    await eventually(async () => assert.equal(await api.statusOf(document, await claimId(api, document, 'more than 140')), 'false'));
    // Another write from the other window, and one from here before the watcher reports it: both entries stay.
    const third = createVerdict(document.getText(), analysis, 'figure', await claimId(api, document, 'nearly 6,000'), { status: 'needs-source' })!;
    writeFileSync(sidecar.fsPath, serializeSidecar([other, third]));
    assert.equal(await vscode.commands.executeCommand('claimlens.markVerified', { uri: document.uri.toString(), offset: document.getText().indexOf('12 bridges') }), true);
    assert.deepEqual(sidecarVerdicts(sidecar).map((v) => [v.anchor.exact, v.status]).sort(), [['12', 'verified'], ['more than 140', 'false'], ['nearly 6,000', 'needs-source']]);
  });

  test('the ClaimReview export validates against its JSON-LD shape', async () => {
    const { editor } = await article(api, `---\nurl: https://news.example/floods\npublication: The Valmora Courier\n---\n\n${ARTICLE}`);
    const document = editor.document;
    const at = (text: string) => document.getText().indexOf(text);
    assert.equal(await vscode.commands.executeCommand('claimlens.markVerified', { uri: document.uri.toString(), offset: at('12 bridges') }), true);
    assert.equal(await vscode.commands.executeCommand('claimlens.setVerdict', { uri: document.uri.toString(), offset: at('38'), status: 'false', note: 'The ministry revised it', evidence: 'https://ministry.example/toll' }), true);
    const target = fixture(`exports/claimreview-${process.pid}.jsonld`);
    const written = await vscode.commands.executeCommand<vscode.Uri>('claimlens.exportClaimReview', { destination: target.toString() });
    assert.equal(written?.toString(), target.toString());
    const reviews = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as Array<{ reviewRating: { alternateName: string }; reviewBody?: string; citation?: string; url?: string }>;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(claimReviewSchema);
    assert.ok(validate(reviews), JSON.stringify(validate.errors));
    assert.deepEqual(reviews.map((r) => r.reviewRating.alternateName), ['False', 'Verified']);
    assert.equal(reviews[0]!.reviewBody, 'The ministry revised it');
    assert.equal(reviews[0]!.citation, 'https://ministry.example/toll');
    assert.equal(reviews[0]!.url, 'https://news.example/floods');
  });
});
