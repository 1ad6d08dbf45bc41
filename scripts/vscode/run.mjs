// Runs the integration tests inside a real VS Code: code-server (VS Code 1.100.3 with its
// Node extension host) driven by Debian's Chromium through playwright-core.
// Recipe and reasons: ../shared/docs/real-vscode.md (beside the project). Install first: npm run vscode:install.
// The code-server/Chromium plumbing is shared with screenshots.mjs through lib.mjs.
//
//   node scripts/vscode/run.mjs [--tests FILE]      tests module (default out/test/integration/index.js)
//                               [--extension DIR]   extensionDevelopmentPath (default the repo root)
//                               [--workspace DIR]   folder copied and opened (default test/fixtures/workspace)
//                               [--timeout SECONDS] start-up + tests budget (default 180)
//                               [--screenshots DIR] write DIR/workbench.png (or failure.png) before closing
//                               [--keep]            keep the temp dir (logs, profile, workspace copy)
//                               [--untrusted]       open the workspace in Restricted Mode (workspace trust on, folder not trusted)
//
// Exit code: the tests' own (0 pass, 1 fail), or 2 when the harness itself failed
// (code-server did not start, the workbench never reported, the hard timeout hit).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setInterval, clearInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { format, parseArgs } from 'node:util';
import {
  ROOT, HarnessError, checkInstalled, closeBrowser, createMemorySampler, createSandbox, freePort, killProcessGroup,
  launchChromium, mb, printDiagnostics as printServerDiagnostics, remoteUri, startCodeServer, stopCodeServer,
  waitForHealth, workbenchUrl,
} from './lib.mjs';

const HARNESS_FAILED = 2;

const USAGE = 'usage: node scripts/vscode/run.mjs [--tests FILE] [--extension DIR] [--workspace DIR] [--timeout SECONDS] [--screenshots DIR] [--keep] [--untrusted]';
let opts;
try {
  ({ values: opts } = parseArgs({
    options: {
      tests: { type: 'string', default: path.join(ROOT, 'out/test/integration/index.js') },
      extension: { type: 'string', default: ROOT },
      workspace: { type: 'string', default: path.join(ROOT, 'test/fixtures/workspace') },
      timeout: { type: 'string', default: '180' },
      screenshots: { type: 'string' },
      keep: { type: 'boolean', default: false },
      untrusted: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(HARNESS_FAILED);
}
const timeoutMs = Number(opts.timeout) * 1000;
if (!(timeoutMs > 0)) {
  console.error(`--timeout must be a positive number of seconds\n${USAGE}`);
  process.exit(HARNESS_FAILED);
}
const testsPath = path.resolve(opts.tests);
const extensionPath = path.resolve(opts.extension);
const fixturePath = path.resolve(opts.workspace);
const screenshotsDir = opts.screenshots ? path.resolve(opts.screenshots) : undefined;

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1);
const say = (message) => console.log(`[vscode:run ${secs()}s] ${message}`);

// Everything cleanup() needs; filled in as the run progresses.
const state = { tmp: undefined, server: undefined, serverExited: undefined, logFile: undefined, context: undefined, page: undefined };
const browserErrors = [];
const memory = createMemorySampler(() => state.server?.pid);
// The runner's 'N passed, N failed' line, repeated last so it closes the output.
let summary;

// The hard stop: whatever hangs (a stuck browser close, a wedged server), the process ends.
const watchdog = setTimeout(() => {
  console.error(`[vscode:run] HARNESS ERROR: hard timeout (${opts.timeout} s + 60 s) hit; killing everything`);
  killProcessGroup(state.server?.pid, 'SIGKILL');
  process.exit(HARNESS_FAILED);
}, timeoutMs + 60_000);
watchdog.unref();

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    say(`${signal}: stopping`);
    await cleanup();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

let exitCode = HARNESS_FAILED;
try {
  exitCode = await main();
} catch (error) {
  const message = error instanceof HarnessError ? error.message : (error?.stack ?? String(error));
  console.error(`\n[vscode:run] HARNESS ERROR: ${message}`);
  printDiagnostics();
  await screenshot('failure.png');
} finally {
  await cleanup();
}
const { peak } = memory;
say(`exit ${exitCode}${peak.total ? `; peak memory (PSS) ${mb(peak.total)} = code-server ${mb(peak.server)} + chromium ${mb(peak.browser)}` : ''}`);
if (summary) console.log(summary);
process.exit(exitCode);

async function main() {
  preflight();
  const deadline = t0 + timeoutMs;
  const port = await freePort();
  const tmp = (state.tmp = mkdtempSync(path.join(tmpdir(), 'claimlens-vscode-')));
  const sandbox = createSandbox(tmp, { port, workspace: fixturePath, untrusted: opts.untrusted });
  const { dirs } = sandbox;

  state.logFile = sandbox.logFile;
  ({ server: state.server, exited: state.serverExited } = startCodeServer(sandbox));
  say(`code-server starting on 127.0.0.1:${port} (temp dir ${tmp})`);
  const sampler = setInterval(memory.sample, 2000);
  sampler.unref();
  try {
    await waitForHealth(port, deadline, state.serverExited, opts.timeout);
    say('code-server healthy');
    return await runInBrowser(port, dirs, deadline);
  } finally {
    clearInterval(sampler);
  }
}

function preflight() {
  checkInstalled();
  if (!existsSync(testsPath)) throw new HarnessError(`tests module ${testsPath} does not exist; run: node scripts/vscode/build-tests.mjs`);
  if (!existsSync(fixturePath)) throw new HarnessError(`workspace fixture ${fixturePath} does not exist`);
  const manifestPath = path.join(extensionPath, 'package.json');
  if (!existsSync(manifestPath)) throw new HarnessError(`extension ${extensionPath} has no package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const missing = ['publisher', 'main'].filter((key) => !manifest[key]);
  if (!manifest.engines?.vscode) missing.push('engines.vscode');
  // The tests still run, but without the extension loaded: say so up front, not in a confusing failure.
  if (missing.length > 0) {
    console.warn(`[vscode:run] WARNING: ${extensionPath}/package.json lacks ${missing.join(', ')}; VS Code will not load it as an extension (use --extension DIR)`);
  }
}

async function runInBrowser(port, dirs, deadline) {
  const context = (state.context = await launchChromium(dirs.browserProfile));
  const page = (state.page = context.pages()[0] ?? (await context.newPage()));
  say('chromium started');
  page.on('pageerror', (error) => browserErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') browserErrors.push(`console.error: ${message.text()}`);
  });

  let reportExit;
  const exited = new Promise((resolve) => (reportExit = resolve));
  // The workbench forwards its log here, extension host console included, as console.log
  // arguments (mocha's reporter passes printf-style formats).
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = Array.isArray(args) ? format(...args) : String(args);
    // The open-vsx gallery lookup always fails offline; its stack trace is noise.
    if (text.includes('ENOTFOUND open-vsx.org')) return;
    for (const line of text.split('\n')) {
      if (/^\w+: \d+ passed, \d+ failed/.test(line)) summary = line;
      console.log(type === 'info' ? line : `[${type}] ${line}`);
    }
  });
  // Called once the runner's run() settles: 0 resolved, 1 rejected. The second argument holds
  // the workbench's log files, kept with --keep for post-mortems.
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    if (opts.keep && Array.isArray(logs)) saveLogs(logs);
    reportExit(code);
  });

  const remote = (file) => remoteUri(port, file);
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  const url = workbenchUrl(port, dirs.workspace, payload);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: Math.max(1000, deadline - Date.now()) });
  say('workbench loading; waiting for the tests');
  const testsStarted = Date.now();

  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()))));
  const serverDied = state.serverExited.then(() => 'server-exit');
  const outcome = await Promise.race([exited, timedOut, serverDied]);
  clearTimeout(timer);
  if (outcome === 'timeout') throw new HarnessError(`the workbench did not report a test result within ${opts.timeout} s (did the extension host start? is the tests module valid?)`);
  if (outcome === 'server-exit') throw new HarnessError('code-server exited while the tests were running');

  const code = Number(outcome);
  say(`tests finished with exit code ${code} (${((Date.now() - testsStarted) / 1000).toFixed(1)} s after page load)`);
  if (code !== 0) {
    console.error('[vscode:run] FAILED: the integration tests reported failures (see the mocha output above)');
    printDiagnostics();
  }
  // Give the editor a moment to paint what the tests left open.
  if (screenshotsDir) await sleep(1500);
  await screenshot('workbench.png');
  return code === 0 ? 0 : 1;
}

async function screenshot(name) {
  if (!screenshotsDir || !state.page) return;
  try {
    mkdirSync(screenshotsDir, { recursive: true });
    const file = path.join(screenshotsDir, name);
    await state.page.screenshot({ path: file, timeout: 15_000 });
    say(`screenshot: ${file}`);
  } catch (error) {
    console.error(`[vscode:run] screenshot failed: ${error.message}`);
  }
}

function saveLogs(logs) {
  const dir = path.join(state.tmp, 'workbench-logs');
  for (const { relativePath, contents } of logs) {
    const file = path.join(dir, relativePath);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, contents);
  }
}

function printDiagnostics() {
  printServerDiagnostics(state.logFile, browserErrors);
}

async function cleanup() {
  if (state.context) {
    const context = state.context;
    state.context = undefined;
    await closeBrowser(context);
  }
  await stopCodeServer(state.server, state.serverExited);
  if (state.tmp) {
    if (opts.keep) say(`kept ${state.tmp}`);
    else rmSync(state.tmp, { recursive: true, force: true });
    state.tmp = undefined;
  }
}
