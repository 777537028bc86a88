import { describe, expect, it } from 'vitest';
import { pageTextOf } from '../../src/cli/page-text';

const encode = (html: string): Uint8Array => new TextEncoder().encode(html);

// The first test loads jsdom, which takes seconds on a busy machine.
describe('pageTextOf', { timeout: 30_000 }, () => {
  it('reads a page that declares no encoding as UTF-8, not as the HTML default windows-1252', async () => {
    const text = await pageTextOf(encode('<p>全区实现地区生产总值320.31亿元,增长12.4%。</p>'));
    expect(text).toBe('全区实现地区生产总值320.31亿元,增长12.4%。');
  });

  it('reads a page saved in GBK with no declaration as GB18030', async () => {
    // <p>增长12%</p> in GBK
    const bytes = new Uint8Array([...encode('<p>'), 0xd4, 0xf6, 0xb3, 0xa4, ...encode('12%</p>')]);
    expect(await pageTextOf(bytes)).toBe('增长12%');
  });

  it('follows the encoding a page declares', async () => {
    const bytes = new Uint8Array([...encode('<meta charset="gbk"><p>'), 0xd4, 0xf6, 0xb3, 0xa4, ...encode('</p>')]);
    expect(await pageTextOf(bytes)).toBe('增长');
  });
});
