/**
 * UI strings. They live in src/i18n/zh-CN.json as flat keys; `{name}`
 * placeholders are filled from `values`.
 */
import strings from '../../i18n/zh-CN.json' with { type: 'json' };

export type UiKey = keyof typeof strings;

export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}
