/**
 * A worker thread of `check --jobs N`: checks the files the main thread sends, one message each, and answers each
 * with its outcome. The main thread puts the outcomes back in order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { type FileCheckSettings, fileChecker } from './check-file.js';
import type { WorkerReply, WorkerRequest } from './worker-pool.js';

const port = parentPort;
if (!port) throw new Error('check-worker runs only as a worker thread');
const checkOneFile = fileChecker(workerData as FileCheckSettings);
port.on('message', async ({ index, path, explicit }: WorkerRequest) => {
  // Never rejects: whatever a check meets is a finding of its outcome.
  port.postMessage({ index, outcome: await checkOneFile(path, explicit) } satisfies WorkerReply);
});
// Said once the modules have loaded: a worker that fails before this could not start, and no replacement would do better.
port.postMessage({ ready: true } satisfies WorkerReply);
