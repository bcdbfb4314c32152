/**
 * Bytes of a raw issue → text. Raw issues come from many hands: UTF-8 with or
 * without BOM, GB18030/GBK from Windows editors, UTF-16 with a BOM. Anything
 * else is refused with a reason rather than decoded into mojibake.
 */
import chardet from 'chardet';

export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export type Decoded =
  | { ok: true; text: string; encoding: Encoding; bom: boolean }
  | { ok: false; reason: string };

const BOMS: { bytes: number[]; encoding: Encoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Below this share of CJK among non-ASCII characters, a GB18030 reading is taken to be a misreading. */
const MIN_CJK_SHARE_FOR_GB18030 = 0.6;

const CJK = /\p{Script=Han}/u;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function strictDecode(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function cjkShareOfNonAscii(text: string): number {
  let nonAscii = 0;
  let cjk = 0;
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) continue;
    nonAscii += 1;
    if (CJK.test(char)) cjk += 1;
  }
  return nonAscii === 0 ? 1 : cjk / nonAscii;
}

/** UTF-16 without a BOM shows up as NUL bytes; chardet tells the byte order. */
function guessUtf16(bytes: Uint8Array): Encoding | undefined {
  const guess = chardet.detect(bytes);
  if (guess === 'UTF-16LE') return 'utf-16le';
  if (guess === 'UTF-16BE') return 'utf-16be';
  return undefined;
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty (0 bytes)' };

  for (const { bytes: bom, encoding } of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const text = strictDecode(bytes.subarray(bom.length), encoding);
    return text === undefined
      ? { ok: false, reason: `the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}` }
      : { ok: true, text, encoding, bom: true };
  }

  if (bytes.includes(0)) {
    const utf16 = guessUtf16(bytes);
    const text = utf16 && strictDecode(bytes, utf16);
    if (utf16 && text !== undefined && !text.includes('\u0000')) return { ok: true, text, encoding: utf16, bom: false };
    return { ok: false, reason: 'the file contains NUL bytes: it looks binary, not text (UTF-16 needs a byte-order mark)' };
  }

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', bom: false };

  const gb = strictDecode(bytes, 'gb18030');
  if (gb !== undefined && cjkShareOfNonAscii(gb) >= MIN_CJK_SHARE_FOR_GB18030) {
    return { ok: true, text: gb, encoding: 'gb18030', bom: false };
  }
  return { ok: false, reason: 'the text is neither valid UTF-8 nor GB18030/GBK Chinese, and has no UTF-16 byte-order mark' };
}
