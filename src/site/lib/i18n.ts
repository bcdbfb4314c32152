/**
 * UI strings. They live in src/site/i18n/zh-CN.json as flat keys; `{name}`
 * placeholders are filled from `values`, and `{site}` with the configured
 * site name (see identity.ts).
 */
import strings from '../i18n/zh-CN.json' with { type: 'json' };
import { siteIdentity } from './identity.ts';

export type UiKey = keyof typeof strings;

export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  const filled: Record<string, string | number> = { site: siteIdentity().name, ...values };
  return strings[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => String(filled[name] ?? placeholder));
}
