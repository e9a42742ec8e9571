// Entry of a pass-one worker thread (dist/cli-worker.js in the bundle, out/server/src/cli/cli-worker.js
// unbundled; started by pool.ts). Each message is one file to check alone; each answer carries its
// index back, so the main thread keeps the input order. Nothing here prints.
import { parentPort } from 'node:worker_threads';
import type { ReportSummary } from '../core';
import { checkAcross, checkAlone, checkFile } from './check';
import { inputTypeOf, readHtmlInput } from './input';
import type { PoolAnswer, PoolMessage } from './pool';

const port = parentPort;
let related: ReportSummary[] = [];
if (port) {
  port.on('message', (message: PoolMessage) => {
    if ('related' in message) {
      related = message.related;
      return;
    }
    const task = message.task;
    let answer: PoolAnswer;
    try {
      // A web page is read here, in the worker; Word and PDF files come converted (runAsync's async pre-step).
      const converted = task.converted ?? (inputTypeOf(task.path) === 'html' ? readHtmlInput(task.path) : undefined);
      if (task.again && task.acrossOnly) {
        const c = checkAcross(task.path, task.settings, related, converted);
        answer = 'across' in c ? { index: task.index, across: c.across } : { index: task.index, checked: c.full };
      } else {
        answer = task.again
          ? { index: task.index, checked: checkFile(task.path, task.settings, false, related, converted) }
          : { index: task.index, alone: checkAlone(task.path, task.settings, converted) };
      }
    } catch {
      // The main thread checks this file again itself, where a failure becomes the file's error.
      answer = { index: task.index };
    }
    port.postMessage(answer);
  });
}
