/** `<b>…</b>` (and `<strong>`) in raw text → Markdown strong emphasis `**…**`. */

const BOLD = /<(b|strong)>\s*(.*?)\s*<\/\1>/gsu;

export function boldToStrong(text: string): string {
  return text.replace(BOLD, (_whole, _tag: string, inner: string) => (inner === '' ? '' : `**${inner}**`));
}
