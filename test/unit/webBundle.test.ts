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
        onDidChangeTextEditorVisibleRanges: event,
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

/** What a web worker has: no process, Buffer, require, __dirname or global. */
const WORKER_GLOBALS = { console, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, TextDecoder, TextEncoder, URL, crypto: globalThis.crypto };

/** The vscode stand-in, with an empty class for anything it lacks (the language client extends many of VS Code's classes). */
function anyClassProxy(module: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(module, { get: (target, key) => (key in target ? target[key as string] : class {}) });
}

/** fetch, Blob and URL.createObjectURL as far as starting the server's worker needs them. */
function serverScriptGlobals(fetched: string[]) {
  return {
    fetch: async (url: string) => {
      fetched.push(url);
      return { ok: true, status: 200, text: async () => '/* the server */' };
    },
    Blob: class {
      constructor(readonly parts: string[]) {}
    },
    URL: Object.assign(class extends URL {}, { createObjectURL: () => 'blob:server-script' }),
  };
}

/** A Worker that records the script it was started with and never answers. */
function stubWorker(started: string[]) {
  return class {
    onmessage: unknown = null;
    constructor(url: string) {
      started.push(url);
    }
    postMessage(): void {}
    addEventListener(): void {}
    terminate(): void {}
  };
}

/** Runs the web server bundle in a worker-like sandbox and talks JSON-RPC to it through postMessage. */
function startWebServer(code: string) {
  const pending = new Map<number, (result: unknown) => void>();
  const self: Record<string, unknown> = {
    ...WORKER_GLOBALS,
    addEventListener: () => undefined,
    postMessage: (message: { id?: number; result?: unknown; method?: string }) => {
      if (message.id !== undefined && !message.method) pending.get(message.id)?.(message.result);
    },
  };
  self.self = self;
  vm.runInContext(code, vm.createContext(self));
  const deliver = (message: unknown) => (self.onmessage as (event: { data: unknown }) => void)({ data: message });
  let nextId = 1;
  return {
    request: (method: string, params: unknown) =>
      new Promise<unknown>((resolve) => {
        const id = nextId++;
        pending.set(id, resolve);
        deliver({ jsonrpc: '2.0', id, method, params });
      }),
    notify: (method: string, params: unknown) => deliver({ jsonrpc: '2.0', method, params }),
  };
}

describe('the web extension bundle (vscode.dev, github.dev)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root });
  }, 60_000);

  it('activates where no Node API exists and starts its language server in a Web Worker', async () => {
    const code = readFileSync(join(root, 'dist/web/extension.js'), 'utf8');
    const vscode = fakeVscode();
    const workers: string[] = [];
    const fetched: string[] = [];
    // A web worker's globals: no process, Buffer, require, __dirname or global; a Worker to start the server in.
    const sandbox = vm.createContext({ ...WORKER_GLOBALS, ...serverScriptGlobals(fetched), Worker: stubWorker(workers) });
    const module = { exports: {} as Record<string, unknown> };
    const requireShim = (id: string) => {
      if (id === 'vscode') return anyClassProxy(vscode.module);
      throw new Error(`the web bundle asked for "${id}", which a web worker does not have`);
    };
    vm.runInContext(`(function (exports, require, module) {\n${code}\n})`, sandbox)(module.exports, requireShim, module);
    const activate = module.exports.activate as (context: unknown) => unknown;
    expect(typeof activate).toBe('function');
    activate({ subscriptions: [], extensionUri: { scheme: 'https', path: '/ext' } });
    expect(vscode.registered).toContain('claimlens.exportAnnotations');
    // The worker starts from the script's text: a remote's extension URI cannot be a worker's address.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetched).toEqual(['vscode-vfs://github/ext/dist/web/server.js']);
    expect(workers).toEqual(['blob:server-script']);
  });

  it('reads an article\'s verdicts through vscode.workspace.fs', async () => {
    const code = readFileSync(join(root, 'dist/web/extension.js'), 'utf8');
    const vscode = fakeVscode();
    const sandbox = vm.createContext({ ...WORKER_GLOBALS, Worker: stubWorker([]) });
    const module = { exports: {} as Record<string, unknown> };
    vm.runInContext(`(function (exports, require, module) {\n${code}\n})`, sandbox)(module.exports, (id: string) => (id === 'vscode' ? anyClassProxy(vscode.module) : undefined), module);
    const activate = module.exports.activate as (context: unknown) => { verdictsOf(document: unknown): Promise<{ state: string; verdicts: Array<{ status: string }> }> };
    const api = activate({ subscriptions: [], extensionUri: { scheme: 'https', path: '/ext' } });
    const text = 'Officials say nearly 6,000 people fled. The storm cost 12 bridges.';
    const analysis = analyze(text);
    const dismissed = createVerdict(text, analysis, 'figure', analysis.claims.find((c) => c.text === '12')!.id, { status: 'not-a-claim' })!;
    vscode.files.set('/repo/news/floods.claimlens.json', serializeSidecar([dismissed]));
    const document = { uri: vscode.uri('/repo/news/floods.md'), languageId: 'markdown', version: 1, getText: () => text };
    const known = await api.verdictsOf(document);
    expect(known.state).toBe('ready');
    expect(known.verdicts.map((v) => v.status)).toEqual(['not-a-claim']);
  });

  it('serves hovers and full analyses from a Web Worker, without Node', async () => {
    const server = startWebServer(readFileSync(join(root, 'dist/web/server.js'), 'utf8'));
    const text = '“We will rebuild,” said Mayor Ana Ruiz. Officials say nearly 6,000 people fled.';
    await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
    server.notify('initialized', {});
    server.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:a', languageId: 'markdown', version: 1, text } });
    const analysis = (await server.request('claimlens/analysis', { uri: 'untitled:a', version: 1 })) as { kind: string; analysis: { claims: Array<{ text: string; source: { name: string } | null }> } };
    expect(analysis.kind).toBe('ok');
    expect(analysis.analysis.claims.map((c) => [c.text, c.source?.name])).toEqual([['nearly 6,000', 'Officials']]);
    const hover = (await server.request('textDocument/hover', { textDocument: { uri: 'untitled:a' }, position: { line: 0, character: text.indexOf('6,000') } })) as { contents: { value: string } };
    expect(hover.contents.value).toContain('**Source:** Officials');
  });

  it('holds no Node built-in imports', () => {
    const code = readFileSync(join(root, 'dist/web/extension.js'), 'utf8');
    expect(code.match(/require\(["'](?!vscode["'])[^"']+["']\)/g) ?? []).toEqual([]);
  });
});
