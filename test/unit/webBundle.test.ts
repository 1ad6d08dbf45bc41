import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/core';
import { createVerdict, serializeSidecar } from '../../src/review';

const root = join(__dirname, '../..');

/** A minimal stand-in for the `vscode` module: enough for activate() and an analysis. */
function fakeVscode() {
  const disposable = { dispose: () => undefined };
  const event = () => disposable;
  class EventEmitter<T> {
    private listeners: Array<(value: T) => void> = [];
    event = (listener: (value: T) => void) => {
      this.listeners.push(listener);
      return disposable;
    };
    fire(value: T) {
      for (const l of this.listeners) l(value);
    }
    dispose() {
      this.listeners = [];
    }
  }
  const registered: string[] = [];
  /** A virtual workspace's files, by path: what `vscode.workspace.fs` reads. */
  const files = new Map<string, string>();
  class FileSystemError extends Error {
    constructor(message: string, readonly code: string) {
      super(message);
    }
  }
  const uri = (path: string) => ({ scheme: 'vscode-vfs', path, toString: () => `vscode-vfs://github${path}`, with: ({ path: p }: { path: string }) => uri(p) });
  const read = async (u: { path: string }) => {
    const text = files.get(u.path);
    if (text === undefined) throw new FileSystemError('not found', 'FileNotFound');
    return new TextEncoder().encode(text);
  };
  return {
    registered,
    files,
    uri,
    module: {
      EventEmitter,
      FileSystemError,
      CodeActionKind: { QuickFix: { value: 'quickfix' } },
      DiagnosticSeverity: { Information: 2 },
      RelativePattern: class {
        constructor(public base: unknown, public pattern: string) {}
      },
      ThemeColor: class {
        constructor(public id: string) {}
      },
      Range: class {},
      Position: class {},
      OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
      StatusBarAlignment: { Left: 1, Right: 2 },
      ConfigurationTarget: { Global: 1 },
      Uri: {
        joinPath: (base: { path: string }, ...parts: string[]) => {
          const segments = base.path.split('/');
          for (const part of parts) for (const p of part.split('/')) {
            if (p === '..') segments.pop();
            else segments.push(p);
          }
          return uri(segments.join('/'));
        },
      },
      workspace: {
        getConfiguration: () => ({ get: (_key: string, fallback: unknown) => fallback, update: async () => undefined }),
        onDidChangeConfiguration: event,
        onDidCloseTextDocument: event,
        onDidChangeTextDocument: event,
        onDidOpenTextDocument: event,
        onDidSaveTextDocument: event,
        textDocuments: [],
        asRelativePath: (u: { path: string }) => u.path.slice(1),
        createFileSystemWatcher: () => ({ ...disposable, onDidChange: event, onDidCreate: event, onDidDelete: event }),
        fs: {
          isWritableFileSystem: (scheme: string) => (scheme === 'vscode-vfs' ? true : undefined),
          readFile: read,
          stat: async (u: { path: string }) => ({ size: (await read(u)).length, mtime: 0 }),
        },
      },
      window: {
        visibleTextEditors: [],
        activeTextEditor: undefined,
        onDidChangeVisibleTextEditors: event,
        onDidChangeActiveTextEditor: event,
        createTextEditorDecorationType: () => disposable,
        createStatusBarItem: () => ({ ...disposable, show: () => undefined, hide: () => undefined }),
        registerWebviewViewProvider: () => disposable,
      },
      languages: {
        registerHoverProvider: () => disposable,
        registerCodeActionsProvider: () => disposable,
        createDiagnosticCollection: () => ({ ...disposable, set: () => undefined, delete: () => undefined, clear: () => undefined }),
      },
      commands: {
        registerCommand: (id: string) => {
          registered.push(id);
          return disposable;
        },
        executeCommand: async () => undefined,
      },
    },
  };
}

describe('the web extension bundle (vscode.dev, github.dev)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root });
  }, 60_000);

  it('loads and activates where no Node API exists, and analyses an article', () => {
    const code = readFileSync(join(root, 'dist/web/extension.js'), 'utf8');
    const vscode = fakeVscode();
    // A web worker's globals: no process, Buffer, require, __dirname or global.
    const sandbox = vm.createContext({ console, setTimeout, clearTimeout, queueMicrotask, TextDecoder, TextEncoder, URL, crypto: globalThis.crypto });
    const module = { exports: {} as Record<string, unknown> };
    const requireShim = (id: string) => {
      if (id === 'vscode') return vscode.module;
      throw new Error(`the web bundle asked for "${id}", which a web worker does not have`);
    };
    vm.runInContext(`(function (exports, require, module) {\n${code}\n})`, sandbox)(module.exports, requireShim, module);
    const activate = module.exports.activate as (context: unknown) => {
      analysisOf(document: unknown): { claims: Array<{ text: string }> } | undefined;
      visibleAnalysisOf(document: unknown): { claims: Array<{ text: string }> } | undefined;
      verdictsOf(document: unknown): Promise<{ state: string; verdicts: unknown[] }>;
    };
    expect(typeof activate).toBe('function');
    const api = activate({ subscriptions: [], extensionUri: { scheme: 'https', path: '/ext' } });
    expect(vscode.registered).toContain('claimlens.exportAnnotations');
    const text = '“We will rebuild,” said Mayor Ana Ruiz. Officials say nearly 6,000 people fled.';
    const analysis = api.analysisOf({ uri: { toString: () => 'untitled:a' }, languageId: 'markdown', version: 1, getText: () => text });
    expect(analysis?.claims.map((c) => c.text)).toEqual(['nearly 6,000']);
  });

  it('reads an article\'s verdicts through vscode.workspace.fs, and hides what was marked "not a claim"', async () => {
    const code = readFileSync(join(root, 'dist/web/extension.js'), 'utf8');
    const vscode = fakeVscode();
    const sandbox = vm.createContext({ console, setTimeout, clearTimeout, queueMicrotask, TextDecoder, TextEncoder, URL, crypto: globalThis.crypto });
    const module = { exports: {} as Record<string, unknown> };
    vm.runInContext(`(function (exports, require, module) {\n${code}\n})`, sandbox)(module.exports, (id: string) => (id === 'vscode' ? vscode.module : undefined), module);
    const activate = module.exports.activate as (context: unknown) => {
      visibleAnalysisOf(document: unknown): { claims: Array<{ text: string }> } | undefined;
      verdictsOf(document: unknown): Promise<{ state: string; verdicts: unknown[] }>;
    };
    const api = activate({ subscriptions: [], extensionUri: { scheme: 'https', path: '/ext' } });
    const text = 'Officials say nearly 6,000 people fled. The storm cost 12 bridges.';
    const analysis = analyze(text);
    const dismissed = createVerdict(text, analysis, 'figure', analysis.claims.find((c) => c.text === '12')!.id, { status: 'not-a-claim' })!;
    vscode.files.set('/repo/news/floods.claimlens.json', serializeSidecar([dismissed]));
    const document = { uri: vscode.uri('/repo/news/floods.md'), languageId: 'markdown', version: 1, getText: () => text };
    const known = await api.verdictsOf(document);
    expect(known.state).toBe('ready');
    expect(known.verdicts).toHaveLength(1);
    expect(api.visibleAnalysisOf(document)?.claims.map((c) => c.text)).toEqual(['nearly 6,000']);
  });

  it('holds no Node built-in imports', () => {
    const code = readFileSync(join(root, 'dist/web/extension.js'), 'utf8');
    expect(code.match(/require\(["'](?!vscode["'])[^"']+["']\)/g) ?? []).toEqual([]);
  });
});
