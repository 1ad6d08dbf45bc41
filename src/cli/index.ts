import { run } from './main';
import { serveTasksIfWorker } from './pool';

// The same bundle runs the worker threads of `--jobs`: a worker serves tasks and prints nothing.
if (!serveTasksIfWorker()) {
  // `claimlens … | head`: a reader that stops early is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  void Promise.resolve(run(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, env: process.env })).then((code) => {
    process.exitCode = code;
  });
}
