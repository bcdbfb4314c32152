/**
 * fast-check generators for raw issues: one of the five sample issues, changed
 * the way raw text gets damaged on its way to us (cut anywhere, lines joined or
 * dropped, paragraphs doubled or moved, CRLF, stray spaces) or the way hostile
 * text could try to become markup (HTML, links, YAML and Markdown syntax), and
 * then stored in one of the encodings the decoder accepts.
 */
import iconv from 'iconv-lite';
import fc from 'fast-check';

/** One change to the text of an issue; `at` values are fractions of the text or of its lines. */
export type Mutation =
  | { kind: 'cut-end'; at: number }
  | { kind: 'cut-start'; at: number }
  | { kind: 'join-lines'; at: number }
  | { kind: 'drop-blank-lines' }
  | { kind: 'duplicate-paragraph'; at: number }
  | { kind: 'move-paragraph'; from: number; to: number }
  | { kind: 'crlf' }
  | { kind: 'insert-line'; at: number; text: string }
  | { kind: 'insert-inline'; at: number; text: string };

/** Text that would be markup, or YAML, if it reached a page or a frontmatter unescaped. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '<b>加粗</b>',
  '<b></b>',
  '{',
  '}',
  '{{ title }}',
  '---',
  '# ',
  '# 标题：“引号”与冒号: 值',
  '## 副题',
  '### 小标题',
  '标题: "带引号" \'单引号\' #号',
  '- 列表项',
  '1. 编号',
  '> 引用',
  '| 甲 | 乙 |',
  '`代码`',
  '*星号*_下划线_',
  '&amp; &lt;',
  '\\',
  '本报讯（记者 ）',
  '（）',
  '\u200B\u200C\u200D\uFEFF',
  '\u3000\u3000',
  '\u00A0',
  '\t',
  '：',
  '“',
  '<!-- 注释 -->',
  '<div>块</div>',
  '[^1]',
  '    缩进四格',
  '```',
] as const;

/** Addresses printed in running text: GFM reads them as links even when escaped (see the known-bug test). */
export const ADDRESSES = ['详见 https://www.zj.gov.cn/a?b=1', '或 www.example.com', '邮箱 news@example.com'] as const;

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const hostile = fc.constantFrom(...HOSTILE);
/** A hostile piece, or a short line of Han text around one. */
const hostileText = fc.oneof(hostile, fc.tuple(hostile, fc.constantFrom('标题', '正文一句。', '：', '')).map(([a, b]) => a + b));

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fraction.map((at): Mutation => ({ kind: 'cut-end', at })),
  fraction.map((at): Mutation => ({ kind: 'cut-start', at })),
  fraction.map((at): Mutation => ({ kind: 'join-lines', at })),
  fc.constant<Mutation>({ kind: 'drop-blank-lines' }),
  fraction.map((at): Mutation => ({ kind: 'duplicate-paragraph', at })),
  fc.record({ from: fraction, to: fraction }).map(({ from, to }): Mutation => ({ kind: 'move-paragraph', from, to })),
  fc.constant<Mutation>({ kind: 'crlf' }),
  fc.record({ at: fraction, text: hostileText }).map(({ at, text }): Mutation => ({ kind: 'insert-line', at, text })),
  fc.record({ at: fraction, text: hostileText }).map(({ at, text }): Mutation => ({ kind: 'insert-inline', at, text })),
);

function index(at: number, length: number): number {
  return Math.min(length - 1, Math.max(0, Math.floor(at * length)));
}

/** Paragraphs are the non-blank lines. */
function paragraphIndexes(lines: readonly string[]): number[] {
  return lines.flatMap((line, i) => (line.trim() === '' ? [] : [i]));
}

export function applyMutation(text: string, mutation: Mutation): string {
  const lines = text.split('\n');
  const paragraphs = paragraphIndexes(lines);
  switch (mutation.kind) {
    case 'cut-end':
      return [...text].slice(0, index(mutation.at, [...text].length + 1)).join('');
    case 'cut-start':
      return [...text].slice(index(mutation.at, [...text].length + 1)).join('');
    case 'join-lines': {
      const at = index(mutation.at, lines.length);
      return [...lines.slice(0, at), (lines[at] ?? '') + (lines[at + 1] ?? ''), ...lines.slice(at + 2)].join('\n');
    }
    case 'drop-blank-lines':
      return lines.filter((line) => line.trim() !== '').join('\n');
    case 'duplicate-paragraph': {
      if (paragraphs.length === 0) return text;
      const at = paragraphs[index(mutation.at, paragraphs.length)] ?? 0;
      return [...lines.slice(0, at + 1), '', lines[at] ?? '', ...lines.slice(at + 1)].join('\n');
    }
    case 'move-paragraph': {
      if (paragraphs.length === 0) return text;
      const from = paragraphs[index(mutation.from, paragraphs.length)] ?? 0;
      const moved = lines[from] ?? '';
      const rest = lines.filter((_, i) => i !== from);
      const to = index(mutation.to, rest.length + 1);
      return [...rest.slice(0, to), moved, ...rest.slice(to)].join('\n');
    }
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'insert-line': {
      const at = index(mutation.at, lines.length + 1);
      return [...lines.slice(0, at), mutation.text, ...lines.slice(at)].join('\n');
    }
    case 'insert-inline': {
      const chars = [...text];
      const at = index(mutation.at, chars.length + 1);
      return [...chars.slice(0, at), mutation.text, ...chars.slice(at)].join('');
    }
  }
}

export type StoredEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le-bom' | 'utf-16be-bom';

export const encodingArb = fc.constantFrom<StoredEncoding>('utf-8', 'utf-8-bom', 'gb18030', 'utf-16le-bom', 'utf-16be-bom');

export function encode(text: string, encoding: StoredEncoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new Uint8Array(Buffer.from(text, 'utf8'));
    case 'utf-8-bom':
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
    case 'gb18030':
      return new Uint8Array(iconv.encode(text, 'gb18030'));
    case 'utf-16le-bom':
      return new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true }));
    case 'utf-16be-bom':
      return new Uint8Array(iconv.encode(text, 'utf-16be', { addBOM: true }));
  }
}

export interface RawIssueCase {
  seed: string;
  mutations: Mutation[];
  encoding: StoredEncoding;
}

/** A sample issue's name, the changes made to it, and how it is stored. */
export function rawIssueArb(seeds: readonly string[]): fc.Arbitrary<RawIssueCase> {
  return fc.record({
    seed: fc.constantFrom(...seeds),
    mutations: fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
    encoding: encodingArb,
  });
}
