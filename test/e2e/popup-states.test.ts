/** The popup's clear states for a page with nothing to list and for a page no extension may read. */
import { expect, test } from 'vitest';
import { startReportServer } from '../../src/demo/report-server';
import { useBrowserSession } from './support/browser-session';
import { openPopupOver } from './support/extension-api';
import { openPage } from './support/extension-browser';

// A page of plain prose: no figure, no pledge.
const session = useBrowserSession(() =>
  startReportServer([{ name: 'prose', text: '会议纪要\n与会同志围绕园区建设交流了看法。\n大家认为园区环境优美,交通便利。' }]),
);

test('over a page without indicators or commitments, the popup says there are none', async () => {
  const page = await openPage(session.extension.context, session.server.report('prose').url);
  const popup = await openPopupOver(session.extension, page);
  await expect.poll(() => popup.locator('[data-state]').getAttribute('data-state'), { timeout: 15_000 }).toBe('empty');
  expect(await popup.locator('.row').count()).toBe(0);
});

test('over a page no extension may read, the popup says so', async () => {
  const page = await openPage(session.extension.context, 'about:blank');
  const popup = await openPopupOver(session.extension, page);
  await expect.poll(() => popup.locator('[data-state]').getAttribute('data-state'), { timeout: 15_000 }).toBe('unreadable');
});
