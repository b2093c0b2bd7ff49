import type { ExerciseText } from '../catalogue';

/** The pause card's three short practices. */
export const practices: Record<string, ExerciseText> = {
  'look-around': {
    choiceLabel: 'Sich umschauen',
    title: 'Umschauen',
    summary: 'Deine Augen bei dem, was um dich herum ist, und ein paar Dinge, die du siehst.',
    steps: [
      'Du kannst jederzeit aufhören. Wenn du magst, lass deinen Blick langsam durch den Raum wandern, wo immer du gerade bist.',
      'Vielleicht nennst du drei Dinge, die du siehst, leise oder laut. Farben und Formen zählen auch.',
      'Du bist hier, jetzt. Vielleicht magst du das einen Moment wirken lassen.',
    ],
    caution: 'Wenn dich das Umschauen wachsamer macht, kann dein Blick auch auf einer einzigen ruhigen Sache bleiben.',
    alternative: 'Du könntest stattdessen lauschen und zwei oder drei Geräusche nennen, die du hörst.',
    source: 'Orientierung, aus Somatic Experiencing (Peter Levine; Payne, Levine & Crane-Godreau 2015).',
    evidence: 'Vorläufige Belege für Somatic Experiencing (Übersicht von Kuhfuß et al. 2021); diese Kurzform ist nicht untersucht.',
  },
  'feet-on-floor': {
    choiceLabel: 'Füße auf dem Boden',
    title: 'Füße auf dem Boden',
    summary: 'Ein Moment, in dem du spürst, was dich trägt.',
    steps: [
      'Du kannst aufhören, wann immer du möchtest. Im Sitzen, Stehen oder Liegen geht es gleich gut.',
      'Wenn es sich gut anfühlt, könntest du die Füße sanft in den Boden drücken und wieder loslassen. Oder deine Hände drücken gegen etwas Festes.',
      'Vielleicht spürst du, was dich gerade trägt.',
    ],
    caution: 'Leichter Druck reicht. Wenn du deine Füße schwer spürst oder schlecht erreichst, können die Hände alles übernehmen.',
    alternative: 'Du könntest etwas mit deutlicher Oberfläche in die Hand nehmen, einen Schlüssel oder einen glatten Stein, und sein Gewicht spüren.',
    source: 'Erdung in der Sensomotorischen Psychotherapie (Ogden, Minton & Pain 2006) und in Seeking Safety (Najavits 2002).',
    evidence: 'Eine in der Praxis weit verbreitete Erdungsübung; diese Kurzform ist nicht untersucht.',
  },
  'three-breaths': {
    choiceLabel: 'Drei langsame Atemzüge',
    title: 'Drei langsame Atemzüge',
    summary: 'Drei ruhige Atemzüge mit dem Kreis, ein und langsam aus, ohne Anhalten.',
    steps: ['Du kannst jederzeit aufhören. Wenn es sich gut anfühlt, atme mit dem Kreis, ohne die Luft anzuhalten.'],
    caution: 'Wenn dir schwindlig wird oder dich das Achten auf den Atem anspannt, kannst du aufhören und so atmen, wie du willst.',
    alternative: 'Du könntest dich umschauen, drei Dinge nennen, die du siehst, und den Atem einfach machen lassen.',
    source: 'Langsames Atmen als Angebot, wie im traumasensiblen Yoga (Emerson & Hopper 2011).',
    evidence: 'Zu langsamem Atmen gibt es kleine Studien mit gesunden Erwachsenen (Balban et al. 2023); drei Atemzüge allein sind nicht untersucht.',
  },
};
