import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { linkWithMessage, messageCarrier } from '../../lib/people/ready-message';
import { PersonSchema, READY_MESSAGE_MAX } from '../../lib/prefs/schema';

const message = 'Could you call me when you have a minute? It’s a hard day & I’d like to hear you.';
const encoded = encodeURIComponent(message);

describe('a ready message in the person’s link', () => {
  it('fills an sms: and a mailto: body, keeping what else the link says', () => {
    expect(linkWithMessage('sms:+15550100', message)).toBe(`sms:+15550100?body=${encoded}`);
    expect(linkWithMessage('sms:+15550100?body=old', message)).toBe(`sms:+15550100?body=${encoded}`);
    expect(linkWithMessage('mailto:sam@example.org', message)).toBe(`mailto:sam@example.org?body=${encoded}`);
    expect(linkWithMessage('mailto:sam@example.org?subject=Hi', message)).toBe(`mailto:sam@example.org?subject=Hi&body=${encoded}`);
  });

  it('fills the text of WhatsApp and Telegram links, which take one', () => {
    const wa = new URL(linkWithMessage('https://wa.me/441234567890', message));
    expect([wa.origin + wa.pathname, wa.searchParams.get('text')]).toEqual(['https://wa.me/441234567890', message]);
    expect(new URL(linkWithMessage('https://api.whatsapp.com/send?phone=441234567890', message)).searchParams.get('text')).toBe(message);
    expect(new URL(linkWithMessage('https://t.me/sam_friend', message)).searchParams.get('text')).toBe(message);
    expect(new URL(linkWithMessage('https://t.me/+441234567890', message)).searchParams.get('text')).toBe(message);
  });

  it('leaves a call and links that cannot carry words as they are', () => {
    for (const link of ['tel:+441234567890', 'https://signal.me/#p/+15550100', 'https://clinic.example/contact', 'https://t.me/share/url?url=x', 'https://wa.me/message/ABC']) {
      expect(messageCarrier(link), link).toBeNull();
      expect(linkWithMessage(link, message), link).toBe(link);
    }
  });

  it('a link with no message, or only spaces, is unchanged', () => {
    expect(linkWithMessage('sms:+15550100', undefined)).toBe('sms:+15550100');
    expect(linkWithMessage('sms:+15550100', '   ')).toBe('sms:+15550100');
  });

  it('the filled link is still one Steady would save (tel:, sms:, mailto: or https:)', () => {
    for (const link of ['sms:+15550100', 'mailto:sam@example.org', 'https://wa.me/441234567890']) {
      expect(v.is(PersonSchema.entries.link, linkWithMessage(link, message)), link).toBe(true);
    }
  });

  it('a person’s ready message is optional and at most a text message long', () => {
    const sam = { id: 'sam', name: 'Sam', link: 'sms:+15550100' };
    expect(v.is(PersonSchema, sam)).toBe(true);
    expect(v.is(PersonSchema, { ...sam, message })).toBe(true);
    expect(v.is(PersonSchema, { ...sam, message: 'a'.repeat(READY_MESSAGE_MAX + 1) })).toBe(false);
  });
});
