import type { Message, Values } from './types';

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
const cached = <T>(map: Map<string, T>, locale: string, make: () => T): T => {
  let value = map.get(locale);
  if (!value) map.set(locale, (value = make()));
  return value;
};

/**
 * One message in words: the plural form for `values.count` (Intl.PluralRules of the locale), then
 * every `{name}` replaced. A name without a value stays as written, so a mistake shows instead of
 * vanishing; numbers are written the locale's way (1.000 in German, 1000 in Spanish).
 */
export function formatMessage(locale: string, message: Message, values: Values = {}): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(values.count ?? 0);
    const category = cached(rules, locale, () => new Intl.PluralRules(locale)).select(count);
    text = message[category] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(value) : value;
  });
}
