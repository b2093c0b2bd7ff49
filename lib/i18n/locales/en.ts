import type { Catalogue } from '../catalogue';
import { messages } from './en-messages';

/** English, the source language. Its exercise words are the exercises themselves (lib/exercises). */
export const en: Catalogue = { lang: 'en', code: 'en', dir: 'ltr', messages, exercises: {} };
