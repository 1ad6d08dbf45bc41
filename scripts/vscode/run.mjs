// Runs the integration tests inside a real VS Code: code-server (VS Code 1.100.3 with its
// Node extension host) driven by Debian's Chromium through playwright-core.
// Recipe and reasons: /work/shared/docs/real-vscode.md. Install first: npm run vscode:install.
//
//   node scripts/vscode/run.mjs [--tests FILE]      tests module (default out/test/integration/index.js)
//                               [--extension DIR]   extensionDevelopmentPath (default the repo root)
//                               [--workspace DIR]   folder copied and opened (default test/fixtures/workspace)
//                               [--timeout SECONDS] start-up + tests budget (default 180)
//                               [--screenshots DIR] write DIR/workbench.png (or failure.png) before closing
//                               [--keep]            keep the temp dir (logs, profile, workspace copy)
//
// Exit code: the tests' own (0 pass, 1 fail), or 2 when the harness itself failed
// (code-server did not start, the workbench never reported, the hard timeout hit).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { setInterval, clearInterval } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
const CHROMIUM = '/usr/bin/chromium';
const HARNESS_FAILED = 2;

const USAGE = 'usage: node scripts/vscode/run.mjs [--tests FILE] [--extension DIR] [--workspace DIR] [--timeout SECONDS] [--screenshots DIR] [--keep]';
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

class HarnessError extends Error {}

// Everything cleanup() needs; filled in as the run progresses.
const state = { tmp: undefined, server: undefined, serverExited: undefined, logFile: undefined, context: undefined, page: undefined };
const browserErrors = [];
const memory = { peakTotal: 0, peakServer: 0, peakBrowser: 0 };
// The runner's 'N passed, N failed' line, repeated last so it closes the output.
let summary;

// The hard stop: whatever hangs (a stuck browser close, a wedged server), the process ends.
const watchdog = setTimeout(() => {
  console.error(`[vscode:run] HARNESS ERROR: hard timeout (${opts.timeout} s + 60 s) hit; killing everything`);
  killServer('SIGKILL');
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
say(`exit ${exitCode}${memory.peakTotal ? `; peak memory (PSS) ${mb(memory.peakTotal)} = code-server ${mb(memory.peakServer)} + chromium ${mb(memory.peakBrowser)}` : ''}`);
if (summary) console.log(summary);
process.exit(exitCode);

async function main() {
  preflight();
  const deadline = t0 + timeoutMs;
  const port = await freePort();
  const tmp = (state.tmp = mkdtempSync(path.join(tmpdir(), 'claimlens-vscode-')));
  const dirs = {
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    xdgConfig: path.join(tmp, 'xdg-config'),
    xdgData: path.join(tmp, 'xdg-data'),
    xdgCache: path.join(tmp, 'xdg-cache'),
    browserProfile: path.join(tmp, 'chromium-profile'),
    workspace: path.join(tmp, 'workspace'),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  // A fresh copy each run: a test's edit must never reach the fixture.
  cpSync(fixturePath, dirs.workspace, { recursive: true });

  const config = path.join(tmp, 'config.yaml');
  writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(dirs.userData, 'User/settings.json'),
    JSON.stringify({
      // The Welcome page would take focus from the editors the tests open.
      'workbench.startupEditor': 'none',
      // Auto-save would write a test's edits into the workspace copy mid-test.
      'files.autoSave': 'off',
      'security.workspace.trust.enabled': false,
    }, null, 2),
  );

  startServer(config, dirs);
  say(`code-server starting on 127.0.0.1:${port} (temp dir ${tmp})`);
  const sampler = setInterval(sampleMemory, 2000);
  sampler.unref();
  try {
    await waitForHealth(port, deadline);
    say('code-server healthy');
    return await runInBrowser(port, dirs, deadline);
  } finally {
    clearInterval(sampler);
  }
}

function preflight() {
  if (!existsSync(CODE_SERVER)) throw new HarnessError(`code-server is not installed (${CODE_SERVER}); run: npm run vscode:install`);
  if (!existsSync(CHROMIUM)) throw new HarnessError(`${CHROMIUM} is missing; run: npm run vscode:install`);
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

function startServer(config, dirs) {
  const env = { ...process.env };
  // Variables from a surrounding VS Code would make code-server act as its CLI client.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  // Without these code-server writes ~/.config/code-server and ~/.local/share/code-server.
  Object.assign(env, { XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData, XDG_CACHE_HOME: dirs.xdgCache });

  state.logFile = path.join(state.tmp, 'code-server.log');
  const log = openSync(state.logFile, 'a');
  const args = [
    CODE_SERVER,
    '--config', config,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    dirs.workspace,
  ];
  // detached = setsid(): its own process group, so kill(-pid) also ends the language-server workers.
  const server = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', log, log] });
  state.server = server;
  state.serverExited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));
}

async function waitForHealth(port, deadline) {
  let exited;
  void state.serverExited.then((result) => (exited = result));
  while (Date.now() < deadline) {
    if (exited) throw new HarnessError(`code-server exited during start-up (code ${exited.code}, signal ${exited.signal})`);
    if (await httpOk(`http://127.0.0.1:${port}/healthz`)) return;
    await sleep(250);
  }
  throw new HarnessError(`code-server did not answer /healthz within ${opts.timeout} s`);
}

async function runInBrowser(port, dirs, deadline) {
  const { chromium } = await import('playwright-core');
  const context = (state.context = await chromium.launchPersistentContext(dirs.browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    // Playwright would exit on these itself, before cleanup() stops code-server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // The background-networking flags stop Chromium retrying a network this machine does not have.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  }));
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

  const remote = (file) => `vscode-remote://127.0.0.1:${port}${pathToFileURL(file).pathname}`;
  const payload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
    ['skipWelcome', 'true'],
  ];
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
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
  if (state.logFile && existsSync(state.logFile)) {
    const lines = readFileSync(state.logFile, 'utf8').trimEnd().split('\n');
    console.error(`\n--- code-server log, last ${Math.min(40, lines.length)} lines (${state.logFile}) ---`);
    console.error(lines.slice(-40).join('\n'));
  }
  // First lines only, without the offline gallery noise; the full texts are in the page log.
  const errors = [...new Set(browserErrors.map((text) => text.split('\n')[0]))].filter((text) => !text.includes('open-vsx.org'));
  if (errors.length > 0) {
    console.error(`\n--- browser errors, last ${Math.min(15, errors.length)} ---`);
    console.error(errors.slice(-15).join('\n'));
  }
  console.error('');
}

async function cleanup() {
  if (state.context) {
    const context = state.context;
    state.context = undefined;
    // A wedged renderer can hang close(); don't let that hold up the exit.
    await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
  }
  if (state.server && state.server.exitCode === null && state.server.signalCode === null) {
    killServer('SIGTERM');
    const stopped = await Promise.race([state.serverExited.then(() => true), sleep(5000).then(() => false)]);
    if (!stopped) killServer('SIGKILL');
  }
  if (state.tmp) {
    if (opts.keep) say(`kept ${state.tmp}`);
    else rmSync(state.tmp, { recursive: true, force: true });
    state.tmp = undefined;
  }
}

function killServer(signal) {
  if (!state.server?.pid) return;
  try {
    // The same as `kill -- -PID`: the whole process group, workers included.
    process.kill(-state.server.pid, signal);
  } catch {
    // Already gone.
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

// Sums PSS (shared pages split fairly) over this process's descendants, code-server's apart.
function sampleMemory() {
  try {
    const children = new Map();
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
      } catch {
        // Exited between readdir and read.
      }
    }
    const subtree = (pid) => [pid, ...(children.get(pid) ?? []).flatMap(subtree)];
    const serverPids = new Set(state.server?.pid ? subtree(state.server.pid) : []);
    let server = 0;
    let browser = 0;
    for (const pid of subtree(process.pid).slice(1)) {
      if (serverPids.has(pid)) server += readPss(pid);
      else browser += readPss(pid);
    }
    memory.peakServer = Math.max(memory.peakServer, server);
    memory.peakBrowser = Math.max(memory.peakBrowser, browser);
    memory.peakTotal = Math.max(memory.peakTotal, server + browser);
  } catch {
    // Memory figures are a courtesy; never fail a run over them.
  }
}

function readPss(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function mb(bytes) {
  return `${Math.round(bytes / 1048576)} MB`;
}
