/**
 * "For the people who support me": a page the person may open, print or save for a partner, friend
 * or family member. Written in Steady's own words from the sources listed at the end (see
 * shared/research/ and the two articles Steady grew from). It holds nothing of the person's own
 * settings: no sites, no words, no names.
 *
 * All of its text lives here, in one place, for translation.
 */

export interface GuideSection {
  id: string;
  heading: string;
  paragraphs?: readonly string[];
  /** Points, each a short lead and its explanation. */
  points?: ReadonlyArray<{ lead: string; text: string; source?: readonly string[] }>;
}

export interface GuideSource {
  id: string;
  text: string;
}

export const GUIDE_TITLE = 'For the people who support me';
export const GUIDE_INTRO =
  'Someone close to you uses Steady and chose to share this page with you. It says what Steady does, what its pauses mean, and a few ways you can help them feel steady again. Thank you for reading it.';

export const GUIDE_SECTIONS: readonly GuideSection[] = [
  {
    id: 'what',
    heading: 'What Steady is',
    paragraphs: [
      'Steady is a small browser extension. The person chooses the websites and the words that tend to knock them off balance, and when one comes up, Steady offers a short pause with a calm practice: noticing the room, feeling their feet on the floor, a few easy breaths.',
      'Everything stays on their device. Steady has no accounts, sends nothing and tells no one anything. It is a self-help tool, not therapy and not a crisis service.',
    ],
  },
  {
    id: 'pauses',
    heading: 'What the pauses mean',
    paragraphs: [
      'A pause is something the person set up for themselves, ahead of time. When one appears, something online touched a sore spot, or they simply wanted a breath. It is not an emergency, and it does not mean they are fragile: noticing what is happening in the body and taking a moment is a skill, and they are using it.',
      'You do not need to know what their lists hold. Those are theirs, and this page leaves them out on purpose.',
    ],
  },
  {
    id: 'help',
    heading: 'How you can help them steady themselves',
    paragraphs: [
      'People calm down more easily next to someone who is calm. This is sometimes called co-regulation: our bodies read each other’s voice, face and pace, and a settled person helps another body feel safe enough to settle too. You do not need special words for it.',
    ],
    points: [
      { lead: 'A calm voice.', text: 'Speaking a little lower, slower and warmer than usual helps more than the exact words you choose.', source: ['sense-of-safety', 'burdick'] },
      { lead: 'Slowing down together.', text: 'You could sit beside them, lower your shoulders, and let your own breathing be easy. There is no need to coach their breath; a steady pace next to them is enough.', source: ['burdick', 'treleaven'] },
      { lead: 'Asking before touching.', text: 'For some people a hand on the shoulder is soothing; for others touch can bring back a memory. It helps to ask first: “Would a hug help, or would you rather I just sat here?” Holding something warm, like a mug, is another option.', source: ['touch', 'treleaven'] },
      { lead: 'Offering choices, not instructions.', text: 'Small choices give back a sense of control: “Would you like some water, or to step outside for a bit?” Letting them lead is part of the help.', source: ['samhsa', 'treleaven'] },
      { lead: 'Being there rather than fixing.', text: 'Listening is enough. You do not have to solve anything, find the cause, or make the feeling go away.', source: ['olawunmi', 'herman'] },
      { lead: 'Being steady over time.', text: 'The same kind, calm response, again and again, is how trust is rebuilt. Small and reliable matters more than big and rare.', source: ['burdick', 'herman'] },
      { lead: 'Asking afterwards.', text: 'Once things are calmer, you could ask what helped and what did not, and remember it for next time. If they have a steadying plan, they may choose to share it with you.', source: ['safety-planning'] },
    ],
  },
  {
    id: 'not',
    heading: 'What tends not to help',
    points: [
      { lead: 'Asking for details.', text: 'Pressing for what happened, or what set it off, can pull someone further into it. If they want to tell you, they will.', source: ['treleaven'] },
      { lead: 'Hearing “calm down” or “you’re overreacting”.', text: 'Being told how to feel rarely helps anyone feel better; it can add shame to fear.', source: ['samhsa'] },
      { lead: 'Deciding for them.', text: 'Taking over, taking the device away or looking through their settings takes away the control that helps them recover.', source: ['samhsa', 'chayn'] },
      { lead: 'Crowding or raising your voice.', text: 'Standing over someone, sudden movement and loud voices can feel like threat to a body on alert.', source: ['sense-of-safety'] },
      { lead: 'Taking it personally.', text: 'Withdrawal, irritability or going quiet are often a nervous system protecting itself, not a verdict on you.', source: ['olawunmi'] },
    ],
  },
  {
    id: 'worried',
    heading: 'If you are worried about their safety',
    paragraphs: [
      'Steady cannot tell when someone is in danger and does not try to. If someone may be in immediate danger, the local emergency number is the right call. findahelpline.com lists free, confidential helplines by country, and many of them also talk with people who are worried about someone else.',
    ],
  },
  {
    id: 'you',
    heading: 'Help for you',
    paragraphs: [
      'Supporting someone matters, and it can be tiring. Your own rest, your own people and your own limits count too; kind, clear boundaries are part of being reliable.',
      'You could look for a carers’ or family support group, or talk with a counsellor. The helplines on findahelpline.com are there for supporters as well. Many services also offer sessions that help families understand how trauma shows up in everyday life.',
    ],
  },
];

export const GUIDE_SOURCES_HEADING = 'Where this comes from';
export const GUIDE_SOURCES_NOTE = 'Written in our own words from these sources. They inform this page; they do not endorse Steady.';

export const GUIDE_SOURCES: readonly GuideSource[] = [
  { id: 'herman', text: 'Herman, J. L. (1992). Trauma and Recovery. Basic Books: recovery takes place within relationships, not in isolation.' },
  { id: 'olawunmi', text: 'Olawunmi, T. Relational Healing: The Social Foundations of Trauma Recovery. Arogi Trauma Care Foundation (article).' },
  { id: 'burdick', text: 'Burdick, O. Healing is Relational: Why Trauma Recovery Can’t Happen in Isolation (article).' },
  { id: 'sense-of-safety', text: 'The Sense of Safety framework, as summarised by Burdick: felt safety grows from attuned, co-regulating relationships.' },
  { id: 'samhsa', text: 'SAMHSA (2014). SAMHSA’s Concept of Trauma and Guidance for a Trauma-Informed Approach (HHS Publication SMA 14-4884).' },
  { id: 'treleaven', text: 'Treleaven, D. A. (2018). Trauma-Sensitive Mindfulness. W. W. Norton.' },
  { id: 'touch', text: 'Dreisoerner, A. et al. (2021). A randomised trial of soothing touch under stress. Comprehensive Psychoneuroendocrinology. doi:10.1016/j.cpnec.2021.100091 (touch can soothe; it can also remind, so it is offered, never assumed).' },
  { id: 'chayn', text: 'Chayn. Trauma-informed design principles (safety, agency, privacy, power-sharing). thecatalyst.org.uk' },
  { id: 'safety-planning', text: 'Gryglewicz, K. et al. (2024). A review of safety-planning apps. JMIR Mental Health. doi:10.2196/52763' },
  { id: 'helplines', text: 'findahelpline.com, a directory of free, confidential helplines by country (ThroughLine).' },
];

/** Every line of the page, for the wording check. */
export function guideLines(): string[] {
  return [
    GUIDE_INTRO,
    ...GUIDE_SECTIONS.flatMap((s) => [s.heading, ...(s.paragraphs ?? []), ...(s.points ?? []).flatMap((p) => [p.lead, p.text])]),
  ];
}
