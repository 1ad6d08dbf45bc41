import { run } from './main';

process.exitCode = run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env });
