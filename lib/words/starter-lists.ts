/**
 * Optional starting points for word lists. The options page shows only each list's name until the
 * person asks to see the words, so nobody meets them by surprise. Whole words by default; a
 * trailing * also matches longer forms (injur* → injury, injured).
 */
export interface StarterList {
  id: string;
  name: string;
  words: readonly string[];
}

export const STARTER_LISTS: readonly StarterList[] = [
  {
    id: 'medical',
    name: 'Hospitals and medical care',
    words: ['hospital*', 'intensive care', 'icu', 'ambulance*', 'emergency room', 'surgery', 'surgeries', 'operating theatre', 'ventilator*', 'resuscitat*', 'life support', 'diagnos*', 'chemotherapy', 'terminal illness', 'injur*'],
  },
  {
    id: 'violence',
    name: 'Violence and weapons',
    words: ['assault*', 'attack*', 'stabbing', 'stabbed', 'shooting', 'shot dead', 'gunman', 'gunfire', 'weapon*', 'beaten', 'violent*', 'violence', 'murder*', 'homicide'],
  },
  {
    id: 'self-harm',
    name: 'Self-harm and suicide',
    words: ['suicid*', 'self-harm*', 'self harm*', 'overdos*', 'took their own life', 'take my own life', 'kill myself', 'cutting myself'],
  },
  {
    id: 'sexual-violence',
    name: 'Sexual violence',
    words: ['rape*', 'raping', 'sexual assault*', 'sexual abuse', 'molest*', 'groping', 'groped', 'non-consensual'],
  },
  {
    id: 'abuse',
    name: 'Abuse and neglect',
    words: ['abuse*', 'abusive', 'abusing', 'domestic violence', 'child abuse', 'neglect*', 'coercive control', 'gaslight*'],
  },
  {
    id: 'crashes',
    name: 'Car crashes and accidents',
    words: ['car crash*', 'car accident*', 'collision*', 'pile-up', 'fatal crash', 'hit-and-run', 'run over'],
  },
  {
    id: 'pregnancy-loss',
    name: 'Pregnancy and baby loss',
    words: ['miscarriage*', 'miscarried', 'stillbirth*', 'stillborn', 'pregnancy loss', 'baby loss', 'infant loss', 'ectopic'],
  },
  {
    id: 'disasters',
    name: 'War and disasters',
    words: ['war', 'airstrike*', 'bombing*', 'explosion*', 'earthquake*', 'wildfire*', 'flood*', 'casualties', 'death toll', 'evacuat*'],
  },
];
