import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, STATUS_COMMANDS } from '../../../src/ui/commandIds';

const manifest = JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8'));
const contributes = manifest.contributes;
const ids = [...Object.values(COMMANDS), ...Object.values(STATUS_COMMANDS)].sort();

describe('package.json contributes, in step with the code', () => {
  it('contributes exactly the commands commandIds.ts names', () => {
    expect(contributes.commands.map((c: { command: string }) => c.command).sort()).toEqual(ids);
  });

  it('puts only known commands in menus and keybindings', () => {
    const inMenus = Object.values(contributes.menus as Record<string, Array<{ command?: string; submenu?: string }>>).flatMap((items) => items.flatMap((i) => (i.command ? [i.command] : [])));
    const inKeys = contributes.keybindings.map((k: { command: string }) => k.command);
    expect([...inMenus, ...inKeys].filter((id) => !ids.includes(id))).toEqual([]);
    const submenus = contributes.submenus.map((s: { id: string }) => s.id);
    expect(Object.keys(contributes.menus).filter((menu) => menu.startsWith('claimlens.'))).toEqual(submenus);
  });

  it('gives the walk through unchecked figures and the status picker their own shortcuts, none taken twice', () => {
    const keys = contributes.keybindings.map((k: { key: string }) => k.key);
    expect(new Set(keys).size).toBe(keys.length);
    const bound = contributes.keybindings.map((k: { command: string }) => k.command);
    for (const id of [COMMANDS.checkUnchecked, COMMANDS.setVerdict, COMMANDS.nextClaim, COMMANDS.previousClaim, COMMANDS.nextQuote, COMMANDS.previousQuote]) expect(bound).toContain(id);
  });

  it('defines every theme colour the code asks for', () => {
    const defined = new Set(contributes.colors.map((c: { id: string }) => c.id));
    const source = ['decorations.ts', 'verdictDecorations.ts'].map((f) => readFileSync(join(__dirname, '../../../src/extension', f), 'utf8')).join('\n');
    const used = [...source.matchAll(/'(claimlens\.[A-Za-z]+)'/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it('declares the settings the fact-check reads, with the defaults the code falls back to', () => {
    const properties = contributes.configuration.properties;
    expect(properties['claimlens.problems']).toMatchObject({ enum: ['off', 'contested', 'all'], default: 'contested' });
    expect(properties['claimlens.verdicts.location']).toMatchObject({ enum: ['beside', 'folder'], default: 'beside' });
  });
});
