/**
 * The Claimlens language server in a Web Worker (vscode.dev, github.dev): the
 * worker is already off the editor's thread, so analyses run on it directly.
 */
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { InlineAnalyser } from '../analyser';
import { startServer } from '../server';

declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), new InlineAnalyser());
