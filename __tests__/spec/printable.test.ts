import { describe, expect, it } from '@jest/globals';
import { printable } from '../../src/spec/printable.js';
import { validateSpecText } from '../../src/validate.js';

describe('printable', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['two\nlines', 'two\\nlines'],
    ['tab\there', 'tab\\there'],
    ['bell\u0007', 'bell\\u0007'],
    ['sep\u2028', 'sep\\u2028'],
    ['x'.repeat(60), 'x'.repeat(60)],
    ['x'.repeat(61), 'x'.repeat(57) + '...'],
    ['😀'.repeat(61), '😀'.repeat(57) + '...'],
    // Credential-like runs (upper, lower and digits, 20+ characters) are masked; names and ids are not.
    ['ghs_AbCdEf0123456789XyZ', 'ghs_…(masked)'],
    ['token=Zm9vYmFyQmF6MTIzNDU2Nzg5', 'toke…(masked)'],
    ['allow-scoring-inbound-from-clients', 'allow-scoring-inbound-from-clients'],
    ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'],
    ['AzureContainerRegistry.EastUS2', 'AzureContainerRegistry.EastUS2'],
  ])('%j -> %j', (input, output) => {
    expect(printable(input)).toBe(output);
  });

  it('keeps findings about odd keys on one line', () => {
    // An escaped newline in one key, and a real line break (folded to a space) in the source of another.
    const text = 'version: 1\n"bad\\nkey": 1\n? "two\n  lines"\n: 1\n? "two\n  lines"\n: 2\n';
    const result = validateSpecText(text, 'x.yml', { rules: [] });
    const messages = result.findings.map((f) => f.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        'duplicate key \'"two\\n  lines"\': it already appears in the same mapping',
        expect.stringMatching(/^unknown key 'bad\\nkey' in the top level/),
        expect.stringMatching(/^unknown key 'two lines' in the top level/),
      ]),
    );
    for (const m of messages) expect(m).not.toMatch(/\n/);
  });
});
