// Plumbing shared by the real-VS Code scripts (run.mjs: integration tests in the extension
// host; screenshots.mjs: the end-to-end check a user would see). Starts code-server 4.100.3
// from .vscode-test/ in a throw-away sandbox and drives Debian's Chromium via playwright-core.
// Why each step looks the way it does: ../shared/docs/real-vscode.md (beside the project).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CODE_SERVER = path.join(ROOT, '.vscode-test/code-server/node_modules/code-server/out/node/entry.js');
export const CHROMIUM = '/usr/bin/chromium';

/** A failure of the harness itself (not of what it checks); reported without a stack trace. */
export class HarnessError extends Error {}

/** Throws a HarnessError naming the install step when code-server or Chromium is missing. */
export function checkInstalled() {
  if (!existsSync(CODE_SERVER)) throw new HarnessError(`code-server is not installed (${CODE_SERVER}); run: npm run vscode:install`);
  if (!existsSync(CHROMIUM)) throw new HarnessError(`${CHROMIUM} is missing; run: npm run vscode:install`);
}

/**
 * Lays out a sandbox under `tmp`: code-server's config, user data (with User/settings.json),
 * extensions, XDG dirs, a Chromium profile and a fresh copy of the workspace.
 * `settings` are merged over the defaults every run needs.
 */
// `untrusted`: the workspace opens in Restricted Mode (trust on, never asked, the folder not trusted).
export function createSandbox(tmp, { port, workspace, settings = {}, untrusted = false }) {
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
  if (workspace) cpSync(workspace, dirs.workspace, { recursive: true });

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
      'security.workspace.trust.enabled': untrusted,
      ...(untrusted ? { 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.emptyWindow': false, 'security.workspace.trust.untrustedFiles': 'open' } : {}),
      ...settings,
    }, null, 2),
  );
  return { dirs, config, logFile: path.join(tmp, 'code-server.log'), untrusted };
}

/**
 * Starts code-server on the sandbox, logging to `logFile`, in its own process group.
 * Returns the child and a promise of its exit ({ code, signal }).
 */
export function startCodeServer({ dirs, config, logFile, untrusted = false }) {
  const env = serverEnv(dirs);
  const log = openSync(logFile, 'a');
  const args = [
    CODE_SERVER,
    '--config', config,
    '--user-data-dir', dirs.userData,
    '--extensions-dir', dirs.extensions,
    '--disable-telemetry',
    '--disable-update-check',
    ...(untrusted ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    dirs.workspace,
  ];
  // detached = setsid(): its own process group, so kill(-pid) also ends the language-server workers.
  const server = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', log, log] });
  const exited = new Promise((resolve) => server.once('exit', (code, signal) => resolve({ code, signal })));
  return { server, exited };
}

/** code-server's environment: its own XDG folders, nothing from a surrounding VS Code. */
function serverEnv(dirs) {
  const env = { ...process.env };
  // Variables from a surrounding VS Code would make code-server act as its CLI client.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  // Without these code-server writes ~/.config/code-server and ~/.local/share/code-server.
  return Object.assign(env, { XDG_CONFIG_HOME: dirs.xdgConfig, XDG_DATA_HOME: dirs.xdgData, XDG_CACHE_HOME: dirs.xdgCache });
}

/**
 * Builds the extension for production and packs it with vsce into `vsix`, the way a user gets it
 * (no "[Extension Development Host]" in the title, the .vscodeignore applied).
 */
export function packageExtension(vsix) {
  run(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), '--production'], 'the production build');
  run(process.execPath, [path.join(ROOT, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '--out', vsix], 'vsce package');
}

/** Installs a .vsix into the sandbox's private extensions folder (replacing an earlier build). */
export function installExtension({ dirs }, vsix) {
  run(process.execPath, [CODE_SERVER, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix, '--force'], 'code-server --install-extension', serverEnv(dirs));
}

function run(command, args, what, env = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, env, encoding: 'utf8' });
  if (result.status !== 0) throw new HarnessError(`${what} failed (exit ${result.status ?? result.signal}):\n${(result.stderr || result.stdout || '').trim().slice(-2000)}`);
}

/** Polls /healthz until it answers 200; throws when the server exits or `deadline` passes. */
export async function waitForHealth(port, deadline, serverExited, budgetLabel) {
  let exited;
  void serverExited.then((result) => (exited = result));
  while (Date.now() < deadline) {
    if (exited) throw new HarnessError(`code-server exited during start-up (code ${exited.code}, signal ${exited.signal})`);
    if (await httpOk(`http://127.0.0.1:${port}/healthz`)) return;
    await sleep(250);
  }
  throw new HarnessError(`code-server did not answer /healthz within ${budgetLabel} s`);
}

/** SIGTERM to the server's process group, SIGKILL after 5 s if it is still there. */
export async function stopCodeServer(server, serverExited) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  killProcessGroup(server.pid, 'SIGTERM');
  const stopped = await Promise.race([serverExited.then(() => true), sleep(5000).then(() => false)]);
  if (!stopped) killProcessGroup(server.pid, 'SIGKILL');
}

export function killProcessGroup(pid, signal) {
  if (!pid) return;
  try {
    // The same as `kill -- -PID`: the whole process group, workers included.
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** Debian's Chromium as a persistent context (plain launch() rejects --user-data-dir). */
export async function launchChromium(profileDir, { width = 1440, height = 900 } = {}) {
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width, height },
    // Playwright would exit on these itself, before the caller's cleanup stops code-server.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    // The background-networking flags stop Chromium retrying a network this machine does not have.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Closes the browser, but never waits more than 10 s: a wedged renderer can hang close(). */
export async function closeBrowser(context) {
  if (context) await Promise.race([context.close().catch(() => {}), sleep(10_000)]);
}

/** A file on the code-server machine as the workbench names it. */
export function remoteUri(port, file) {
  return `vscode-remote://127.0.0.1:${port}${pathToFileURL(file).pathname}`;
}

/** The workbench URL: the folder to open plus the `payload` entries VS Code's web tests use. */
export function workbenchUrl(port, folder, payload) {
  return `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Prints the tail of code-server's log and the browser's distinct errors (minus offline noise). */
export function printDiagnostics(logFile, browserErrors) {
  if (logFile && existsSync(logFile)) {
    const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n');
    console.error(`\n--- code-server log, last ${Math.min(40, lines.length)} lines (${logFile}) ---`);
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

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function httpOk(url) {
  return new Promise((resolve) => {
    const request = get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(false));
  });
}

/**
 * Peak memory of this process's descendants, code-server's subtree apart from the rest (the
 * browser). Call sample() periodically; sums PSS, so shared pages are split fairly.
 */
export function createMemorySampler(serverPid) {
  const peak = { total: 0, server: 0, browser: 0 };
  function sample() {
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
      const pid = serverPid();
      const serverPids = new Set(pid ? subtree(pid) : []);
      let server = 0;
      let browser = 0;
      for (const child of subtree(process.pid).slice(1)) {
        if (serverPids.has(child)) server += readPss(child);
        else browser += readPss(child);
      }
      peak.server = Math.max(peak.server, server);
      peak.browser = Math.max(peak.browser, browser);
      peak.total = Math.max(peak.total, server + browser);
    } catch {
      // Memory figures are a courtesy; never fail a run over them.
    }
  }
  return { sample, peak };
}

function readPss(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

export function mb(bytes) {
  return `${Math.round(bytes / 1048576)} MB`;
}
