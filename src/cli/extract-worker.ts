/** A worker thread of `policy-lens extract`: extracts the files it is sent, one at a time. */
import { parentPort } from 'node:worker_threads';
import { extractFile, type FileJob } from './extract-file';

const port = parentPort;
if (!port) throw new Error('extract-worker runs as a worker thread only');

const noStdin: AsyncIterable<Uint8Array> = { async *[Symbol.asyncIterator]() {} };

port.on('message', (job: FileJob) => {
  extractFile(job, noStdin).then(
    (result) => port.postMessage(result),
    (error: unknown) => port.postMessage({ ok: false, file: job.file, reason: `failed: ${String(error)}` }),
  );
});
