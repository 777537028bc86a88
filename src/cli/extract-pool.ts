/** Spreading the files of `policy-lens extract` over the machine's cores with worker threads. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractFile, type FileJob, type FileResult } from './extract-file';

/** Where the worker's bundle is, next to the command line's own bundle. */
const WORKER_URL = new URL('./extract-worker.mjs', import.meta.url);

/** How many workers to start for `fileCount` files: one per core (at most `maxJobs`), no more than files. */
export function workerCount(fileCount: number, maxJobs = availableParallelism()): number {
  return Math.max(1, Math.min(availableParallelism(), maxJobs, fileCount));
}

/**
 * Extracts every job and calls `onResult` with the results in the order of
 * `jobs`, whatever order the workers finish in. One file, or standard input,
 * is extracted on this thread: starting a worker would cost more than it saves.
 * At most `maxJobs` workers run; one per core by default.
 */
export async function extractAll(
  jobs: readonly FileJob[],
  stdin: AsyncIterable<Uint8Array>,
  onResult: (result: FileResult) => void,
  maxJobs?: number,
): Promise<void> {
  if (jobs.length === 1 || jobs.some((job) => job.file === '-')) {
    for (const job of jobs) onResult(await extractFile(job, stdin));
    return;
  }
  const done = new Map<number, FileResult>();
  let nextToReport = 0;
  let nextToSend = 0;
  const report = (index: number, result: FileResult): void => {
    done.set(index, result);
    // Results held back until those before them arrive; the ones in order go out at once.
    while (done.has(nextToReport)) {
      onResult(done.get(nextToReport)!);
      done.delete(nextToReport++);
    }
  };
  await Promise.all(
    Array.from({ length: workerCount(jobs.length, maxJobs) }, async () => {
      const worker = new Worker(WORKER_URL);
      try {
        while (nextToSend < jobs.length) {
          const index = nextToSend++;
          report(index, await runJob(worker, jobs[index]!));
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
}

/** Sends one job to `worker` and waits for its answer. */
function runJob(worker: Worker, job: FileJob): Promise<FileResult> {
  return new Promise((resolve, reject) => {
    const onMessage = (result: FileResult): void => {
      worker.off('error', onError);
      resolve(result);
    };
    const onError = (error: Error): void => {
      worker.off('message', onMessage);
      reject(error);
    };
    worker.once('message', onMessage);
    worker.once('error', onError);
    worker.postMessage(job);
  });
}
