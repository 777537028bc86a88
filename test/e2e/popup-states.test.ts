/** The popup's clear states for a page with nothing to list and for a page no extension may read. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startReportServer, type ReportServer } from '../../src/demo/report-server';
import { openPopupOver } from './support/extension-api';
import { launchExtensionBrowser, openPage, type ExtensionBrowser } from './support/extension-browser';

let server: ReportServer;
let profile: string;
let extension: ExtensionBrowser;

beforeAll(async () => {
  // A page of plain prose: no figure, no pledge.
  server = await startReportServer([{ name: 'prose', text: '会议纪要\n与会同志围绕园区建设交流了看法。\n大家认为园区环境优美,交通便利。' }]);
  profile = await mkdtemp(join(tmpdir(), 'policy-lens-e2e-'));
  extension = await launchExtensionBrowser(profile);
});

afterAll(async () => {
  await extension?.close();
  await server?.close();
  if (profile) await rm(profile, { recursive: true, force: true });
});

test('over a page without indicators or commitments, the popup says there are none', async () => {
  const page = await openPage(extension.context, server.report('prose').url);
  const popup = await openPopupOver(extension, page);
  await expect.poll(() => popup.locator('[data-state]').getAttribute('data-state'), { timeout: 15_000 }).toBe('empty');
  expect(await popup.locator('li.row').count()).toBe(0);
});

test('over a page no extension may read, the popup says so', async () => {
  const page = await openPage(extension.context, 'about:blank');
  const popup = await openPopupOver(extension, page);
  await expect.poll(() => popup.locator('[data-state]').getAttribute('data-state'), { timeout: 15_000 }).toBe('unreadable');
});
