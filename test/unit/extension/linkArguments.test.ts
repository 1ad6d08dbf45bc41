import { describe, expect, it } from 'vitest';
import { isRevealArgs } from '../../../src/extension/commands';
import { cleanOrphanArgs } from '../../../src/extension/orphanCommands';
import { isFromWebview } from '../../../src/extension/panel/protocol';

describe('arguments from links and the webview', () => {
  it('a reveal link carries a document URI and a span of whole, non-negative offsets', () => {
    expect(isRevealArgs({ uri: 'file:///a.md', start: 3, end: 9 })).toBe(true);
    expect(isRevealArgs({ uri: 'file:///a.md', start: 4, end: 4 })).toBe(true);
    for (const bad of [null, 'x', { uri: 1, start: 0, end: 1 }, { uri: 'u', start: Number.NaN, end: 1 }, { uri: 'u', start: -1, end: 1 }, { uri: 'u', start: 5, end: 2 }, { uri: 'u', start: 0.5, end: 2 }, { uri: 'u', start: 0, end: Infinity }]) {
      expect(isRevealArgs(bad), JSON.stringify(bad)).toBe(false);
    }
  });

  it('a panel click names the document and version its list was built from, with valid offsets', () => {
    expect(isFromWebview({ type: 'reveal', start: 1, end: 4, uri: 'file:///a.md', version: 2 })).toBe(true);
    expect(isFromWebview({ type: 'reveal', start: 1, end: 4, version: 2 })).toBe(false);
    expect(isFromWebview({ type: 'reveal', start: -1, end: 4, uri: 'file:///a.md', version: 2 })).toBe(false);
    expect(isFromWebview({ type: 'reveal', start: 1, end: Number.NaN, uri: 'file:///a.md', version: 2 })).toBe(false);
    expect(isFromWebview({ type: 'eval', code: 'x' })).toBe(false);
  });

  it('an orphaned verdict’s button names the action, the verdict and the document', () => {
    expect(isFromWebview({ type: 'orphan', action: 'reattach', id: 'v1', uri: 'file:///a.md' })).toBe(true);
    expect(isFromWebview({ type: 'orphan', action: 'delete', id: 'v1', uri: 'file:///a.md' })).toBe(true);
    expect(isFromWebview({ type: 'orphan', action: 'run', id: 'v1', uri: 'file:///a.md' })).toBe(false);
    expect(isFromWebview({ type: 'orphan', action: 'delete', id: 3, uri: 'file:///a.md' })).toBe(false);
    expect(cleanOrphanArgs({ uri: 'file:///a.md', id: 'v1', extra: 1 })).toEqual({ uri: 'file:///a.md', id: 'v1' });
    expect(cleanOrphanArgs({ uri: 7, id: null })).toEqual({});
  });
});
