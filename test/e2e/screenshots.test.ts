/**
 * Screenshots of the extension at work: a highlighted report page with an
 * item's card open, the page with saved items and an own highlight, the
 * popup over it (also with a search typed), and the library. They go to test-results/screenshots;
 * the README's copies in docs/ are refreshed with
 * `SCREENSHOT_DIR=docs npx vitest run --config vitest.e2e.config.ts screenshots`.
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { useBrowserSession } from './support/browser-session';
import { contentWorld, readCard } from './support/content-world';
import { SMALL_REPORT } from './support/corpus-pages';
import { openPopupOver, pageItems } from './support/extension-api';
import { openPage } from './support/extension-browser';
import { firstRangeInLayer } from './support/highlights';
import { selectPhrase, selectionButton } from './support/own-highlights';

const OUTPUT_DIR = resolve(process.env['SCREENSHOT_DIR'] ?? 'test-results/screenshots');

const session = useBrowserSession();
let reportPage: Page;

beforeAll(async () => {
  await mkdir(OUTPUT_DIR, { recursive: true });
  reportPage = await openPage(session.extension.context, session.server.report(SMALL_REPORT).url);
  await pageItems(session.extension, reportPage);
});

test('a highlighted report page with an item’s card open', async () => {
  const point = await firstRangeInLayer(reportPage, 'target');
  expect(point).not.toBeNull();
  await reportPage.mouse.click(point!.x, point!.y);
  const world = await contentWorld(reportPage, session.extension.extensionId);
  await expect.poll(() => readCard(world)).not.toBeNull();
  await world.close();
  await reportPage.screenshot({ path: join(OUTPUT_DIR, 'highlighted-report.png') });
});

test('a report page with saved items and an own highlight beside unsaved items', async () => {
  const world = await contentWorld(reportPage, session.extension.extensionId);
  await reportPage.keyboard.press('Escape');
  // Save a commitment, then highlight a passage with a note.
  const point = await selectPhrase(reportPage, '确保下一步平台建设用地的有效供给', { select: false });
  await reportPage.mouse.click(point.x, point.y);
  await expect.poll(() => readCard(world)).not.toBeNull();
  const save = (await readCard(world))!.buttons['save']!;
  await reportPage.mouse.click(save.x, save.y);
  await expect.poll(async () => (await readCard(world))?.text ?? '').toContain('Saved');
  await reportPage.keyboard.press('Escape');
  await selectPhrase(reportPage, '重抓三级平台');
  await expect.poll(() => selectionButton(world)).not.toBeNull();
  const button = (await selectionButton(world))!;
  await reportPage.mouse.click(button.x, button.y);
  await expect.poll(() => readCard(world)).not.toBeNull();
  await reportPage.keyboard.insertText('三级平台建设用地是重点');
  const swatch = (await readCard(world))!.buttons['swatch-green']!;
  await reportPage.mouse.click(swatch.x, swatch.y);
  const submit = (await readCard(world))!.buttons['submit']!;
  await reportPage.mouse.click(submit.x, submit.y);
  await expect.poll(async () => (await readCard(world))?.text ?? '').toContain('Saved');
  await reportPage.evaluate(() => document.getSelection()?.removeAllRanges());
  await reportPage.screenshot({ path: join(OUTPUT_DIR, 'saved-items.png') });
  await world.close();
});

test('the popup over the report page', async () => {
  const popup = await openPopupOver(session.extension, reportPage);
  // The popup's own frame size when opened from the toolbar.
  await popup.setViewportSize({ width: 400, height: 560 });
  await expect.poll(() => popup.locator('.row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await popup.screenshot({ path: join(OUTPUT_DIR, 'popup.png') });
});

test('the popup with a search typed in traditional characters', async () => {
  const popup = await openPopupOver(session.extension, reportPage);
  await popup.setViewportSize({ width: 400, height: 560 });
  await expect.poll(() => popup.locator('.row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // 項目 finds the report's 项目.
  await popup.locator('input.search').fill('項目');
  await expect.poll(() => popup.locator('.list-summary').textContent()).not.toMatch(/^(0|29) items/);
  await popup.screenshot({ path: join(OUTPUT_DIR, 'popup-search.png') });
  await popup.locator('input.search').fill('');
  await popup.locator('button.save-all').click();
  await expect.poll(() => popup.locator('button.save-all').textContent(), { timeout: 30_000 }).toBe('All saved');
  await popup.close();
});

test('the library with the saved items of the report', async () => {
  const library = await session.extension.context.newPage();
  await library.setViewportSize({ width: 1100, height: 760 });
  await library.goto(session.extension.popupUrl.replace('src/popup/index.html', 'src/library/index.html'));
  await expect.poll(() => library.locator('.item-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await library.locator('.item-row .select-item').nth(1).check();
  await library.locator('.item-row .select-item').nth(2).check();
  await library.locator('.item-row .edit-item').first().click();
  await library.screenshot({ path: join(OUTPUT_DIR, 'library.png') });
  await library.close();
});
