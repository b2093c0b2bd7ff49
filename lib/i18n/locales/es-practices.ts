import type { ExerciseText } from '../catalogue';

/** The pause card's three short practices. */
export const practices: Record<string, ExerciseText> = {
  'look-around': {
    choiceLabel: 'Mirar a tu alrededor',
    title: 'Mirar alrededor',
    summary: 'Tus ojos en lo que te rodea, nombrando algunas cosas que ves.',
    steps: [
      'Puedes parar cuando quieras. Si te apetece, deja que tus ojos recorran despacio lo que tienes alrededor, estés donde estés.',
      'Quizá puedas nombrar tres cosas que ves, en silencio o en voz alta. Los colores y las formas también cuentan.',
      'Estás aquí, ahora. Si quieres, date un momento para notarlo.',
    ],
    caution: 'Si mirar alrededor te pone más en alerta, tus ojos pueden descansar en una sola cosa tranquila.',
    alternative: 'También puedes escuchar y nombrar dos o tres sonidos que oigas.',
    source: 'Orientación, de Somatic Experiencing (Peter Levine; Payne, Levine y Crane-Godreau 2015).',
    evidence: 'Evidencia preliminar sobre Somatic Experiencing (revisión de Kuhfuß et al. 2021); esta forma breve no se ha estudiado.',
  },
  'feet-on-floor': {
    choiceLabel: 'Pies en el suelo',
    title: 'Pies en el suelo',
    summary: 'Un momento para apoyarte en lo que te sostiene.',
    steps: [
      'Puedes parar cuando quieras. Vale sentado, de pie o tumbado.',
      'Si te parece bien, puedes apretar los pies con suavidad contra el suelo y luego soltar. También puedes apoyar las manos en algo firme.',
      'Quizá notes qué te está sosteniendo ahora mismo.',
    ],
    caution: 'Basta con apretar un poco. Si te cuesta sentir o alcanzar los pies, las manos pueden hacerlo todo.',
    alternative: 'Puedes sostener algo con una textura clara, como una llave o una piedra lisa, y notar su peso.',
    source: 'Anclaje (grounding) en la psicoterapia sensoriomotriz (Ogden, Minton y Pain 2006) y en Seeking Safety (Najavits 2002).',
    evidence: 'Una técnica de anclaje muy usada en la clínica; esta forma breve no se ha estudiado.',
  },
  'three-breaths': {
    choiceLabel: 'Tres respiraciones lentas',
    title: 'Tres respiraciones lentas',
    summary: 'Tres respiraciones tranquilas con el círculo, tomar aire y soltarlo despacio, sin retener.',
    steps: ['Puedes parar en cualquier momento. Si te parece bien, respira al ritmo del círculo, sin retener el aire.'],
    caution: 'Si te mareas, o fijarte en la respiración te tensa, puedes parar y respirar a tu manera.',
    alternative: 'Puedes mirar a tu alrededor, nombrar tres cosas que veas y dejar que la respiración vaya a su aire.',
    source: 'Respiración lenta ofrecida como opción, como en el yoga sensible al trauma (Emerson y Hopper 2011).',
    evidence: 'La respiración lenta tiene estudios pequeños en adultos sanos (Balban et al. 2023); tres respiraciones solas no se han estudiado.',
  },
};
