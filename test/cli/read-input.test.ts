import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/cli/read-input';

describe('decodeText', () => {
  it('reads UTF-8 and keeps a byte order mark, so offsets agree with other UTF-8 readers', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('增长12%')]);
    expect(decodeText(bytes)).toBe('\uFEFF增长12%');
  });

  it('reads text that is not UTF-8 as GB18030', () => {
    // 增长12% saved in GBK, as older Chinese pages often are
    expect(decodeText(new Uint8Array([0xd4, 0xf6, 0xb3, 0xa4, 0x31, 0x32, 0x25]))).toBe('增长12%');
  });

  it('reads a UTF-8 file cut in the middle of its last character as UTF-8, that character lost', () => {
    const whole = new TextEncoder().encode('公司纳税2523万元');
    expect(decodeText(whole.subarray(0, whole.length - 1))).toBe('公司纳税2523万\uFFFD');
  });
});
