import { beforeEach, describe, expect, it, vi } from 'vitest';
import { taxIndicator } from '../shared/corpus-fixtures';
import { useEmptyIndexedDb } from './fake-db';

/** The browser as the service worker sees it: a message event, connections, the worker's own message event and the action badge. */
const browser = vi.hoisted(() => ({
  listeners: [] as ((message: unknown, sender: unknown) => unknown)[],
  connections: [] as ((port: unknown) => void)[],
  posted: [] as ((event: unknown) => void)[],
  badgeText: new Map<number, string>(),
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'policy-lens-id',
      getURL: (path: string) => `chrome-extension://policy-lens-id/${path}`,
      onInstalled: { addListener: () => undefined },
      onMessage: {
        addListener: (listener: (message: unknown, sender: unknown) => unknown) => browser.listeners.push(listener),
      },
      sendMessage: async () => undefined,
      onConnect: { addListener: (listener: (port: unknown) => void) => browser.connections.push(listener) },
    },
    contextMenus: { create: () => undefined, onClicked: { addListener: () => undefined } },
    commands: { onCommand: { addListener: () => undefined } },
    tabs: { sendMessage: async () => undefined, query: async () => [] },
    action: {
      setBadgeText: async ({ tabId, text }: { tabId: number; text: string }) => {
        browser.badgeText.set(tabId, text);
      },
      setBadgeBackgroundColor: async () => undefined,
    },
  },
}));

/** The popup as the browser names it when it sends a message. */
const POPUP = { id: 'policy-lens-id', url: 'chrome-extension://policy-lens-id/src/popup/index.html' };

/** The worker's global scope: its origin, and its listener of messages posted to it. */
vi.stubGlobal('self', {
  location: { origin: 'chrome-extension://policy-lens-id' },
  addEventListener: (type: string, listener: (event: unknown) => void) => type === 'message' && browser.posted.push(listener),
});

beforeEach(async () => {
  useEmptyIndexedDb();
  browser.listeners.length = 0;
  browser.connections.length = 0;
  browser.posted.length = 0;
  vi.resetModules();
  await import('../../src/background/index');
});

/** Delivers a message to the worker's listener as the browser would. */
function deliver(message: unknown, sender: object): unknown {
  expect(browser.listeners).toHaveLength(1);
  return browser.listeners[0]!(message, sender);
}

describe('the service worker', () => {
  it('answers through a promise, as the message API expects', async () => {
    const answer = deliver({ type: 'to-background/list-saved' }, POPUP);
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toEqual({ ok: true, items: [] });
  });

  it('sets the badge of the tab a count comes from', async () => {
    const sender = { id: 'policy-lens-id', tab: { id: 3 }, url: 'http://127.0.0.1:8080/003_4ef620bd1e3cb09d.html' };
    expect(await deliver({ type: 'content-to-background/page-item-count', count: 17 }, sender)).toEqual({ ok: true });
    expect(browser.badgeText.get(3)).toBe('17');
  });

  it('stores in IndexedDB, not in its own memory, so a new worker finds the items', async () => {
    await deliver({ type: 'to-background/save-items', items: [taxIndicator()] }, POPUP);
    vi.resetModules();
    browser.listeners.length = 0;
    await import('../../src/background/index');
    const answer = (await deliver({ type: 'to-background/list-saved' }, POPUP)) as { items: { text: string }[] };
    expect(answer.items.map((item) => item.text)).toEqual([taxIndicator().text]);
  });

  it('answers a malformed message with an error', async () => {
    expect(await deliver({ type: 'to-background/save-items', items: 'all' }, POPUP)).toEqual({
      ok: false,
      error: 'message.items: expected an array, got "all"',
    });
  });

  it('refuses a page’s content script that asks for another site’s items, and a sender from another extension', async () => {
    const content = { id: 'policy-lens-id', tab: { id: 3, url: 'https://example.org/a' }, url: 'https://example.org/a' };
    await deliver({ type: 'to-background/save-items', items: [taxIndicator()] }, POPUP);
    expect(await deliver({ type: 'to-background/list-saved', url: taxIndicator().url }, content)).toEqual({
      ok: false,
      error: 'list-saved: a page may only reach its own saved items',
    });
    expect(await deliver({ type: 'to-background/list-saved' }, { ...POPUP, id: 'another-extension' })).toEqual({
      ok: false,
      error: 'list-saved must come from the extension or a page’s content script',
    });
  });

  it('answers a request an extension page posts on the port it brings, after the same checks as any message', async () => {
    /** Posts `data` from `origin` as the browser delivers it to the worker; the answer, or none when the worker ignored it. */
    const post = async (data: unknown, origin: string): Promise<unknown> => {
      expect(browser.posted).toHaveLength(1);
      const answers: unknown[] = [];
      const kept: Promise<unknown>[] = [];
      browser.posted[0]!({ origin, data, ports: [{ postMessage: (answer: unknown) => answers.push(answer) }], waitUntil: (work: Promise<unknown>) => kept.push(work) });
      await Promise.all(kept);
      return answers[0];
    };
    const origin = 'chrome-extension://policy-lens-id';
    expect(await post({ type: 'to-background/save-items', items: [taxIndicator()] }, origin)).toMatchObject({ ok: true, receipts: [{}] });
    expect(await post({ type: 'to-background/list-saved' }, origin)).toMatchObject({ ok: true, items: [{ text: taxIndicator().text }] });
    expect(await post({ type: 'to-background/save-items', items: 'all' }, origin)).toEqual({
      ok: false,
      error: 'message.items: expected an array, got "all"',
    });
    expect(await post({ type: 'to-background/list-saved' }, 'https://example.org')).toBeUndefined();
  });

  it('greets the watch an extension page keeps on it while a request is under way', () => {
    const said: unknown[] = [];
    expect(browser.connections).toHaveLength(1);
    browser.connections[0]!({ name: 'policy-lens/watch', sender: POPUP, postMessage: (message: unknown) => said.push(message) });
    expect(said).toEqual(['policy-lens/watching']);
  });
});
