import { describe, expect, it } from 'vitest';
import { decode } from './index.ts';

const SAMPLE = '本报讯(记者 陈晔)杭州亚运会开幕之际，宁波民宿组团来到杭州。';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (char) => char.charCodeAt(0))];
  const bytes = new Uint8Array(units.length * 2);
  const view = new DataView(bytes.buffer);
  units.forEach((unit, i) => view.setUint16(i * 2, unit, littleEndian));
  return bytes;
}

describe('decode', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decode(new TextEncoder().encode(SAMPLE))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM and drops the BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]);
    expect(decode(bytes)).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-8', bom: true });
  });

  it('reads GB18030/GBK', async () => {
    const iconv = await import('iconv-lite');
    expect(decode(iconv.encode(SAMPLE, 'gbk'))).toEqual({ ok: true, text: SAMPLE, encoding: 'gb18030', bom: false });
    expect(decode(iconv.encode(SAMPLE, 'gb18030'))).toMatchObject({ ok: true, text: SAMPLE });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decode(utf16(SAMPLE, true, true))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16le', bom: true });
    expect(decode(utf16(SAMPLE, false, true))).toEqual({ ok: true, text: SAMPLE, encoding: 'utf-16be', bom: true });
  });

  it('refuses empty and binary files with a reason', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, reason: 'the file is empty (0 bytes)' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decode(png)).toMatchObject({ ok: false, reason: expect.stringContaining('NUL bytes') });
  });

  it('refuses bytes that are neither UTF-8 nor Chinese GB18030', () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x64, 0xe9, 0x6a, 0xe0, 0x20, 0x76, 0x75, 0xe9]);
    expect(decode(latin1)).toMatchObject({ ok: false, reason: expect.stringContaining('neither valid UTF-8 nor GB18030') });
  });

  it('refuses a BOM followed by invalid bytes', () => {
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0xfd]))).toMatchObject({ ok: false });
  });
});
