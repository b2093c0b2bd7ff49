// Rewrites the generated blocks of docs/CONTENT.md from the catalogue and the helpline table.
// Run: npx vite-node scripts/write-content-doc.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { DOC_PATH, updatedDoc } from './content-doc';

writeFileSync(DOC_PATH, updatedDoc(readFileSync(DOC_PATH, 'utf8')));
console.log(`${DOC_PATH} updated`);
