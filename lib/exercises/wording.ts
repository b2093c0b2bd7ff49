/**
 * A small check for Steady's writing rule "invitations, not commands" (DESIGN.md rule 4). It finds
 * sentences that open with a bare instruction ("Listen instead…", "Stop if…", "When you are ready,
 * let your hands rest."), so the content tests can flag them. It is a reader's aid, not a grammar:
 * a short list of verbs that people are told to do in exercises, checked at the start of each
 * sentence and after a leading "when…," / "then" / "or" clause.
 */

/** Verbs that read as an order when a sentence opens with them. */
export const COMMAND_VERBS = [
  'avoid', 'be', 'breathe', 'bring', 'call', 'calm', 'choose', 'close', 'count', 'cross', 'do', "don't", 'ease', 'feel',
  'find', 'finish', 'focus', 'give', 'go', 'hold', 'hum', 'imagine', 'keep', 'lean', 'leave', 'let', 'lift', 'listen',
  'look', 'make', 'move', 'name', 'never', 'notice', 'offer', 'open', 'pair', 'picture', 'place', 'play', 'press', 'push',
  'put', 'read', 'relax', 'remember', 'rest', 'return', 'roll', 'say', 'sit', 'skip', 'stand', 'stay', 'stop', 'sway',
  'take', 'tap', 'think', 'tip', 'try', 'turn', 'use', 'visit', 'wait', 'wiggle', 'write',
] as const;

/**
 * Openings that make the rest of the sentence an invitation. "Feel free" is here because it grants
 * rather than asks; "If you like" and its kin hand the choice to the person before anything else.
 */
export const INVITATION_OPENINGS = [
  'you could', 'you might', 'you can', 'perhaps', 'maybe', 'if you like', 'if you want', 'if you wish', 'if it feels okay',
  'if it feels right', 'if it suits you', 'if that feels okay', 'feel free',
] as const;

/**
 * What can come before a command without softening it: a short adverbial clause and its comma
 * ("When you are ready, let go.", "Sitting down, press…"), or a joining word ("Then press…").
 */
const LEADING_CLAUSE =
  /^(?:(?:when|whenever|once|as|if|only if|wherever|after|before|until|from|for|in|on|at|with|without|while|sitting|standing|lying|slowly|gently|softly|now|then|afterwards|finally|next|first)\b[^,:;]{0,60},\s*|(?:and|or|then|now|so)\s+)/i;

const VERBS = new Set<string>(COMMAND_VERBS);

/**
 * Sentences as a reader meets them: split after . ! ? (and a closing quote) where a capital letter
 * follows, so quoted speech (“I’m here.” “Take your time.”) stays inside the sentence that frames it.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?][”"’]?)\s+(?=[A-Z0-9])/)
    .map((s) => s.trim().replace(/^[“"‘]/, ''))
    .filter(Boolean);
}

const firstWord = (s: string) => (s.match(/^[A-Za-z’']+/)?.[0] ?? '').toLowerCase().replace('’', "'");
const opensWith = (s: string, phrases: readonly string[]) => phrases.some((p) => s.toLowerCase().startsWith(p));

/** The sentences of `text` that open with a bare command; [] when every one is an invitation. */
export function bareCommands(text: string): string[] {
  return sentences(text).filter((sentence) => {
    let rest = sentence;
    for (let i = 0; i < 3; i++) {
      if (opensWith(rest, INVITATION_OPENINGS)) return false;
      if (VERBS.has(firstWord(rest))) return true;
      const stripped = rest.replace(LEADING_CLAUSE, '');
      if (stripped === rest) return false;
      rest = stripped;
    }
    return false;
  });
}
