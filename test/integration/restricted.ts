// Test runner for Restricted Mode (node scripts/vscode/run.mjs --untrusted --tests out/test/integration/restricted.js):
// the *.restricted.js suites only, in a workspace that is not trusted.
import { runTests } from './index';

export function run(): Promise<void> {
  return runTests('.restricted.js');
}
