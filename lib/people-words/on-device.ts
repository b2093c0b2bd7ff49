import { wordsStorageOnDevice } from './idb-storage';
import { createPeopleWords, type PeopleWords } from './words';

/** The device's words from my people, to keep, check and erase (Steady's own pages). */
export const peopleWordsOnDevice = (): PeopleWords => createPeopleWords(wordsStorageOnDevice());
