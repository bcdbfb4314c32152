/**
 * UI strings. They live in src/site/i18n/zh-CN.json as flat keys; `{name}`
 * placeholders are filled from `values`, and `{site}` with the configured
 * site name (see identity.ts).
 */
import strings from '../i18n/zh-CN.json' with { type: 'json' };
import { siteIdentity } from './identity.ts';

export type UiKey = keyof typeof strings;

export function t(key: UiKey, values: Record<string, string | number> = {}): string {
  return strings[key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    // The site name is looked up only where a string names it: reading the environment on every
    // call was ~1 s of a 1,000-issue build (every page calls t() dozens of times).
    const value = values[name] ?? (name === 'site' ? siteIdentity().name : undefined);
    return value === undefined ? placeholder : String(value);
  });
}
