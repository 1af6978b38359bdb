// The SARIF 2.1.0 schema check shared by the SARIF tests (the schema's origin: __fixtures__/sarif/README.md).
import { expect } from '@jest/globals';
import Ajv04Module from 'ajv-draft-04';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const schema = JSON.parse(
  readFileSync(join(root, '__fixtures__', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'),
) as object;
// ajv-draft-04 is CommonJS: under NodeNext its class is the default export's `default`.
const Ajv04 = (Ajv04Module as unknown as { default: typeof Ajv04Module.default }).default ?? Ajv04Module;
// unicodeRegExp off: the schema's language pattern (`...]?$`) is not valid with the u flag. The formats the schema
// uses are checked with the platform's own parsers (no ajv-formats dependency for three formats).
const ajv = new Ajv04({
  allErrors: true,
  strict: false,
  unicodeRegExp: false,
  formats: {
    uri: (s: string) => URL.canParse(s),
    'uri-reference': (s: string) => URL.canParse(s, 'https://base.invalid/'),
    'date-time': (s: string) => !Number.isNaN(Date.parse(s)),
  },
});
export const validateSarif = ajv.compile(schema);

export function expectValidSarif(log: unknown): void {
  const ok = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}
