import { describe, expect, it } from 'vitest';
import { askBackground, StorageUnreachableError } from '../../src/ui/background-request';
import { workerSender, WorkerGoneError, type WatchPort, type WorkerLink } from '../../src/ui/post-to-worker';
import type { BackgroundMessage } from '../../src/shared/messages';
import { WATCH_GREETING, WATCH_PORT } from '../../src/shared/worker-watch';
import { taxIndicator } from '../shared/corpus-fixtures';

/** A watch as the browser gives it: the worker's messages and the close of its end, played by the fake worker. */
class FakeWatch implements WatchPort {
  readonly said: ((message: unknown) => void)[] = [];
  readonly gone: (() => void)[] = [];
  onMessage = { addListener: (listener: (message: unknown) => void) => void this.said.push(listener) };
  onDisconnect = { addListener: (listener: () => void) => void this.gone.push(listener) };
}

/**
 * The service worker as an extension page reaches it: it greets each watch (unless told it is stopped), receives
 * posted messages as structured clones and answers on the port each one brings, as `answer` says. `stop()` ends it:
 * its watches close, what it holds is never answered; `start()` runs a new worker, as a message posted to a stopped one does.
 */
class FakeWorker {
  readonly received: { message: unknown; watches: number }[] = [];
  readonly watches: { name: string; watch: FakeWatch }[] = [];
  running = true;
  constructor(private readonly answer: (message: BackgroundMessage) => unknown | undefined) {}

  readonly link: WorkerLink = {
    worker: async () => ({
      postMessage: (message: unknown, [port]: Transferable[]) => {
        const copy = structuredClone(message) as BackgroundMessage;
        this.received.push({ message: copy, watches: this.watches.length });
        setTimeout(() => {
          const answer = this.running ? this.answer(copy) : undefined;
          if (answer !== undefined && this.running) (port as MessagePort).postMessage(answer);
        });
      },
    }),
    connect: (name) => {
      const watch = new FakeWatch();
      this.watches.push({ name, watch });
      setTimeout(() => {
        if (this.running) for (const listener of watch.said) listener(WATCH_GREETING);
        else for (const listener of watch.gone) listener();
      });
      return watch;
    },
  };

  stop(): void {
    this.running = false;
    for (const { watch } of this.watches) for (const listener of watch.gone) listener();
  }

  start(): void {
    this.running = true;
  }
}

const save: BackgroundMessage = { type: 'to-background/save-items', items: [taxIndicator()] };
const saved = { ok: true, savedAt: '2026-12-01T10:00:00.000Z', receipts: [{ id: 'a1', createdAt: '2026-12-01T10:00:00.000Z' }] };

describe('requests of the extension’s pages posted to the service worker', () => {
  it('are posted as they are, once the worker has greeted the request’s watch, and resolve with the answer', async () => {
    const worker = new FakeWorker((message) => (message.type === 'to-background/save-items' ? saved : undefined));
    const sender = workerSender(worker.link);
    expect(await sender.sendToBackground(save)).toEqual(saved);
    expect(worker.received).toEqual([{ message: save, watches: 1 }]);
    expect(worker.watches.map(({ name }) => name)).toEqual([WATCH_PORT]);
  });

  it('share one watch, greeted once, until the worker that greeted it stops; then the next request opens a new one', async () => {
    const worker = new FakeWorker(() => saved);
    const sender = workerSender(worker.link);
    await sender.sendToBackground(save);
    await sender.sendToBackground(save);
    expect(worker.received.map(({ watches }) => watches)).toEqual([1, 1]);
    worker.stop();
    worker.start();
    expect(await sender.sendToBackground(save)).toEqual(saved);
    expect(worker.received.map(({ watches }) => watches)).toEqual([1, 1, 2]);
  });

  it('each get their own answer when several are under way', async () => {
    const worker = new FakeWorker((message) => ({ ok: true, items: [], type: message.type }));
    const sender = workerSender(worker.link);
    const answers = await Promise.all([
      sender.sendToBackground({ type: 'to-background/list-saved' }),
      sender.sendToBackground({ type: 'to-background/delete-saved', id: 'a1' }),
    ]);
    expect(answers).toEqual([
      { ok: true, items: [], type: 'to-background/list-saved' },
      { ok: true, items: [], type: 'to-background/delete-saved' },
    ]);
  });

  it('reject when the worker stops before it answers, and the page is told it could not reach the storage', async () => {
    const worker = new FakeWorker(() => undefined);
    const sending = workerSender(worker.link).sendToBackground(save);
    await expect.poll(() => worker.received.length).toBe(1);
    worker.stop();
    await expect(sending).rejects.toBeInstanceOf(WorkerGoneError);
    await expect(askBackground(workerSender(worker.link), save)).rejects.toEqual(
      new StorageUnreachableError('Policy Lens could not reach its storage. Please try again.'),
    );
  });

  it('post nothing when the worker cannot be reached', async () => {
    const worker = new FakeWorker(() => saved);
    worker.running = false;
    await expect(workerSender(worker.link).sendToBackground(save)).rejects.toBeInstanceOf(WorkerGoneError);
    expect(worker.received).toEqual([]);
  });
});
