// What the content script ships for word triggers: the matcher and the page scanner (bundled by the
// bench only to report its size; the content script imports the same modules).
import { compileMatcher } from '../../lib/words/matcher';
import { findInPageTextSources, scanForMatches } from '../../lib/words/scan';

(globalThis as { steadyWords?: unknown }).steadyWords = { compileMatcher, scanForMatches, findInPageTextSources };
