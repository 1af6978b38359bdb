// Where rules come from. Documents are relative to /work/shared (the team's shared folder): the two seeds and
// design/azure-api-notes.md, cited by section and row ("azure-api-notes.md B.1 #3").
import type { RuleSource } from '../types.js';

export const SEED_CURRENT = 'seeds/secure-inferencing-vnet-current.txt';
export const SEED_2020 = 'seeds/secure-inferencing-vnet-2020.md';

export function seed(document: typeof SEED_CURRENT | typeof SEED_2020, detail: string): RuleSource {
  return { document, detail };
}

/** A section (and optional row) of azure-api-notes.md, e.g. notes('B.1', 3, 'DNS IP inside the service CIDR'). */
export function notes(section: string, row: number | null, detail: string): RuleSource {
  return { document: row === null ? `azure-api-notes.md ${section}` : `azure-api-notes.md ${section} #${row}`, detail };
}
