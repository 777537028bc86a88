import { beforeEach, describe, expect, it, vi } from 'vitest';
import { taxIndicator } from '../shared/corpus-fixtures';
import { useEmptyIndexedDb } from './fake-db';

/** The browser as the service worker sees it: a message event and the action badge. */
const browser = vi.hoisted(() => ({
  listeners: [] as ((message: unknown, sender: unknown) => unknown)[],
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
    },
    contextMenus: { create: () => undefined, onClicked: { addListener: () => undefined } },
    commands: { onCommand: { addListener: () => undefined } },
    tabs: { sendMessage: async () => undefined },
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

beforeEach(async () => {
  useEmptyIndexedDb();
  browser.listeners.length = 0;
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
});
