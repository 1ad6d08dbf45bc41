// End-to-end check of what a user sees, with screenshots: the bundled example article opened in
// a real VS Code (code-server 4.100.3 in Debian's Chromium), checked and photographed through
// the DOM only, the way a person meets it: highlights, the hover on a contested figure, and
// the "Contested Figures" panel opened from the command palette. No npm script needed:
//
//   node scripts/build.mjs                      (the extension is loaded from dist/extension.js)
//   node scripts/vscode/screenshots.mjs [--out DIR]                 PNGs go here (default docs/images)
//                                       [--theme light|dark|both]   default both; one fresh code-server each
//                                       [--timeout SECONDS]         budget per theme (default 180)
//                                       [--keep]                    keep each theme's temp dir (logs, profile)
//
// Writes DIR/{highlights,hover,panel}-{light,dark}.png. Install code-server first: npm run vscode:install.
// Exit code: 0 every check passed; 1 a check failed (what the user would see is wrong or missing:
// the message says which, and a failure screenshot plus the logs are kept in the temp dir);
// 2 the harness itself failed (code-server or the browser did not start, a hard timeout).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import {
  ROOT, HarnessError, checkInstalled, closeBrowser, createSandbox, freePort, killProcessGroup, launchChromium,
  printDiagnostics, remoteUri, startCodeServer, stopCodeServer, waitForHealth, workbenchUrl,
} from './lib.mjs';

const CHECK_FAILED = 1;
const HARNESS_FAILED = 2;
const THEMES = { light: 'Default Light Modern', dark: 'Default Dark Modern' };
// The workbench's root element carries the theme's id as a class: proves the setting took
// before we shoot (the theme type alone, "vs"/"vs-dark", would also match Light+/Dark+).
const THEME_CLASS = { light: 'vscode-theme-defaults-themes-light_modern-json', dark: 'vscode-theme-defaults-themes-dark_modern-json' };
const ARTICLE = path.join(ROOT, 'examples/valmora-floods.md');
const EXTENSION_MAIN = path.join(ROOT, 'dist/extension.js');
// The contested figure the hover and panel checks are about, and what must be said about it.
const CONTESTED = 'more than 140';
const HOVER_MUST_MENTION = [
  { what: '"Contested"', test: (text) => text.includes('Contested') },
  { what: 'its source "Valmoran Red Cross"', test: (text) => text.includes('Valmoran Red Cross') },
  { what: 'the competing figure 38', test: (text) => /\b38\b/.test(text) },
];

const USAGE = 'usage: node scripts/vscode/screenshots.mjs [--out DIR] [--theme light|dark|both] [--timeout SECONDS] [--keep]';
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      out: { type: 'string', default: path.join(ROOT, 'docs/images') },
      theme: { type: 'string', default: 'both' },
      timeout: { type: 'string', default: '180' },
      keep: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(HARNESS_FAILED);
}
if (!['light', 'dark', 'both'].includes(opts.theme)) {
  console.error(`--theme must be light, dark or both\n${USAGE}`);
  process.exit(HARNESS_FAILED);
}
const themes = opts.theme === 'both' ? ['light', 'dark'] : [opts.theme];
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
const results = [];
try {
  checkInstalled();
  if (!existsSync(EXTENSION_MAIN)) throw new HarnessError(`${EXTENSION_MAIN} is missing; run: node scripts/build.mjs`);
  mkdirSync(outDir, { recursive: true });
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
    const sandbox = createSandbox(tmp, { port, settings: { 'workbench.colorTheme': THEMES[theme] } });
    // The workspace holds the article alone, as a user opening it would have it.
    const article = path.join(sandbox.dirs.workspace, path.basename(ARTICLE));
    copyFileSync(ARTICLE, article);
    // The extension is loaded through a link outside the repo. At start-up the workbench applies
    // the first colour theme found *under* the extension-development folder, ignoring
    // "workbench.colorTheme"; with the repo itself as that folder, code-server's built-in themes
    // (.vscode-test/…/extensions/theme-defaults) count, and every run comes out "Default Light+".
    // (rmSync of the temp dir unlinks this link; it never follows it into the repo.)
    const extensionLink = path.join(tmp, 'claimlens');
    symlinkSync(ROOT, extensionLink, 'dir');
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
    // extensionDevelopmentPath without extensionTestsPath: the extension loads as in a normal
    // session (the Extension Development Host), and openFile opens the article in an editor.
    const payload = [
      ['extensionDevelopmentPath', remoteUri(port, extensionLink)],
      ['openFile', remoteUri(port, article)],
      ['skipWelcome', 'true'],
    ];
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

    await checkHover(page, ms(30_000));
    lap('hover');
    await shoot(page, `hover-${theme}.png`);

    await checkPanel(page, ms(60_000));
    lap('panel');
    await shoot(page, `panel-${theme}.png`);
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

/** Decorations are drawn, the contested figure among them, and the status bar counts. */
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
  // "12 quotes · 25 figures · 3 contested": the status bar item is part of what the user sees.
  const status = page.locator('.statusbar-item', { hasText: /contested/ });
  await expectVisible(status.first(), 10_000, 'the Claimlens status bar item ("… contested") is missing');
  const statusText = (await status.first().innerText()).replace(/\s+/g, ' ').trim();
  say(`highlights: ${spans.count} text spans (${spans.classes} styles), ${overlays.count} backgrounds/borders (${overlays.classes} styles); status bar "${statusText}"`);
  await waitForPaintToSettle(page);
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

/** Hovering the contested figure shows a hover naming its source and the competing figure. */
async function checkHover(page, timeout) {
  const target = contestedSpan(page);
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'Contested' });
  const deadline = Date.now() + timeout;
  // The hover can miss its first trigger (the editor still settling); move away and back.
  for (let attempt = 1; ; attempt++) {
    await page.mouse.move(5, 450);
    await target.hover({ timeout: remaining(deadline) });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: Math.min(5000, remaining(deadline)) });
      break;
    } catch {
      if (Date.now() >= deadline || attempt >= 4) {
        const others = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts();
        throw new CheckFailed(`hovering "${CONTESTED}" showed no hover saying "Contested"${others.length ? ` (hover shown: ${JSON.stringify(others.join(' | ').slice(0, 300))})` : ''}`);
      }
    }
  }
  const text = (await hover.first().innerText()).replace(/\s+/g, ' ');
  const missing = HOVER_MUST_MENTION.filter(({ test }) => !test(text)).map(({ what }) => what);
  if (missing.length > 0) throw new CheckFailed(`the hover on "${CONTESTED}" does not mention ${missing.join(' or ')}: ${JSON.stringify(text)}`);
  // Markdown the user should never see as source: unrendered icons or emphasis.
  if (/\$\([a-z-]+\)|\*\*/.test(text)) throw new CheckFailed(`the hover shows raw Markdown: ${JSON.stringify(text)}`);
  say(`hover: ${JSON.stringify(text.slice(0, 200))}${text.length > 200 ? '…' : ''}`);
  // Hovers fade in; shoot once the animation is done.
  await sleep(500);
}

/** "Claimlens: Show Contested Figures" from the palette opens the panel, listing the group. */
async function checkPanel(page, timeout) {
  const deadline = Date.now() + timeout;
  // Close the hover first, as a user would by moving on, so it is not in the panel shot.
  await page.mouse.move(5, 450);
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await expectVisible(input, remaining(deadline), 'F1 did not open the command palette');
  await input.fill('>Claimlens: Show Contested Figures');
  // Enter before the list filters would run whatever was highlighted first.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Show Contested Figures' });
  await expectVisible(row.first(), Math.min(10_000, remaining(deadline)), 'the command palette does not list "Claimlens: Show Contested Figures"');
  await page.keyboard.press('Enter');

  // The view is a webview: an iframe in the workbench, the content in a frame inside it.
  const webview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await expectVisible(webview.getByRole('heading', { name: 'Contested figures' }), remaining(deadline), 'the Contested Figures panel did not show "Contested figures"');
  const groups = webview.locator('article.group');
  await expectVisible(groups.filter({ hasText: CONTESTED }).first(), Math.min(10_000, remaining(deadline)), `the panel lists no contested group containing "${CONTESTED}"`);
  const titles = await groups.locator('h3').allInnerTexts();
  say(`panel: ${titles.length} contested groups: ${titles.map((t) => JSON.stringify(t)).join(', ')}`);
  // Let the webview finish its layout (fonts, the sticky header) before the shot.
  await sleep(1000);
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
