// `npm run try`: Claimlens in a real VS Code (code-server, in your browser) on the bundled example,
// in one command. Builds and packs the extension, installs code-server into the git-ignored
// .vscode-test/ the first time (scripts/vscode/install.sh; later runs skip it), installs the .vsix
// into a private extensions folder under the git-ignored .try/ (with its own profile and a copy
// of examples/), starts code-server on a free port of 127.0.0.1 and prints the address.
// Ctrl+C stops code-server and everything it started.
//
//   npm run try [-- --port PORT]
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  CODE_SERVER, HarnessError, ROOT, createSandbox, freePort, installExtension, packageExtension, remoteUri,
  startCodeServer, stopCodeServer, waitForHealth, workbenchUrl,
} from './lib.mjs';

const HOME = path.join(ROOT, '.try');
const VSIX = path.join(HOME, 'claimlens.vsix');
const ARTICLE = 'valmora-floods.md';
const say = (message) => console.log(`[try] ${message}`);

let server;
let exited;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, async () => {
    stopping = true;
    say('stopping code-server…');
    await stopCodeServer(server, exited);
    process.exit(0);
  });
}

try {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  await main(values.port ? Number(values.port) : undefined);
} catch (error) {
  console.error(`[try] ${error instanceof HarnessError ? error.message : (error?.stack ?? String(error))}`);
  await stopCodeServer(server, exited);
  process.exit(1);
}

async function main(requestedPort) {
  if (!existsSync(CODE_SERVER)) {
    say('code-server is not installed yet: installing it into .vscode-test/ (once; a few minutes)');
    const install = spawnSync('bash', [path.join(ROOT, 'scripts/vscode/install.sh')], { cwd: ROOT, stdio: 'inherit' });
    if (install.status !== 0 || !existsSync(CODE_SERVER)) throw new HarnessError('installing code-server failed (see above); run it on its own with: npm run vscode:install');
  }
  mkdirSync(HOME, { recursive: true });
  say('building and packing the extension…');
  packageExtension(VSIX);

  // Free-picked unless asked: parallel runs (and the tests) never collide.
  const port = requestedPort ?? (await freePort());
  const sandbox = createSandbox(HOME, { port, settings: { 'workbench.colorTheme': 'Default Light Modern' } });
  // The example is copied once, so what you change in it stays from one run to the next.
  const article = path.join(sandbox.dirs.workspace, ARTICLE);
  if (!existsSync(article)) cpSync(path.join(ROOT, 'examples'), sandbox.dirs.workspace, { recursive: true });
  installExtension(sandbox, VSIX);

  ({ server, exited } = startCodeServer(sandbox));
  void exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`[try] code-server stopped (code ${code}, signal ${signal}); its log: ${sandbox.logFile}`);
    process.exit(code ?? 1);
  });
  await waitForHealth(port, Date.now() + 60_000, exited, 60);
  const url = workbenchUrl(port, sandbox.dirs.workspace, [['openFile', remoteUri(port, article)], ['skipWelcome', 'true']]);
  console.log(`
  Claimlens is running in VS Code. Open this address in a browser on this machine:

    ${url}

  No password: code-server listens on 127.0.0.1 only, so nothing outside this machine can reach it.
  Hover a highlighted figure, open the Claimlens panel from the activity bar (or Ctrl+Alt+P).
  Ctrl+C stops it. Log: ${path.relative(process.cwd(), sandbox.logFile)}
`);
  // Stays up until Ctrl+C (or code-server exits).
  await new Promise(() => {});
}
