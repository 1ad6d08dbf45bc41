/**
 * A small stand-in for the `vscode` module, for unit tests of the adapter's own
 * logic (settings, range conversion, debouncing). The real API is exercised by
 * the integration tests inside VS Code.
 */
export class EventEmitter<T> {
  private listeners: Array<(value: T) => void> = [];
  event = (listener: (value: T) => void) => {
    this.listeners.push(listener);
    return { dispose: () => (this.listeners = this.listeners.filter((l) => l !== listener)) };
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Position {
  constructor(readonly line: number, readonly character: number) {}
}

export class Range {
  constructor(readonly start: Position, readonly end: Position) {}
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export const OverviewRulerLane = { Left: 1, Center: 2, Right: 4, Full: 7 };
export const StatusBarAlignment = { Left: 1, Right: 2 };
export const ConfigurationTarget = { Global: 1, Workspace: 2 };

let configuration: Record<string, unknown> = {};
const configurationChanged = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();
const textChanged = new EventEmitter<{ document: unknown; contentChanges: unknown[] }>();
const visibleChanged = new EventEmitter<unknown[]>();
const visibleRangesChanged = new EventEmitter<{ textEditor: unknown; visibleRanges: Range[] }>();

/** Test controls. */
export const mock = {
  setConfiguration(values: Record<string, unknown>, changedSection = 'claimlens'): void {
    configuration = values;
    configurationChanged.fire({ affectsConfiguration: (section: string) => changedSection === section || changedSection.startsWith(`${section}.`) });
  },
  fireVisibleEditors(editors: unknown[]): void {
    window.visibleTextEditors = editors;
    visibleChanged.fire(editors);
  },
  /** Scrolls an editor to show lines `from` to `to`. */
  scroll(editor: { visibleRanges: Range[] }, from: number, to: number): void {
    editor.visibleRanges = [new Range(new Position(from, 0), new Position(to, 0))];
    visibleRangesChanged.fire({ textEditor: editor, visibleRanges: editor.visibleRanges });
  },
  fireTextChange(document: unknown): void {
    textChanged.fire({ document, contentChanges: [{}] });
  },
  decorationsSet: [] as Array<{ type: number; ranges: Range[] }>,
  warnings: [] as string[],
  reset(): void {
    configuration = {};
    mock.warnings = [];
    window.visibleTextEditors = [];
    mock.decorationsSet = [];
  },
};

let decorationTypes = 0;

export const workspace = {
  getConfiguration: (section: string) => ({
    get: <T>(key: string, fallback: T): T => (`${section}.${key}` in configuration ? (configuration[`${section}.${key}`] as T) : fallback),
    update: async () => undefined,
  }),
  onDidChangeConfiguration: configurationChanged.event,
  onDidChangeTextDocument: textChanged.event,
  onDidCloseTextDocument: new EventEmitter<unknown>().event,
  onDidOpenTextDocument: new EventEmitter<unknown>().event,
};

export const window = {
  visibleTextEditors: [] as unknown[],
  activeTextEditor: undefined as unknown,
  onDidChangeVisibleTextEditors: visibleChanged.event,
  onDidChangeTextEditorVisibleRanges: visibleRangesChanged.event,
  onDidChangeActiveTextEditor: new EventEmitter<unknown>().event,
  createTextEditorDecorationType: (options: unknown) => ({ id: ++decorationTypes, options, dispose: () => undefined }),
  createStatusBarItem: () => ({ text: '', tooltip: '', name: '', command: '', backgroundColor: undefined as unknown, show: () => undefined, hide: () => undefined, dispose: () => undefined }),
  showWarningMessage: async (message: string) => {
    mock.warnings.push(message);
    return undefined;
  },
};

/** A text document over a string, with VS Code's offset/position arithmetic. */
export function fakeDocument(text: string, languageId = 'markdown', version = 1) {
  let lineStarts: number[] = [];
  const setLines = () => {
    lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  };
  setLines();
  const uri = `file:///fake/${languageId}-${text.length}.md`;
  const document = {
    uri: { toString: () => uri, path: '/fake/article.md' },
    languageId,
    version,
    /** An edit: the new text, under the next version. */
    replaceText(changed: string) {
      text = changed;
      setLines();
      document.version++;
    },
    getText: () => text,
    get lineCount() {
      return lineStarts.length;
    },
    positionAt(offset: number): Position {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
      return new Position(line, offset - lineStarts[line]!);
    },
    offsetAt(position: Position): number {
      return lineStarts[position.line]! + position.character;
    },
    lineAt(line: number) {
      const end = (lineStarts[line + 1] ?? text.length + 1) - 1;
      return { text: text.slice(lineStarts[line], end), range: new Range(new Position(line, 0), new Position(line, end - lineStarts[line]!)) };
    },
  };
  openDocuments.set(document.uri.toString(), document);
  return document;
}

/** Every fake document made, by URI: what `inProcessServer` analyses. */
export const openDocuments = new Map<string, ReturnType<typeof fakeDocument>>();

/** An editor that records what was drawn. */
export function fakeEditor(document: ReturnType<typeof fakeDocument>) {
  return {
    document,
    /** The first 40 lines, until `mock.scroll`. */
    visibleRanges: [new Range(new Position(0, 0), new Position(Math.min(40, document.lineCount - 1), 0))],
    setDecorations(type: { id: number }, ranges: Range[] | Array<{ range: Range; renderOptions?: unknown }>) {
      mock.decorationsSet.push({ type: type.id, ranges: ranges as Range[] });
    },
  };
}
