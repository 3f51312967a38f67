import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const seedDir = join(new URL('.', import.meta.url).pathname, '..', '..', '..', 'fixtures', 'seed');

/** The raw text of a seed example from `fixtures/seed/`. */
export const seedText = (name: string): string => readFileSync(join(seedDir, name), 'utf8');

/** A seed example, parsed. */
export const seedJson = (name: string): unknown => JSON.parse(seedText(name));
