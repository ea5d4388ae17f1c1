import { Worker } from 'node:worker_threads';
import { failedDossier, type SourceOutcome } from '../engine/check-dossier.js';
import { internalError } from '../rules/dossier-input/internal-error.js';
import type { CheckOneFile, FileCheckSettings } from './check-file.js';
import { ToolFailure } from './errors.js';

/** One file for a worker to check. */
export interface WorkerRequest {
  index: number;
  path: string;
  explicit: boolean;
}

export type WorkerReply = { ready: true } | { index: number; outcome: SourceOutcome };

/** A unit of a run: a file a worker can read by its path, or a source only the main thread has (standard input). */
/** A file for a worker, or a source checked in this thread (standard input, whose bytes are already here). */
export type PoolTask = { path: string; explicit: boolean; name: string } | { name: string; here: () => SourceOutcome | Promise<SourceOutcome> };

/** Files sent to a worker before it answers the first: it never waits for the next message. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * Outcomes held waiting for an earlier file, at most, per worker: a slow file stops the dispatch of files far
 * behind it, so memory stays bounded whatever the order in which the workers finish.
 */
const REORDER_WINDOW_PER_WORKER = 32;

/**
 * Located next to this module, as `check-worker.js` beside `worker-pool.js` in `dist/cli`, or beside the bundle
 * when the command line is bundled (the worker is then a second entry of the bundle, under the same name).
 */
const WORKER_URL = new URL('./check-worker.js', import.meta.url);

/**
 * A worker's young generation, where each dossier's short-lived objects are made. V8 sizes it for throughput (up to
 * 48 MB per thread here); 16 MB took a two-worker run of 1,000 dossiers from about 210 to 160 MB at its peak, without
 * costing time (`npm run bench` measures both). Only the young generation is bounded: a limit on the old one would
 * end a worker that meets a large dossier.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 16 };

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Indexes of the tasks sent and not yet answered. */
  busy: Set<number>;
}

/**
 * Checks the tasks on `workers` worker threads, and in this thread too when it is given `here` (its own checker), and
 * yields their outcomes in the order of the tasks, whatever the order in which they finish. This thread checks a file
 * whenever the next outcome in order has not come back yet, so on a machine of N cores N threads check, and none
 * waits for another; between its files it lets the workers' answers in, so they are never left without work.
 * A worker that dies while checking files gives each of those files an `internal-error` (the run then exits 2) and is
 * replaced, so the other files' results are kept; a worker that cannot start at all fails the run with one line.
 * Workers are ended when the iteration ends, however it ends. `workerUrl` is for tests of how a failing worker is
 * handled.
 */
export async function* checkInWorkers(
  tasks: readonly PoolTask[],
  settings: FileCheckSettings,
  workers: number,
  { here, workerUrl = WORKER_URL }: { here?: CheckOneFile; workerUrl?: URL } = {},
): AsyncGenerator<SourceOutcome> {
  const done = new Map<number, SourceOutcome | Promise<SourceOutcome>>();
  const window = (workers + (here ? 1 : 0)) * REORDER_WINDOW_PER_WORKER;
  let next = 0;
  let dispatched = 0;
  let failure: Error | undefined;
  let closing = false;
  // A worker that keeps dying is a defect, not bad luck: past one replacement per file the run stops.
  let replacements = 0;
  let wake: (() => void) | undefined;
  const notify = () => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };

  const feed = (slot: Slot) => {
    while (slot.ready && slot.busy.size < IN_FLIGHT_PER_WORKER && dispatched < tasks.length && dispatched < next + window) {
      const index = dispatched++;
      const task = tasks[index]!;
      if ('here' in task) {
        done.set(index, task.here());
        continue;
      }
      slot.busy.add(index);
      slot.worker.postMessage({ index, path: task.path, explicit: task.explicit } satisfies WorkerRequest);
    }
  };

  const start = (): Slot => {
    const slot: Slot = { worker: new Worker(workerUrl, { workerData: settings, resourceLimits: WORKER_LIMITS }), ready: false, busy: new Set() };
    slot.worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) slot.ready = true;
      else {
        slot.busy.delete(reply.index);
        done.set(reply.index, reply.outcome);
      }
      feed(slot);
      notify();
    });
    let died: string | undefined;
    slot.worker.on('error', (error) => {
      died = error instanceof Error ? error.message : String(error);
    });
    slot.worker.on('exit', (code) => {
      if (closing) return;
      const detail = died ?? `exit code ${code}`;
      if (!slot.ready || ++replacements > tasks.length) {
        failure ??= new ToolFailure({
          zh: `工作线程无法启动或反复失败（${detail}）；用 --jobs 1 可不用工作线程检查`,
          en: `a worker thread could not start or kept failing (${detail}); --jobs 1 checks without them`,
        });
      } else {
        for (const index of slot.busy) done.set(index, workerDied(tasks[index]!.name, detail));
        slots[slots.indexOf(slot)] = start();
      }
      notify();
    });
    return slot;
  };

  const slots: Slot[] = [];
  for (let i = 0; i < workers; i++) slots.push(start());
  try {
    while (next < tasks.length) {
      if (failure) throw failure;
      const outcome = done.get(next);
      if (outcome === undefined && here && dispatched < tasks.length && dispatched < next + window) {
        const index = dispatched++;
        const task = tasks[index]!;
        done.set(index, await ('here' in task ? task.here() : here(task.path, task.explicit)));
        // The workers' answers wait behind this thread's work: let them in, and the workers have their next files.
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      if (outcome === undefined) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      done.delete(next);
      next++;
      for (const slot of slots) feed(slot);
      yield await outcome;
    }
  } finally {
    closing = true;
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}

function workerDied(file: string, detail: string): SourceOutcome {
  const finding = {
    rule: internalError,
    messageId: 'ruleFailed',
    data: { rule: 'worker thread', detail },
    at: { range: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
  };
  return { kind: 'dossier', result: failedDossier(file, finding) };
}
