/**
 * `claimlens-language-server` for Node: `--stdio` (Neovim, Helix, Emacs),
 * `--node-ipc` (VS Code) or `--socket=PORT`, as vscode-languageserver reads
 * them from the command line. Analyses run on a worker thread: this same file,
 * started again as the worker.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { isAnalysisWorker, serveAnalyses, WorkerAnalyser } from './workerAnalyser';

if (isAnalysisWorker()) serveAnalyses();
else startServer(createConnection(ProposedFeatures.all), new WorkerAnalyser(__filename));
