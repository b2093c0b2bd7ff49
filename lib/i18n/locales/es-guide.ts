import type { Message } from '../types';
import type { guide as english } from './en-guide';

/**
 * La página para las personas que acompañan (tú). Escrita con nuestras palabras a partir de las
 * fuentes del final; los títulos de las obras se quedan en su idioma original.
 */
export const guide: Record<keyof typeof english, Message> = {
  'guide.title': 'Para las personas que me acompañan',
  'guide.intro':
    'Alguien cercano a ti usa Steady y ha querido compartir esta página contigo. Aquí se cuenta qué hace Steady, qué significan sus pausas y algunas formas de ayudarle a recuperar la calma. Gracias por leerla.',
  'guide.what.heading': 'Qué es Steady',
  'guide.what.p1':
    'Steady es una pequeña extensión del navegador. La persona elige los sitios web y las palabras que suelen desestabilizarla y, cuando aparece alguno, Steady le ofrece una pausa corta con una práctica tranquila: fijarse en la habitación, sentir los pies en el suelo, unas cuantas respiraciones suaves.',
  'guide.what.p2': 'Todo se queda en su dispositivo. Steady no tiene cuentas, no envía nada y no le cuenta nada a nadie. Es una herramienta de autoayuda, no una terapia ni un servicio de crisis.',
  'guide.pauses.heading': 'Qué significan las pausas',
  'guide.pauses.p1':
    'Una pausa es algo que la persona preparó para sí misma, con antelación. Cuando aparece, es que algo en internet ha tocado un punto sensible, o simplemente le apetecía respirar un momento. No es una emergencia ni significa que sea frágil: darse cuenta de lo que pasa en el cuerpo y tomarse un momento es una habilidad, y la está usando.',
  'guide.pauses.p2': 'No hace falta que sepas qué hay en sus listas. Son suyas, y esta página las deja fuera a propósito.',
  'guide.help.heading': 'Cómo puedes ayudarle a recuperar la calma',
  'guide.help.p1':
    'Es más fácil calmarse al lado de alguien que está en calma. A esto a veces se le llama corregulación: nuestros cuerpos leen la voz, la cara y el ritmo de los demás, y una persona serena ayuda a que otro cuerpo se sienta lo bastante seguro como para serenarse también. No necesitas palabras especiales.',
  'guide.help.voice.lead': 'Una voz tranquila.',
  'guide.help.voice.text': 'Hablar un poco más bajo, más despacio y con más calidez de lo habitual ayuda más que las palabras exactas que elijas.',
  'guide.help.slow.lead': 'Ir más despacio, juntos.',
  'guide.help.slow.text': 'Puedes sentarte a su lado, bajar los hombros y dejar que tu propia respiración sea tranquila. No hace falta guiar su respiración; basta con un ritmo sereno a su lado.',
  'guide.help.touch.lead': 'Preguntar antes de tocar.',
  'guide.help.touch.text':
    'A algunas personas una mano en el hombro les calma; a otras el contacto puede traerles un recuerdo. Ayuda preguntar primero: «¿Te ayudaría un abrazo, o prefieres que simplemente me quede aquí contigo?». Sostener algo caliente, como una taza, es otra opción.',
  'guide.help.choices.lead': 'Ofrecer opciones, no instrucciones.',
  'guide.help.choices.text': 'Las elecciones pequeñas devuelven la sensación de control: «¿Quieres un poco de agua, o salir un rato?». Dejar que lleve la iniciativa también es ayudar.',
  'guide.help.there.lead': 'Estar, en lugar de arreglar.',
  'guide.help.there.text': 'Escuchar es suficiente. No tienes que resolver nada, encontrar la causa ni hacer que el sentimiento desaparezca.',
  'guide.help.steady.lead': 'Ser constante con el tiempo.',
  'guide.help.steady.text': 'La misma respuesta amable y tranquila, una y otra vez, es lo que reconstruye la confianza. Lo pequeño y fiable importa más que lo grande y ocasional.',
  'guide.help.after.lead': 'Preguntar después.',
  'guide.help.after.text': 'Cuando las cosas estén más tranquilas, puedes preguntarle qué le ayudó y qué no, y recordarlo para la próxima vez. Si tiene un plan para recuperar la calma, quizá quiera compartirlo contigo.',
  'guide.not.heading': 'Lo que no suele ayudar',
  'guide.not.details.lead': 'Pedir detalles.',
  'guide.not.details.text': 'Insistir en qué pasó o qué lo desencadenó puede hundir más a la persona en ello. Si quiere contártelo, lo hará.',
  'guide.not.calm.lead': 'Oír «cálmate» o «estás exagerando».',
  'guide.not.calm.text': 'Que te digan cómo sentirte casi nunca hace que te sientas mejor; puede sumar vergüenza al miedo.',
  'guide.not.deciding.lead': 'Decidir por la persona.',
  'guide.not.deciding.text': 'Tomar el control, quitarle el dispositivo o mirar sus ajustes le quita el control que le ayuda a recuperarse.',
  'guide.not.crowding.lead': 'Agobiar o levantar la voz.',
  'guide.not.crowding.text': 'Plantarse de pie delante de alguien, los movimientos bruscos y las voces altas pueden sentirse como una amenaza para un cuerpo en alerta.',
  'guide.not.personal.lead': 'Tomárselo como algo personal.',
  'guide.not.personal.text': 'Retirarse, estar irritable o quedarse en silencio suele ser un sistema nervioso que se protege, no un juicio sobre ti.',
  'guide.worried.heading': 'Si te preocupa su seguridad',
  'guide.worried.p1':
    'Steady no puede saber cuándo alguien está en peligro y no lo intenta. Si alguien puede estar en peligro inmediato, lo adecuado es llamar al número de emergencias local. findahelpline.com reúne líneas de ayuda gratuitas y confidenciales por país, y muchas también atienden a personas preocupadas por otra persona.',
  'guide.you.heading': 'Ayuda para ti',
  'guide.you.p1': 'Acompañar a alguien importa, y puede cansar. Tu propio descanso, tu propia gente y tus propios límites también cuentan; poner límites claros y amables es parte de ser alguien en quien confiar.',
  'guide.you.p2':
    'Puedes buscar un grupo de apoyo para familiares o personas cuidadoras, o hablar con una persona profesional de la psicología. Las líneas de findahelpline.com también están para quienes acompañan. Muchos servicios ofrecen además sesiones que ayudan a las familias a entender cómo se nota el trauma en el día a día.',
  'guide.sources.heading': 'De dónde sale esto',
  'guide.sources.note': 'Escrito con nuestras propias palabras a partir de estas fuentes. Han inspirado esta página; no respaldan a Steady.',
  'guide.source.herman': 'Herman, J. L. (1992). Trauma and Recovery. Basic Books: la recuperación sucede en las relaciones, no en el aislamiento.',
  'guide.source.olawunmi': 'Olawunmi, T. Relational Healing: The Social Foundations of Trauma Recovery. Arogi Trauma Care Foundation (artículo).',
  'guide.source.burdick': 'Burdick, O. Healing is Relational: Why Trauma Recovery Can’t Happen in Isolation (artículo).',
  'guide.source.sense-of-safety': 'El marco Sense of Safety, según lo resume Burdick: la seguridad sentida nace de relaciones sintonizadas que corregulan.',
  'guide.source.samhsa': 'SAMHSA (2014). SAMHSA’s Concept of Trauma and Guidance for a Trauma-Informed Approach (publicación HHS SMA 14-4884).',
  'guide.source.treleaven': 'Treleaven, D. A. (2018). Trauma-Sensitive Mindfulness. W. W. Norton (libro).',
  'guide.source.touch':
    'Dreisoerner, A. et al. (2021). A randomised trial of soothing touch under stress. Comprehensive Psychoneuroendocrinology. doi:10.1016/j.cpnec.2021.100091 (el contacto puede calmar; también puede traer recuerdos, por eso se ofrece y nunca se da por hecho).',
  'guide.source.chayn': 'Chayn. Principios de diseño sensible al trauma (seguridad, autonomía, privacidad, poder compartido). thecatalyst.org.uk',
  'guide.source.safety-planning': 'Gryglewicz, K. et al. (2024). Una revisión de apps de planes de seguridad. JMIR Mental Health. doi:10.2196/52763',
  'guide.source.helplines': 'findahelpline.com, un directorio de líneas de ayuda gratuitas y confidenciales por país (ThroughLine).',
};
