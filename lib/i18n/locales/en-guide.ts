/**
 * The page for the people who support the person (lib/supporters/guide.ts gives its shape), in
 * English. Written in Steady's own words from the sources listed at its end. Spread into
 * en-messages.ts; es-guide.ts and de-guide.ts have exactly these keys.
 */
export const guide = {
  'guide.title': 'For the people who support me',
  'guide.intro':
    'Someone close to you uses Steady and chose to share this page with you. It says what Steady does, what its pauses mean, and a few ways you can help them feel steady again. Thank you for reading it.',
  'guide.what.heading': 'What Steady is',
  'guide.what.p1':
    'Steady is a small browser extension. The person chooses the websites and the words that tend to knock them off balance, and when one comes up, Steady offers a short pause with a calm practice: noticing the room, feeling their feet on the floor, a few easy breaths.',
  'guide.what.p2': 'Everything stays on their device. Steady has no accounts, sends nothing and tells no one anything. It is a self-help tool, not therapy and not a crisis service.',
  'guide.pauses.heading': 'What the pauses mean',
  'guide.pauses.p1':
    'A pause is something the person set up for themselves, ahead of time. When one appears, something online touched a sore spot, or they simply wanted a breath. It is not an emergency, and it does not mean they are fragile: noticing what is happening in the body and taking a moment is a skill, and they are using it.',
  'guide.pauses.p2': 'You do not need to know what their lists hold. Those are theirs, and this page leaves them out on purpose.',
  'guide.help.heading': 'How you can help them steady themselves',
  'guide.help.p1':
    'People calm down more easily next to someone who is calm. This is sometimes called co-regulation: our bodies read each other’s voice, face and pace, and a settled person helps another body feel safe enough to settle too. You do not need special words for it.',
  'guide.help.voice.lead': 'A calm voice.',
  'guide.help.voice.text': 'Speaking a little lower, slower and warmer than usual helps more than the exact words you choose.',
  'guide.help.slow.lead': 'Slowing down together.',
  'guide.help.slow.text': 'You could sit beside them, lower your shoulders, and let your own breathing be easy. There is no need to coach their breath; a steady pace next to them is enough.',
  'guide.help.touch.lead': 'Asking before touching.',
  'guide.help.touch.text':
    'For some people a hand on the shoulder is soothing; for others touch can bring back a memory. It helps to ask first: “Would a hug help, or would you rather I just sat here?” Holding something warm, like a mug, is another option.',
  'guide.help.choices.lead': 'Offering choices, not instructions.',
  'guide.help.choices.text': 'Small choices give back a sense of control: “Would you like some water, or to step outside for a bit?” Letting them lead is part of the help.',
  'guide.help.there.lead': 'Being there rather than fixing.',
  'guide.help.there.text': 'Listening is enough. You do not have to solve anything, find the cause, or make the feeling go away.',
  'guide.help.steady.lead': 'Being steady over time.',
  'guide.help.steady.text': 'The same kind, calm response, again and again, is how trust is rebuilt. Small and reliable matters more than big and rare.',
  'guide.help.after.lead': 'Asking afterwards.',
  'guide.help.after.text': 'Once things are calmer, you could ask what helped and what did not, and remember it for next time. If they have a steadying plan, they may choose to share it with you.',
  'guide.not.heading': 'What tends not to help',
  'guide.not.details.lead': 'Asking for details.',
  'guide.not.details.text': 'Pressing for what happened, or what set it off, can pull someone further into it. If they want to tell you, they will.',
  'guide.not.calm.lead': 'Hearing “calm down” or “you’re overreacting”.',
  'guide.not.calm.text': 'Being told how to feel rarely helps anyone feel better; it can add shame to fear.',
  'guide.not.deciding.lead': 'Deciding for them.',
  'guide.not.deciding.text': 'Taking over, taking the device away or looking through their settings takes away the control that helps them recover.',
  'guide.not.crowding.lead': 'Crowding or raising your voice.',
  'guide.not.crowding.text': 'Standing over someone, sudden movement and loud voices can feel like threat to a body on alert.',
  'guide.not.personal.lead': 'Taking it personally.',
  'guide.not.personal.text': 'Withdrawal, irritability or going quiet are often a nervous system protecting itself, not a verdict on you.',
  'guide.worried.heading': 'If you are worried about their safety',
  'guide.worried.p1':
    'Steady cannot tell when someone is in danger and does not try to. If someone may be in immediate danger, the local emergency number is the right call. findahelpline.com lists free, confidential helplines by country, and many of them also talk with people who are worried about someone else.',
  'guide.you.heading': 'Help for you',
  'guide.you.p1': 'Supporting someone matters, and it can be tiring. Your own rest, your own people and your own limits count too; kind, clear boundaries are part of being reliable.',
  'guide.you.p2':
    'You could look for a carers’ or family support group, or talk with a counsellor. The helplines on findahelpline.com are there for supporters as well. Many services also offer sessions that help families understand how trauma shows up in everyday life.',
  'guide.sources.heading': 'Where this comes from',
  'guide.sources.note': 'Written in our own words from these sources. They inform this page; they do not endorse Steady.',
  'guide.source.herman': 'Herman, J. L. (1992). Trauma and Recovery. Basic Books: recovery takes place within relationships, not in isolation.',
  'guide.source.olawunmi': 'Olawunmi, T. Relational Healing: The Social Foundations of Trauma Recovery. Arogi Trauma Care Foundation (article).',
  'guide.source.burdick': 'Burdick, O. Healing is Relational: Why Trauma Recovery Can’t Happen in Isolation (article).',
  'guide.source.sense-of-safety': 'The Sense of Safety framework, as summarised by Burdick: felt safety grows from attuned, co-regulating relationships.',
  'guide.source.samhsa': 'SAMHSA (2014). SAMHSA’s Concept of Trauma and Guidance for a Trauma-Informed Approach (HHS Publication SMA 14-4884).',
  'guide.source.treleaven': 'Treleaven, D. A. (2018). Trauma-Sensitive Mindfulness. W. W. Norton.',
  'guide.source.touch':
    'Dreisoerner, A. et al. (2021). A randomised trial of soothing touch under stress. Comprehensive Psychoneuroendocrinology. doi:10.1016/j.cpnec.2021.100091 (touch can soothe; it can also remind, so it is offered, never assumed).',
  'guide.source.chayn': 'Chayn. Trauma-informed design principles (safety, agency, privacy, power-sharing). thecatalyst.org.uk',
  'guide.source.safety-planning': 'Gryglewicz, K. et al. (2024). A review of safety-planning apps. JMIR Mental Health. doi:10.2196/52763',
  'guide.source.helplines': 'findahelpline.com, a directory of free, confidential helplines by country (ThroughLine).',
} as const;
