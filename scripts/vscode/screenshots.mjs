// End-to-end check of what a user sees, with screenshots: the bundled example article opened in
// a real VS Code (code-server 4.100.3 in Debian's Chromium) with the packed .vsix installed, as a
// user has it, checked and photographed through the DOM only: highlights and the status bar, the
// hovers (a contested figure, a figure with a decimal, a disputed figure, an age, a quote), the
// "Figures and Sources" panel (its lines, legend, badge and filter), toggling highlights off, and
// a clean extension host log after closing every editor. No npm script needed:
//
//   node scripts/vscode/screenshots.mjs [--out DIR]                       PNGs go here (default docs/images)
//                                       [--theme light|dark|hc|all]       default all; one fresh code-server each
//                                       [--timeout SECONDS]               budget per theme (default 240)
//                                       [--keep]                          keep each theme's temp dir (logs, profile)
//                                       [--web]                           run the extension in the browser's web
//                                                                         worker extension host (its browser build)
//
// Writes DIR/{highlights,hover,panel}-{light,dark,hc}.png. Install code-server first: npm run vscode:install.
// Exit code: 0 every check passed; 1 a check failed (what the user would see is wrong or missing:
// the message says which, and a failure screenshot plus the logs are kept in the temp dir);
// 2 the harness itself failed (code-server or the browser did not start, a hard timeout).
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  ROOT, HarnessError, checkInstalled, closeBrowser, createSandbox, freePort, installExtension, killProcessGroup, launchChromium,
  packageExtension, printDiagnostics, remoteUri, startCodeServer, stopCodeServer, waitForHealth, workbenchUrl,
} from './lib.mjs';

const CHECK_FAILED = 1;
const HARNESS_FAILED = 2;
const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern', hc: 'Default High Contrast' };
// The workbench's root element carries the theme's id as a class: proves the setting took
// before we shoot (the theme type alone, "vs"/"vs-dark", would also match Light+/Dark+).
const THEME_CLASS = {
  light: 'vscode-theme-defaults-themes-light_modern-json',
  dark: 'vscode-theme-defaults-themes-dark_modern-json',
  hc: 'vscode-theme-defaults-themes-hc_black-json',
};
const ARTICLE = path.join(ROOT, 'examples/valmora-floods.md');
// The contested figure the hover and panel checks are about.
const CONTESTED = 'more than 140';

/** A check on a text the user reads: `what` says what must (or must not) be there. */
const says = (what, pattern) => ({ what, test: (text) => pattern.test(text) });
const never = (what, pattern) => ({ what: `not ${what}`, test: (text) => !pattern.test(text) });
const NO_RAW_MARKDOWN = never('raw Markdown ("**", "$(icon)")', /\$\([a-z-]+\)|\*\*/);

// Each hover a new user tripped over, and what it must say now (issue 13).
const HOVERS = [
  {
    on: CONTESTED,
    shot: true,
    checks: [
      says('"Contested: people killed"', /Contested: people killed/),
      says('the spread with its qualifier, "38 vs more than 140"', /38 vs more than 140/),
      says('its source "Valmoran Red Cross"', /Valmoran Red Cross/),
      says('the table\'s restatement as "restated on line 41/42", not another competitor', /restated on line 4[12]/),
      never('the figure twice ("“more than 140” — more than 140")', /”\s*—\s*more than 140/),
      never('the count named "toll"', /Counts: toll/),
      NO_RAW_MARKDOWN,
    ],
  },
  {
    on: '$4.2 billion',
    checks: [says('the whole sentence around the decimal', /The government has released \$4\.2 billion in emergency funds, Finance Minister Lena Okafor told reporters/), never('a sentence cut at the decimal ("2 billion in emergency")', /(^|[^.])\b2 billion in emergency/), NO_RAW_MARKDOWN],
  },
  {
    on: '57',
    checks: [says('who disputes it, "Disputed by Tomas Averill"', /Disputed by Tomas Averill/), says('the line of the dispute', /rejected that figure.{0,3}\(line 17\)/), never('"Figure “57” — 57"', /”\s*—\s*57/)],
  },
  {
    on: '51-year-old',
    checks: [says('"age 51, Piet Harlan"', /age 51, Piet Harlan/), never('"51 year" or "Counts: former engineer"', /51 year\b|Counts: former engineer/)],
  },
  {
    on: 'We are counting',
    checks: [says('"Quote"', /^Quote\b/), never('"Quote (quote)"', /Quote \(quote\)/), says('the speaker Ilse Marrow', /Speaker: Ilse Marrow/)],
  },
];

const USAGE = 'usage: node scripts/vscode/screenshots.mjs [--out DIR] [--theme light|dark|hc|all] [--timeout SECONDS] [--keep] [--web]';
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      out: { type: 'string', default: path.join(ROOT, 'docs/images') },
      theme: { type: 'string', default: 'all' },
      timeout: { type: 'string', default: '240' },
      keep: { type: 'boolean', default: false },
      web: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(HARNESS_FAILED);
}
if (![...Object.keys(THEMES), 'all'].includes(opts.theme)) {
  console.error(`--theme must be light, dark, hc or all\n${USAGE}`);
  process.exit(HARNESS_FAILED);
}
const themes = opts.theme === 'all' ? Object.keys(THEMES) : [opts.theme];
const timeoutMs = Number(opts.timeout) * 1000;
if (!(timeoutMs > 0)) {
  console.error(`--timeout must be a positive number of seconds\n${USAGE}`);
  process.exit(HARNESS_FAILED);
}
const outDir = path.resolve(opts.out);

const t0 = Date.now();
const secs = (since = t0) => ((Date.now() - since) / 1000).toFixed(1);
const say = (message) => console.log(`[vscode:e2e ${secs()}s] ${message}`);

/** What the user would see is wrong or missing. */
class CheckFailed extends Error {}

// The theme being run, for cleanup on a signal or the watchdog.
let session;

// The hard stop: whatever hangs (a stuck browser close, a wedged server), the process ends.
const watchdog = setTimeout(() => {
  console.error(`[vscode:e2e] HARNESS ERROR: hard timeout (${themes.length} × ${opts.timeout} s + 60 s) hit; killing everything`);
  killProcessGroup(session?.server?.pid, 'SIGKILL');
  process.exit(HARNESS_FAILED);
}, themes.length * timeoutMs + 60_000);
watchdog.unref();

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    say(`${signal}: stopping`);
    if (session) await cleanup(session, true);
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

let exitCode = 0;
let vsix;
const results = [];
try {
  checkInstalled();
  mkdirSync(outDir, { recursive: true });
  // The extension as a user installs it: packed once, installed into each theme's own profile.
  const packDir = mkdtempSync(path.join(tmpdir(), 'claimlens-e2e-vsix-'));
  vsix = path.join(packDir, 'claimlens.vsix');
  say('packing the extension (production build + vsce)');
  packageExtension(vsix);
  // Each theme gets its own code-server, profile and workspace copy: nothing one run leaves
  // open (the hover, the panel) can leak into the other's screenshots.
  for (const theme of themes) {
    const result = await runTheme(theme);
    results.push(result);
    if (!result.ok) exitCode = CHECK_FAILED;
  }
} catch (error) {
  const message = error instanceof HarnessError ? error.message : (error?.stack ?? String(error));
  console.error(`\n[vscode:e2e] HARNESS ERROR: ${message}`);
  exitCode = HARNESS_FAILED;
} finally {
  if (vsix) rmSync(path.dirname(vsix), { recursive: true, force: true });
}
console.log('');
for (const { theme, ok, failure, timings } of results) {
  const steps = Object.entries(timings).map(([step, s]) => `${step} ${s}s`).join(', ');
  console.log(`e2e ${theme}: ${ok ? 'PASS' : `FAIL: ${failure}`}${steps ? ` (${steps})` : ''}`);
}
say(`exit ${exitCode}`);
process.exit(exitCode);

/** One fresh code-server + browser with the given theme; returns { theme, ok, failure, timings }. */
async function runTheme(theme) {
  const themeStart = Date.now();
  const deadline = themeStart + timeoutMs;
  const timings = {};
  // Each step's wall-clock time, so slow machines show where the time goes.
  let stepStart = themeStart;
  const lap = (name) => {
    timings[name] = secs(stepStart);
    stepStart = Date.now();
  };
  const port = await freePort();
  const tmp = mkdtempSync(path.join(tmpdir(), `claimlens-e2e-${theme}-`));
  session = { tmp, server: undefined, exited: undefined, context: undefined, page: undefined, logFile: undefined, browserErrors: [] };
  const s = session;
  say(`${theme}: "${THEMES[theme]}", temp dir ${tmp}`);
  let ok = false;
  let failure;
  try {
    // --web: VS Code runs an extension whose kind prefers "web" in the browser's web worker
    // extension host, from its "browser" entry (dist/web/extension.js), as on vscode.dev.
    const extensionKind = opts.web ? { 'remote.extensionKind': { 'claimlens.claimlens': ['web'] } } : {};
    const sandbox = createSandbox(tmp, { port, settings: { 'workbench.colorTheme': THEMES[theme], ...extensionKind } });
    // The workspace holds the article alone, as a user opening it would have it.
    const article = path.join(sandbox.dirs.workspace, path.basename(ARTICLE));
    copyFileSync(ARTICLE, article);
    installExtension(sandbox, vsix);
    s.logFile = sandbox.logFile;
    ({ server: s.server, exited: s.exited } = startCodeServer(sandbox));
    await waitForHealth(port, deadline, s.exited, opts.timeout);
    lap('server');

    s.context = await launchChromium(sandbox.dirs.browserProfile, { width: 1440, height: 900 });
    const page = (s.page = s.context.pages()[0] ?? (await s.context.newPage()));
    page.on('pageerror', (error) => s.browserErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') s.browserErrors.push(`console.error: ${message.text()}`);
    });
    const payload = [['openFile', remoteUri(port, article)], ['skipWelcome', 'true']];
    await page.goto(workbenchUrl(port, sandbox.dirs.workspace, payload), { waitUntil: 'domcontentloaded', timeout: remaining(deadline) });

    const ms = (cap) => Math.max(1000, Math.min(cap, remaining(deadline)));
    await expectVisible(page.locator('.monaco-workbench'), ms(60_000), 'the workbench never appeared');
    await expectVisible(page.locator('.monaco-editor .view-lines').first(), ms(60_000), `no editor opened ${path.basename(ARTICLE)}`);
    lap('workbench');
    // Seen taking 10-20 s after the editor appears on a 2-core machine.
    await checkTheme(page, theme, ms(45_000));
    lap('theme');

    await checkHighlights(page, ms(60_000));
    lap('decorations');
    await shoot(page, `highlights-${theme}.png`);

    for (const hover of HOVERS) {
      await checkHover(page, hover, ms(30_000));
      if (hover.shot) await shoot(page, `hover-${theme}.png`);
    }
    lap('hovers');

    await checkPanel(page, ms(60_000));
    lap('panel');
    await shoot(page, `panel-${theme}.png`);

    await checkToggle(page, ms(30_000));
    await checkVerdicts(page, sandbox.dirs.workspace, ms(60_000));
    lap('verdicts');
    await shoot(page, `verdicts-${theme}.png`);
    await checkWalkthrough(page, ms(45_000));
    await shoot(page, `walkthrough-${theme}.png`);
    // Back to the article for the last check.
    await page.locator('.tabs-container .tab', { hasText: path.basename(ARTICLE) }).first().click();
    await expectVisible(page.locator('.monaco-editor .view-lines').first(), ms(10_000), 'the article\'s tab did not bring it back');
    await checkCleanClose(page, sandbox.dirs.userData, ms(30_000));
    checkExtensionHost(sandbox.dirs.userData);
    lap('toggle+close');
    ok = true;
  } catch (error) {
    if (error instanceof CheckFailed) {
      failure = error.message;
      console.error(`\n[vscode:e2e] FAILED (${theme}): ${failure}`);
    }
    // Either way the page as it was and the server's log are what the reader needs next.
    if (s.page) {
      const file = path.join(tmp, `failure-${theme}.png`);
      await s.page.screenshot({ path: file, timeout: 15_000 }).then(() => console.error(`[vscode:e2e] failure screenshot: ${file}`), () => {});
    }
    printDiagnostics(s.logFile, s.browserErrors);
    if (!(error instanceof CheckFailed)) throw error;
  } finally {
    // A failure's screenshot and logs are kept for the post-mortem.
    await cleanup(s, !opts.keep && ok);
    session = undefined;
  }
  say(`${theme}: ${ok ? 'passed' : 'FAILED'} in ${secs(themeStart)} s`);
  return { theme, ok, failure, timings };
}

/** The theme from the user settings is the one the workbench shows. */
async function checkTheme(page, theme, timeout) {
  // A fresh profile paints first in the built-in default and switches once the settings load.
  const workbench = page.locator('.monaco-workbench').first();
  const deadline = Date.now() + timeout;
  for (;;) {
    const classes = (await workbench.getAttribute('class')) ?? '';
    if (classes.split(/\s+/).includes(THEME_CLASS[theme])) return;
    if (Date.now() > deadline) throw new CheckFailed(`"workbench.colorTheme": "${THEMES[theme]}" did not apply (workbench classes: ${classes})`);
    await sleep(200);
  }
}

/** Decorations are drawn, the contested figure among them, and the status bar counts without a warning colour. */
async function checkHighlights(page, timeout) {
  // Decoration classes are "ced-<n>-<m>"; the numbers change between versions, so match the prefix.
  // Only a style's inline part (colour, weight, underline) lands on text spans in .view-lines:
  // speakers, cues and contested figures (their bold). Backgrounds and borders (quotes, figures)
  // are drawn as divs in .view-overlays, so they are counted separately.
  const decorated = page.locator('.monaco-editor .view-lines span[class*="ced-"]');
  await expectVisible(decorated.first(), timeout, 'no Claimlens highlights: no span with a "ced-" class in the editor (did the extension activate?)');
  await expectVisible(contestedSpan(page), 5000, `"${CONTESTED}" is not highlighted`);
  const classesOf = (nodes) => ({ count: nodes.length, classes: new Set(nodes.flatMap((n) => [...n.classList].filter((c) => c.startsWith('ced-')))).size });
  const spans = await decorated.evaluateAll(classesOf);
  const overlays = await page.locator('.monaco-editor .view-overlays div[class*="ced-"]').evaluateAll(classesOf);
  if (overlays.count === 0) throw new CheckFailed('no Claimlens backgrounds or borders (quotes, figures) in the editor');
  const title = await page.title();
  if (/Extension Development Host/.test(title)) throw new CheckFailed(`the window title says ${JSON.stringify(title)}`);
  // "12 quotes · 25 figures · 3 contested": the status bar item is part of what the user sees.
  const status = statusItem(page, /contested/);
  await expectVisible(status, 10_000, 'the Claimlens status bar item ("… contested") is missing');
  const statusText = (await status.innerText()).replace(/\s+/g, ' ').trim();
  if (!/^\d+ quotes · \d+ figures · 3 contested$/.test(statusText)) throw new CheckFailed(`the status bar reads ${JSON.stringify(statusText)}, not "N quotes · N figures · 3 contested"`);
  // Contested figures are normal content: no warning (amber) background.
  const kind = (await status.getAttribute('class')) ?? '';
  if (/warning-kind|error-kind/.test(kind)) throw new CheckFailed(`the status bar item has a warning colour (classes: ${kind})`);
  say(`highlights: ${spans.count} text spans (${spans.classes} styles), ${overlays.count} backgrounds/borders (${overlays.classes} styles); status bar "${statusText}"; title "${title}"`);
  await waitForPaintToSettle(page);
}

/** The status bar entry whose text matches (the Claimlens item). */
function statusItem(page, pattern) {
  return page.locator('.statusbar-item', { hasText: pattern }).first();
}

/**
 * Waits until the editor's text stops changing classes. Syntax colouring arrives after the
 * decorations (the front matter's YAML grammar loads lazily); a shot taken earlier shows the
 * front matter uncoloured. Cosmetic, so a timeout only warns.
 */
async function waitForPaintToSettle(page, quietMs = 1500, maxMs = 15_000) {
  const lines = page.locator('.monaco-editor .view-lines span');
  const started = Date.now();
  let last = '';
  let since = Date.now();
  while (Date.now() - started < maxMs) {
    const now = (await lines.evaluateAll((nodes) => nodes.map((n) => n.className).join(' '))) ?? '';
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return;
    }
    await sleep(250);
  }
  console.warn(`[vscode:e2e] the editor was still repainting after ${maxMs / 1000} s; shooting anyway`);
}

/**
 * Where a text first appears in the editor, as the centre of its characters on screen (of the
 * character `at` in it, when given).
 */
/* global document, NodeFilter, getComputedStyle -- textPosition and checkVerdicts run callbacks in the page. */
async function textPosition(page, needle, at) {
  return page.locator('.monaco-editor .view-lines').first().evaluate((lines, [needle, index]) => {
    // The editor renders spaces as no-break spaces.
    for (const line of lines.querySelectorAll('.view-line')) {
      const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
      const at = text.indexOf(needle);
      if (at < 0) continue;
      // Walk the line's text nodes to the offset of the needle's middle character.
      let target = at + (index ?? Math.floor(needle.length / 2));
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent.length;
        if (target < length) {
          const range = document.createRange();
          range.setStart(node, target);
          range.setEnd(node, target + 1);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        target -= length;
      }
    }
    return null;
  }, [needle, at]);
}

/** Hovering a text shows a hover that passes every check. */
async function checkHover(page, { on, at, checks }, timeout) {
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: /\S/ });
  const deadline = Date.now() + timeout;
  // The hover can miss its first trigger (the editor still settling); move away and back.
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(5, 450);
    await page.keyboard.press('Escape');
    await sleep(300);
    const point = await textPosition(page, on, at);
    if (!point) throw new CheckFailed(`"${on}" is not on screen in the editor`);
    await page.mouse.move(point.x, point.y, { steps: 3 });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: Math.min(5000, remaining(deadline)) });
      break;
    } catch {
      if (Date.now() >= deadline || attempt >= 4) throw new CheckFailed(`hovering "${on}" showed no hover`);
    }
  }
  // Hovers fade in and may re-render once their content resolves.
  await sleep(500);
  const text = (await hover.first().innerText()).replace(/\s+/g, ' ').trim();
  const failed = checks.filter(({ test }) => !test(text)).map(({ what }) => what);
  if (failed.length > 0) throw new CheckFailed(`the hover on "${on}" does not say ${failed.join('; nor ')}: ${JSON.stringify(text)}`);
  say(`hover on "${on}": ${JSON.stringify(text.slice(0, 160))}${text.length > 160 ? '…' : ''}`);
}

/** Runs a command from the palette by its title; fails when the palette does not list it. */
async function runCommand(page, title, deadline) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await expectVisible(input, remaining(deadline), 'F1 did not open the command palette');
  await input.fill(`>${title}`);
  // Enter before the list filters would run whatever was highlighted first.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title });
  await expectVisible(row.first(), Math.min(10_000, remaining(deadline)), `the command palette does not list "${title}"`);
  await page.keyboard.press('Enter');
}

/** The panel, opened from the palette: its lines, legend, filter and badge read as a user needs them. */
async function checkPanel(page, timeout) {
  const deadline = Date.now() + timeout;
  // Close the hover first, as a user would by moving on, so it is not in the panel shot.
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');
  // One way to it in the palette: VS Code's own "Focus on … View", not a second "Show …" beside it.
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await expectVisible(input, remaining(deadline), 'F1 did not open the command palette');
  await input.fill('>Claimlens: ');
  await sleep(1000);
  const listed = (await page.locator('.quick-input-list .monaco-list-row').allInnerTexts()).join(' | ');
  if (/Show Contested Figures/.test(listed)) throw new CheckFailed(`the palette still lists "Show Contested Figures": ${listed}`);
  await page.keyboard.press('Escape');
  await runCommand(page, 'Claimlens: Focus on Figures and Sources View', deadline);

  // The view is a webview: an iframe in the workbench, the content in a frame inside it.
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await expectVisible(webview.getByRole('heading', { name: 'Contested figures' }), remaining(deadline), 'the panel did not show "Contested figures"');
  const groups = webview.locator('article.group');
  const group = groups.filter({ hasText: CONTESTED }).first();
  await expectVisible(group, Math.min(10_000, remaining(deadline)), `the panel lists no contested group containing "${CONTESTED}"`);
  await sleep(1000);

  // "more than 140 · also on line 42" over "Valmoran Red Cross": two lines, with its line number.
  const row = group.locator('li.item', { hasText: CONTESTED }).first();
  const rowText = (await row.innerText()).replace(/\s+/g, ' ').trim();
  const expected = '13 more than 140 · also on line 42 Valmoran Red Cross';
  if (rowText !== expected) throw new CheckFailed(`the panel row reads ${JSON.stringify(rowText)}, not ${JSON.stringify(expected)}`);
  const lineHeight = await row.locator('button.figure').evaluate((node) => node.getBoundingClientRect().height);
  const rowHeight = await row.evaluate((node) => node.getBoundingClientRect().height);
  if (rowHeight > lineHeight * 2.5) throw new CheckFailed(`the row "${rowText}" wraps over ${Math.round(rowHeight / lineHeight)} lines in the default sidebar width`);
  const figures = await group.locator('li.item').count();
  if (figures !== 2) throw new CheckFailed(`the "people killed" group lists ${figures} figures, not 2 (38 and more than 140; the table restates them)`);

  const text = (await webview.locator('main').innerText()).replace(/\s+/g, ' ');
  const checks = [
    says('the colour legend', /quote speaker or source cue \(“said”\) figure contested figure/),
    says('the spread "38 vs more than 140"', /38 vs more than 140/),
    says('who disputes 57, "Tomas Averill"', /Tomas Averill: “rejected that figure”/),
    says('"regional council" as a source', /regional council/),
    never('a table header with its capital ("Missing", "Dead")', /\b(?:Missing|Dead)\b/),
  ];
  const failed = checks.filter(({ test }) => !test(text)).map(({ what }) => what);
  if (failed.length > 0) throw new CheckFailed(`the panel does not show ${failed.join('; nor ')}: ${JSON.stringify(text.slice(0, 600))}`);
  const sources = await webview.locator('details.source summary .name').allInnerTexts();
  if (sources.includes('council')) throw new CheckFailed(`"council" and "regional council" are listed as two sources: ${sources.join(', ')}`);

  // A badge on the activity-bar icon counts the contested figures.
  const badge = (await page.locator('.activitybar .action-item', { has: page.locator('[aria-label*="Claimlens"]') }).locator('.badge-content').allInnerTexts()).join(' ').trim();
  if (badge !== '3') throw new CheckFailed(`the Claimlens activity-bar badge reads ${JSON.stringify(badge)}, not "3"`);

  await checkFilter(webview, deadline);
  await checkPanelClicks(page, row, deadline);
  const titles = await groups.locator('h3').allInnerTexts();
  say(`panel: ${titles.length} contested groups: ${titles.map((t) => JSON.stringify(t)).join(', ')}; sources: ${sources.join(', ')}; badge ${badge}`);
  // Let the webview finish its layout (fonts, the sticky header) before the shot.
  await sleep(500);
}

/**
 * A click on an entry selects its figure in the article, and still does after
 * an edit above it moves it to another line (the panel keeps its rows and
 * only re-aims them); a right-click offers the fact-check statuses.
 */
async function checkPanelClicks(page, row, deadline) {
  const selected = async (line, why) => {
    const status = statusItem(page, new RegExp(`Ln ${line}, Col \\d+ \\(${CONTESTED.length} selected\\)`));
    await expectVisible(status, Math.min(10_000, remaining(deadline)), why);
  };
  const figure = row.locator('button.figure');
  await figure.click();
  await selected(13, `a click on "${CONTESTED}" in the panel did not select it on line 13`);
  // The selection is in the editor: a new line before it moves the figure to line 14.
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expectVisible(row.locator('button.line', { hasText: /^14$/ }), Math.min(15_000, remaining(deadline)), `after a new line above it the panel does not list "${CONTESTED}" on line 14`);
  await figure.click();
  await selected(14, `after an edit, a click on "${CONTESTED}" in the panel did not select it on its new line`);
  await page.keyboard.press('Control+z');
  await expectVisible(row.locator('button.line', { hasText: /^13$/ }), Math.min(15_000, remaining(deadline)), `after undo the panel does not list "${CONTESTED}" on line 13 again`);
  await figure.click({ button: 'right' });
  const menu = page.locator('.context-view .monaco-menu .action-label', { hasText: 'Mark as Verified' });
  await expectVisible(menu.first(), Math.min(10_000, remaining(deadline)), 'a right-click on a panel entry does not offer "Mark as Verified"');
  await page.keyboard.press('Escape');
  say('panel: a click selects the figure, also on its new line after an edit; a right-click offers the fact-check statuses');
}

/** A filter that matches nothing says so and leaves no empty heading; clearing it brings everything back. */
async function checkFilter(webview, deadline) {
  const filter = webview.locator('input.filter');
  await filter.fill('zzzz-nothing');
  const none = webview.locator('.no-matches');
  await expectVisible(none, Math.min(5000, remaining(deadline)), 'a filter that matches nothing shows no "Nothing matches" line');
  const headings = (await webview.locator('h2').evaluateAll((nodes) => nodes.filter((n) => n.offsetParent !== null).map((n) => n.textContent))).join(', ');
  if (headings) throw new CheckFailed(`a filter that matches nothing leaves headings: ${headings}`);
  await filter.fill('');
  await expectVisible(webview.getByRole('heading', { name: 'Quoted and cited' }), Math.min(5000, remaining(deadline)), 'clearing the filter did not bring the list back');
}

/** Help › Get Started lists the Claimlens walkthrough, whose first step explains the colours. */
async function checkWalkthrough(page, timeout) {
  const deadline = Date.now() + timeout;
  await runCommand(page, 'Welcome: Open Walkthrough...', deadline);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get Started with Claimlens' });
  await expectVisible(row.first(), Math.min(10_000, remaining(deadline)), 'the walkthrough list has no "Get Started with Claimlens"');
  await row.first().click();
  const step = page.locator('.getting-started-step', { hasText: 'What the colours mean' });
  await expectVisible(step.first(), Math.min(20_000, remaining(deadline)), 'the Claimlens walkthrough did not open on "What the colours mean"');
  // The step's media is rendered Markdown in a frame of its own: look for the colour table's last row.
  const lastRow = 'sources give different numbers';
  const until = Math.min(deadline, Date.now() + 20_000);
  while (!(await anyFrameSays(page, lastRow))) {
    if (Date.now() > until) throw new CheckFailed(`the walkthrough's colour table (“${lastRow}”) did not render`);
    await sleep(500);
  }
  say('walkthrough: "Get Started with Claimlens" opens on "What the colours mean"');
}

async function anyFrameSays(page, text) {
  for (const frame of page.frames()) {
    const body = await frame.locator('body').innerText({ timeout: 1000 }).catch(() => '');
    if (body.includes(text)) return true;
  }
  return false;
}

/** Toggling highlights off says "Claimlens off" instead of counts that would go stale; on again restores them. */
async function checkToggle(page, timeout) {
  const deadline = Date.now() + timeout;
  await runCommand(page, 'Claimlens: Toggle Highlights', deadline);
  await expectVisible(statusItem(page, /Claimlens off/), Math.min(10_000, remaining(deadline)), 'after Toggle Highlights the status bar does not say "Claimlens off"');
  const left = await page.locator('.monaco-editor .view-lines span[class*="ced-"]').count();
  if (left > 0) throw new CheckFailed(`${left} highlighted spans are left after Toggle Highlights`);
  await runCommand(page, 'Claimlens: Toggle Highlights', deadline);
  await expectVisible(statusItem(page, /contested/), Math.min(10_000, remaining(deadline)), 'turning highlights back on did not bring the counts back');
  await expectVisible(contestedSpan(page), Math.min(10_000, remaining(deadline)), `"${CONTESTED}" is not highlighted again after the second toggle`);
  say('toggle: "Claimlens off", then the counts and highlights again');
}

/**
 * Fact-check findings from the command palette: "38" verified and "more than 140" disputed, with
 * the cursor on each. Each gets its mark after it (✓, ⚑), the fact-check status bar item counts
 * them without a warning colour, the hover says so, and the verdicts file beside the article holds both.
 */
async function checkVerdicts(page, workspace, timeout) {
  const deadline = Date.now() + timeout;
  await page.keyboard.press('Escape');
  for (const [needle, at, command, mark] of [['said 38 people', 5, 'Claimlens: Mark as Verified', '✓'], [`at ${CONTESTED},`, 3, 'Claimlens: Mark as Disputed', '⚑']]) {
    const point = await textPosition(page, needle, at);
    if (!point) throw new CheckFailed(`"${needle}" is not on screen in the editor`);
    await page.mouse.click(point.x, point.y);
    await runCommand(page, command, deadline);
    // The mark is the decoration's ::after content, drawn right after the figure.
    for (;;) {
      const marks = await page.locator('.monaco-editor .view-lines span[class*="ced-"]').evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n, '::after').content).join(' '));
      if (marks.includes(mark)) break;
      if (Date.now() > deadline) throw new CheckFailed(`after "${command}" on "${needle}" no "${mark}" mark is drawn (marks: ${marks.replace(/none|normal/g, '').trim() || 'none'})`);
      await sleep(250);
    }
  }
  const progress = statusItem(page, /figures? checked/);
  await expectVisible(progress, Math.min(10_000, remaining(deadline)), 'the fact-check status bar item ("N of M figures checked") is missing');
  const progressText = (await progress.innerText()).replace(/\s+/g, ' ').trim();
  if (!/^2 of \d+ figures checked$/.test(progressText)) throw new CheckFailed(`the fact-check status bar item reads ${JSON.stringify(progressText)}, not "2 of N figures checked"`);
  const kind = (await progress.getAttribute('class')) ?? '';
  if (/warning-kind|error-kind/.test(kind)) throw new CheckFailed(`the fact-check status bar item has a warning colour with nothing to act on (classes: ${kind})`);
  const sidecar = path.join(workspace, `${path.basename(ARTICLE, '.md')}.claimlens.json`);
  const saved = JSON.parse(readFileSync(sidecar, 'utf8')).verdicts.map((v) => `${v.anchor.exact}: ${v.status}`);
  if (saved.join(', ') !== `38: verified, ${CONTESTED}: disputed`) throw new CheckFailed(`the verdicts file holds ${JSON.stringify(saved)}`);
  await checkHover(page, { on: 'said 38 people', at: 5, checks: [says('"Fact-check: Verified"', /Fact-check: Verified/), NO_RAW_MARKDOWN] }, Math.min(30_000, remaining(deadline)));
  say(`verdicts: ✓ and ⚑ drawn, status bar "${progressText}", ${path.basename(sidecar)} holds ${saved.join(', ')}`);
}

/** After "Close All Editors" on two editors, the extension host log has no "Illegal argument: TextEditor(...)". */
async function checkCleanClose(page, userData, timeout) {
  const deadline = Date.now() + timeout;
  // Two editors side by side: VS Code closes both, then tells the extension one at a time.
  await page.locator('.monaco-editor .view-lines').first().click({ position: { x: 40, y: 40 } });
  await runCommand(page, 'View: Split Editor Right', deadline);
  await expectVisible(page.locator('.monaco-editor .view-lines').nth(1), Math.min(10_000, remaining(deadline)), 'Split Editor did not open a second editor');
  await sleep(1500);
  await runCommand(page, 'View: Close All Editors', deadline);
  await page.locator('.monaco-editor .view-lines').first().waitFor({ state: 'detached', timeout: Math.min(10_000, remaining(deadline)) }).catch(() => {});
  // The log is flushed shortly after.
  await sleep(3000);
  const logs = filesUnder(path.join(userData, 'logs')).filter((file) => /exthost/i.test(file) && file.endsWith('.log'));
  // Nothing to count any more: the activity-bar badge goes.
  const badge = page.locator('.activitybar .action-item', { has: page.locator('[aria-label*="Claimlens"]') }).locator('.badge-content');
  for (const until = Date.now() + 5000; (await badge.allInnerTexts()).join('').trim() !== ''; await sleep(250)) {
    if (Date.now() > until) throw new CheckFailed(`after closing every editor the Claimlens badge still reads ${JSON.stringify((await badge.allInnerTexts()).join(''))}`);
  }
  const illegal = logs.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((line) => line.includes('Illegal argument')));
  if (illegal.length > 0) throw new CheckFailed(`closing the editors logged ${illegal.length} errors, e.g. ${illegal[0]}`);
  say(`close all: no "Illegal argument" in ${logs.length} extension host log(s)`);
}

/**
 * Which extension host ran Claimlens: the Node one on the server logs every activation to
 * remoteexthost.log; the browser's web worker host logs in the browser. With --web, Claimlens must
 * not be in that file (everything above then worked from its browser build); without, it must.
 */
function checkExtensionHost(userData) {
  const logs = filesUnder(path.join(userData, 'logs')).filter((file) => file.endsWith('remoteexthost.log'));
  const activated = logs.some((file) => /_doActivateExtension claimlens\.claimlens\b/.test(readFileSync(file, 'utf8')));
  if (opts.web && activated) throw new CheckFailed('--web: Claimlens was activated in the server\'s Node extension host, not in the browser\'s web worker');
  if (!opts.web && !activated) throw new CheckFailed(`Claimlens was not activated in the server's extension host (${logs.length} remoteexthost.log)`);
  say(`extension host: ${opts.web ? 'the browser\'s web worker (not in remoteexthost.log)' : 'Node, on the server'}`);
}

function filesUnder(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/** The decorated span holding the contested figure (the first: the article's text, not the table). */
function contestedSpan(page) {
  return page.locator('.monaco-editor .view-lines span[class*="ced-"]', { hasText: CONTESTED }).first();
}

async function expectVisible(locator, timeout, message) {
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch {
    throw new CheckFailed(message);
  }
}

async function shoot(page, name) {
  const file = path.join(outDir, name);
  await page.screenshot({ path: file, timeout: 15_000 });
  const relative = path.relative(process.cwd(), file);
  say(`screenshot: ${relative.startsWith('..') ? file : relative}`);
}

function remaining(deadline) {
  const left = deadline - Date.now();
  if (left <= 0) throw new HarnessError(`the ${opts.timeout} s budget for one theme ran out`);
  return left;
}

async function cleanup(s, removeTmp) {
  const context = s.context;
  s.context = undefined;
  await closeBrowser(context);
  await stopCodeServer(s.server, s.exited);
  if (!s.tmp) return;
  if (removeTmp) rmSync(s.tmp, { recursive: true, force: true });
  else say(`kept ${s.tmp}`);
  s.tmp = undefined;
}
