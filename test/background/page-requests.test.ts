import { describe, expect, it } from 'vitest';
import type { BackgroundResponse } from '../../src/background/handlers';
import { answerPostedRequest, greetWatch, type AnswerPort, type PostedRequest } from '../../src/background/page-requests';
import type { Sender } from '../../src/background/senders';
import { WATCH_GREETING, WATCH_PORT } from '../../src/shared/worker-watch';

const ORIGIN = 'chrome-extension://policy-lens-id';

/** A port that keeps what it is sent; `refuse` makes it throw as a port does on an answer it cannot clone. */
function answerPort(refuse?: (answer: unknown) => boolean): AnswerPort & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    postMessage(answer) {
      if (refuse?.(answer)) throw new DOMException('could not be cloned', 'DataCloneError');
      sent.push(answer);
    },
  };
}

/** A posted request and what the worker was asked to wait for. */
function posted(data: unknown, origin: string, ports: AnswerPort[]): PostedRequest & { kept: Promise<unknown>[] } {
  const kept: Promise<unknown>[] = [];
  return { origin, data, ports, kept, waitUntil: (work) => void kept.push(work) };
}

/** A handler that says what it was given. */
const echo = async (message: unknown, sender: Sender): Promise<BackgroundResponse> =>
  ({ ok: true, message, sender }) as unknown as BackgroundResponse;

describe('requests posted by the extension’s pages', () => {
  it('are handled as sent by an extension page and answered on their port, the worker kept running until then', async () => {
    const port = answerPort();
    const request = posted({ type: 'to-background/list-saved' }, ORIGIN, [port]);
    answerPostedRequest(request, ORIGIN, echo);
    expect(request.kept).toHaveLength(1);
    await request.kept[0];
    expect(port.sent).toEqual([{ ok: true, message: { type: 'to-background/list-saved' }, sender: { kind: 'extension-page' } }]);
  });

  it('are not heard from another origin, nor without their one answer port', async () => {
    let handled = 0;
    const counting = async (message: unknown, sender: Sender) => (handled++, echo(message, sender));
    const fromWeb = posted({ type: 'to-background/list-saved' }, 'https://example.org', [answerPort()]);
    const portless = posted({ type: 'to-background/list-saved' }, ORIGIN, []);
    const twoPorts = posted({ type: 'to-background/list-saved' }, ORIGIN, [answerPort(), answerPort()]);
    for (const request of [fromWeb, portless, twoPorts]) answerPostedRequest(request, ORIGIN, counting);
    expect(handled).toBe(0);
    expect([fromWeb, portless, twoPorts].map((request) => request.kept.length)).toEqual([0, 0, 0]);
  });

  it('get an answer in words when theirs cannot be sent', async () => {
    const port = answerPort((answer) => (answer as { ok: boolean }).ok);
    const request = posted({ type: 'to-background/list-saved' }, ORIGIN, [port]);
    answerPostedRequest(request, ORIGIN, echo);
    await request.kept[0];
    expect(port.sent).toEqual([{ ok: false, error: 'the answer could not be sent: could not be cloned' }]);
  });
});

describe('the watch of an extension page', () => {
  const connection = (name: string) => ({ name, said: [] as unknown[], postMessage(message: unknown) { this.said.push(message); } });

  it('is greeted when it comes from an extension page', () => {
    const watch = connection(WATCH_PORT);
    greetWatch(watch, { kind: 'extension-page' });
    expect(watch.said).toEqual([WATCH_GREETING]);
  });

  it('is not greeted from a page’s content script or an unknown sender, nor is any other connection', () => {
    const fromPage = connection(WATCH_PORT);
    const fromUnknown = connection(WATCH_PORT);
    const other = connection('another');
    greetWatch(fromPage, { kind: 'page', tabId: 3, url: 'https://example.org/a' });
    greetWatch(fromUnknown, { kind: 'unknown' });
    greetWatch(other, { kind: 'extension-page' });
    expect([fromPage.said, fromUnknown.said, other.said]).toEqual([[], [], []]);
  });
});
