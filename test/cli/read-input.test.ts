import { describe, expect, it } from 'vitest';
import { decodeText, InputError } from '../../src/cli/read-input';

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

  it('reads UTF-16 with a byte order mark, either byte order', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('縣領導', 'utf16le')]);
    expect(decodeText(le)).toBe('縣領導');
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('縣領導', 'utf16le').swap16()]);
    expect(decodeText(be)).toBe('縣領導');
  });

  it.each([
    ['a PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37], 'report.pdf: a PDF file, not text'],
    ['a binary file', [0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d], 'report.pdf: a binary file (it holds NUL bytes)'],
    ['bytes in no known encoding', [0x81, 0x20, 0xff, 0x20], 'report.pdf: not text in a known encoding'],
  ])('refuses %s with the reason', (_, bytes, message) => {
    expect(() => decodeText(new Uint8Array(bytes), 'report.pdf')).toThrow(InputError);
    expect(() => decodeText(new Uint8Array(bytes), 'report.pdf')).toThrow(message);
  });
});
