import type { Message } from '../types';
import type { guide as english } from './en-guide';

/**
 * Die Seite für die Menschen, die unterstützen (du). In unseren eigenen Worten nach den Quellen am
 * Ende geschrieben; die Titel der Werke bleiben in ihrer Originalsprache.
 */
export const guide: Record<keyof typeof english, Message> = {
  'guide.title': 'Für die Menschen, die mich unterstützen',
  'guide.intro':
    'Jemand, der dir nahesteht, nutzt Steady und möchte diese Seite mit dir teilen. Hier steht, was Steady macht, was seine Pausen bedeuten und wie du helfen kannst, damit die Person wieder Halt findet. Danke, dass du sie liest.',
  'guide.what.heading': 'Was Steady ist',
  'guide.what.p1':
    'Steady ist eine kleine Browsererweiterung. Die Person wählt die Websites und die Wörter, die sie oft aus dem Gleichgewicht bringen, und wenn eines davon auftaucht, bietet Steady eine kurze Pause mit einer ruhigen Übung an: den Raum wahrnehmen, die Füße auf dem Boden spüren, ein paar leichte Atemzüge.',
  'guide.what.p2': 'Alles bleibt auf ihrem Gerät. Steady hat keine Konten, schickt nichts und erzählt niemandem etwas. Es ist ein Werkzeug zur Selbsthilfe, keine Therapie und kein Krisendienst.',
  'guide.pauses.heading': 'Was die Pausen bedeuten',
  'guide.pauses.p1':
    'Eine Pause hat sich die Person selbst eingerichtet, im Voraus. Wenn eine erscheint, hat etwas im Netz einen wunden Punkt berührt, oder sie wollte einfach kurz durchatmen. Das ist kein Notfall und heißt nicht, dass sie zerbrechlich ist: wahrzunehmen, was im Körper passiert, und sich einen Moment zu nehmen, ist eine Fähigkeit, und sie nutzt sie.',
  'guide.pauses.p2': 'Du musst nicht wissen, was auf ihren Listen steht. Die gehören ihr, und diese Seite lässt sie mit Absicht weg.',
  'guide.help.heading': 'Wie du helfen kannst, wieder Halt zu finden',
  'guide.help.p1':
    'Neben jemandem, der ruhig ist, kommt man leichter zur Ruhe. Das nennt man manchmal Co-Regulation: Unsere Körper lesen Stimme, Gesicht und Tempo der anderen, und ein gelassener Mensch hilft einem anderen Körper, sich sicher genug zu fühlen, um auch ruhiger zu werden. Besondere Worte brauchst du dafür nicht.',
  'guide.help.voice.lead': 'Eine ruhige Stimme.',
  'guide.help.voice.text': 'Etwas tiefer, langsamer und wärmer zu sprechen als sonst hilft mehr als die genauen Worte, die du wählst.',
  'guide.help.slow.lead': 'Gemeinsam langsamer werden.',
  'guide.help.slow.text': 'Du könntest dich daneben setzen, die Schultern sinken lassen und deinen eigenen Atem leicht werden lassen. Du musst ihren Atem nicht anleiten; ein ruhiges Tempo neben ihr genügt.',
  'guide.help.touch.lead': 'Fragen, bevor du berührst.',
  'guide.help.touch.text':
    'Manchen tut eine Hand auf der Schulter gut; bei anderen kann Berührung eine Erinnerung wachrufen. Es hilft, vorher zu fragen: „Würde dir eine Umarmung guttun, oder soll ich einfach hier bei dir sitzen?“ Etwas Warmes in den Händen zu halten, etwa eine Tasse, ist auch eine Möglichkeit.',
  'guide.help.choices.lead': 'Auswahl anbieten statt Anweisungen.',
  'guide.help.choices.text': 'Kleine Entscheidungen geben ein Gefühl von Kontrolle zurück: „Möchtest du ein Glas Wasser, oder sollen wir kurz rausgehen?“ Die Person führen zu lassen, ist Teil der Hilfe.',
  'guide.help.there.lead': 'Da sein statt reparieren.',
  'guide.help.there.text': 'Zuhören reicht. Du musst nichts lösen, keine Ursache finden und das Gefühl nicht wegmachen.',
  'guide.help.steady.lead': 'Auf Dauer verlässlich sein.',
  'guide.help.steady.text': 'Dieselbe freundliche, ruhige Antwort, immer wieder, ist der Weg, auf dem Vertrauen wieder wächst. Klein und verlässlich zählt mehr als groß und selten.',
  'guide.help.after.lead': 'Hinterher nachfragen.',
  'guide.help.after.text': 'Wenn es ruhiger geworden ist, könntest du fragen, was geholfen hat und was nicht, und es dir fürs nächste Mal merken. Wenn die Person einen Plan für schwere Momente hat, teilt sie ihn vielleicht mit dir.',
  'guide.not.heading': 'Was eher nicht hilft',
  'guide.not.details.lead': 'Nach Einzelheiten fragen.',
  'guide.not.details.text': 'Nachzubohren, was passiert ist oder was es ausgelöst hat, kann jemanden noch tiefer hineinziehen. Wenn die Person es dir erzählen möchte, wird sie es tun.',
  'guide.not.calm.lead': '„Beruhig dich“ oder „Du übertreibst“ hören.',
  'guide.not.calm.text': 'Gesagt zu bekommen, wie man sich fühlen soll, hilft kaum jemandem, sich besser zu fühlen; es kann zur Angst noch Scham dazugeben.',
  'guide.not.deciding.lead': 'Für die Person entscheiden.',
  'guide.not.deciding.text': 'Alles in die Hand zu nehmen, ihr das Gerät wegzunehmen oder ihre Einstellungen durchzusehen nimmt ihr genau die Kontrolle, die ihr beim Heilen hilft.',
  'guide.not.crowding.lead': 'Zu nah kommen oder laut werden.',
  'guide.not.crowding.text': 'Sich über jemanden zu stellen, plötzliche Bewegungen und laute Stimmen können sich für einen Körper in Alarmbereitschaft wie eine Bedrohung anfühlen.',
  'guide.not.personal.lead': 'Es persönlich nehmen.',
  'guide.not.personal.text': 'Rückzug, Gereiztheit oder Verstummen sind oft ein Nervensystem, das sich schützt, kein Urteil über dich.',
  'guide.worried.heading': 'Wenn du dir Sorgen um ihre Sicherheit machst',
  'guide.worried.p1':
    'Steady kann nicht erkennen, ob jemand in Gefahr ist, und versucht es auch nicht. Wenn jemand in unmittelbarer Gefahr sein könnte, ist der örtliche Notruf der richtige Anruf. findahelpline.com listet kostenlose, vertrauliche Hilfsangebote nach Land auf, und viele davon sprechen auch mit Menschen, die sich um jemand anderen sorgen.',
  'guide.you.heading': 'Hilfe für dich',
  'guide.you.p1': 'Jemanden zu unterstützen ist wichtig, und es kann müde machen. Deine eigene Erholung, deine eigenen Menschen und deine eigenen Grenzen zählen auch; freundliche, klare Grenzen gehören dazu, verlässlich zu sein.',
  'guide.you.p2':
    'Du könntest dir eine Gruppe für Angehörige suchen oder mit einer Beratungsstelle sprechen. Die Hilfsangebote auf findahelpline.com sind auch für Unterstützende da. Viele Stellen bieten außerdem Termine an, in denen Familien verstehen lernen, wie sich Trauma im Alltag zeigt.',
  'guide.sources.heading': 'Woher das kommt',
  'guide.sources.note': 'In unseren eigenen Worten nach diesen Quellen geschrieben. Sie liegen dieser Seite zugrunde; sie empfehlen Steady nicht.',
  'guide.source.herman': 'Herman, J. L. (1992). Trauma and Recovery. Basic Books (deutsch: Die Narben der Gewalt): Heilung geschieht in Beziehungen, nicht in Isolation.',
  'guide.source.olawunmi': 'Olawunmi, T. Relational Healing: The Social Foundations of Trauma Recovery. Arogi Trauma Care Foundation (Artikel).',
  'guide.source.burdick': 'Burdick, O. Healing is Relational: Why Trauma Recovery Can’t Happen in Isolation (Artikel).',
  'guide.source.sense-of-safety': 'Das Sense-of-Safety-Modell, wie Burdick es zusammenfasst: Gefühlte Sicherheit wächst aus eingestimmten, co-regulierenden Beziehungen.',
  'guide.source.samhsa': 'SAMHSA (2014). SAMHSA’s Concept of Trauma and Guidance for a Trauma-Informed Approach (HHS-Veröffentlichung SMA 14-4884).',
  'guide.source.treleaven': 'Treleaven, D. A. (2018). Trauma-Sensitive Mindfulness. W. W. Norton (Buch).',
  'guide.source.touch':
    'Dreisoerner, A. et al. (2021). A randomised trial of soothing touch under stress. Comprehensive Psychoneuroendocrinology. doi:10.1016/j.cpnec.2021.100091 (Berührung kann beruhigen; sie kann auch erinnern, darum wird sie angeboten, nie vorausgesetzt).',
  'guide.source.chayn': 'Chayn. Grundsätze für traumasensibles Design (Sicherheit, Selbstbestimmung, Privatsphäre, geteilte Macht). thecatalyst.org.uk',
  'guide.source.safety-planning': 'Gryglewicz, K. et al. (2024). Ein Überblick über Apps für Krisenpläne. JMIR Mental Health. doi:10.2196/52763',
  'guide.source.helplines': 'findahelpline.com, ein Verzeichnis kostenloser, vertraulicher Hilfsangebote nach Land (ThroughLine).',
};
