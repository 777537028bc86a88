import { describe, expect, it } from 'vitest';
import { isReadableUrl } from '../../src/popup/page-access';

describe('isReadableUrl', () => {
  it.each([
    'https://www.gov.cn/zhengce/2024-03/12/content_6939153.htm',
    'http://127.0.0.1:8080/000_575128201b72bb82.html',
    'file:///home/analyst/reports/report.html',
    'https://chrome.google.com/search?q=webstore',
  ])('reads web pages and local files: %s', (url) => {
    expect(isReadableUrl(url)).toBe(true);
  });

  it.each([
    'chrome://extensions/',
    'edge://settings',
    'about:blank',
    'view-source:https://www.gov.cn/',
    'chrome-extension://abcdefghijklmnop/src/popup/index.html',
    'https://chromewebstore.google.com/detail/some-extension/abcdef',
    'https://chrome.google.com/webstore/category/extensions',
    'https://microsoftedge.microsoft.com/addons/Microsoft-Edge-Extensions-Home',
    'not a url',
    '',
  ])('does not read browser pages, stores or unknown URLs: %s', (url) => {
    expect(isReadableUrl(url)).toBe(false);
  });
});
