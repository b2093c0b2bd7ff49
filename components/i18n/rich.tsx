import type { ComponentChild } from 'preact';
import { t, type MessageKey } from '../../lib/i18n';

/**
 * A message with elements inside it (a link, a number to call): `{name}` placeholders whose values
 * are elements are put in place, so each language keeps its own word order around them.
 *   rich('help.call', { number: <a href={tel}>{phone}</a> })
 */
export function rich(key: MessageKey, values: Record<string, ComponentChild>): ComponentChild[] {
  const strings: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) if (typeof value === 'string' || typeof value === 'number') strings[name] = value;
  return t(key, strings)
    .split(/(\{\w+\})/)
    .filter((part) => part !== '')
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      return name && name in values ? values[name] : part;
    });
}
