import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';

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
  return {
    registered,
    module: {
      EventEmitter,
      ThemeColor: class {
        constructor(public id: string) {}
      },
      Range: class {},
      Position: class {},
      OverviewRulerLane: { Left: 1, Center: 2, Right: 4, Full: 7 },
      StatusBarAlignment: { Left: 1, Right: 2 },
      ConfigurationTarget: { Global: 1 },
      Uri: { joinPath: (base: object, ...parts: string[]) => ({ ...base, path: parts.join('/') }) },
      workspace: {
        getConfiguration: () => ({ get: (_key: string, fallback: unknown) => fallback, update: async () => undefined }),
        onDidChangeConfiguration: event,
        onDidCloseTextDocument: event,
        onDidChangeTextDocument: event,
        onDidOpenTextDocument: event,
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
      languages: { registerHoverProvider: () => disposable },
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
    const activate = module.exports.activate as (context: unknown) => { analysisOf(document: unknown): { claims: Array<{ text: string }> } | undefined };
    expect(typeof activate).toBe('function');
    const api = activate({ subscriptions: [], extensionUri: { scheme: 'https', path: '/ext' } });
    expect(vscode.registered).toContain('claimlens.exportAnnotations');
    const text = '“We will rebuild,” said Mayor Ana Ruiz. Officials say nearly 6,000 people fled.';
    const analysis = api.analysisOf({ uri: { toString: () => 'untitled:a' }, languageId: 'markdown', version: 1, getText: () => text });
    expect(analysis?.claims.map((c) => c.text)).toEqual(['nearly 6,000']);
  });

  it('holds no Node built-in imports', () => {
    const code = readFileSync(join(root, 'dist/web/extension.js'), 'utf8');
    expect(code.match(/require\(["'](?!vscode["'])[^"']+["']\)/g) ?? []).toEqual([]);
  });
});
