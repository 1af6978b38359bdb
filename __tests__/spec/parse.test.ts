// Reading YAML into a value and a source map, with exact positions, and every kind of bad input.
import { describe, expect, it } from '@jest/globals';
import { parseSpecText } from '../../src/spec/parse.js';
import { MAX_DEPTH, MAX_INDENT, MAX_LISTED_FINDINGS, MAX_SPEC_BYTES } from '../../src/spec/limits.js';

const text = [
  'version: 1', // 1
  'location: eastus2', // 2
  'network:', // 3
  '  subnets:', // 4
  '    - name: a', // 5
  '      addressPrefix: 10.1.0.0/24', // 6
  '    - {name: b, addressPrefix: 10.1.1.0/24}', // 7
  'aksClusters:', // 8
  '  - name: x', // 9
  '    dnsServiceIp:   10.0.0.10', // 10
  '    podCidr:', // 11
  "    'quoted key': 1", // 12
].join('\n');

describe('parseSpecText: value and positions', () => {
  const parsed = parseSpecText(text);

  it('produces the plain value', () => {
    expect(parsed.findings).toEqual([]);
    expect(parsed.value).toEqual({
      version: 1,
      location: 'eastus2',
      network: {
        subnets: [
          { name: 'a', addressPrefix: '10.1.0.0/24' },
          { name: 'b', addressPrefix: '10.1.1.0/24' },
        ],
      },
      aksClusters: [{ name: 'x', dnsServiceIp: '10.0.0.10', podCidr: null, 'quoted key': 1 }],
    });
  });

  const values: Array<[string, number, number]> = [
    ['', 1, 1],
    ['version', 1, 10],
    ['location', 2, 11],
    ['network', 4, 3],
    ['network.subnets', 5, 5],
    ['network.subnets[0]', 5, 7],
    ['network.subnets[0].addressPrefix', 6, 22],
    ['network.subnets[1]', 7, 7],
    ['network.subnets[1].name', 7, 14],
    ['network.subnets[1].addressPrefix', 7, 32],
    ['aksClusters[0].dnsServiceIp', 10, 21],
    // an empty value points at its key
    ['aksClusters[0].podCidr', 11, 5],
    ['aksClusters[0]["quoted key"]', 12, 19],
    // absent paths resolve to the nearest existing ancestor
    ['aksClusters[0].serviceCidr', 9, 5],
    ['aksClusters[3].name', 9, 3],
    ['network.subnets[1].delegation', 7, 7],
    ['workspace.name', 1, 1],
    // a path that does not parse resolves to the document
    ['aksClusters[0]..x', 1, 1],
  ];
  it.each(values)('value of %s is at %i:%i', (path, line, column) => {
    expect(parsed.sourceMap.valuePosition(path)).toEqual({ line, column });
  });

  const keys: Array<[string, number, number]> = [
    ['aksClusters[0].dnsServiceIp', 10, 5],
    ['network.subnets[1].addressPrefix', 7, 17],
    ['location', 2, 1],
  ];
  it.each(keys)('key of %s is at %i:%i', (path, line, column) => {
    expect(parsed.sourceMap.keyPosition(path)).toEqual({ line, column });
  });

  it('resolves paths through aliases to the anchored value', () => {
    const p = parseSpecText('base: &b\n  x: 1\nuse: *b\n');
    expect(p.value).toEqual({ base: { x: 1 }, use: { x: 1 } });
    expect(p.sourceMap.valuePosition('use.x')).toEqual({ line: 2, column: 6 });
  });

  it('counts columns after a byte order mark from the content', () => {
    const p = parseSpecText('\uFEFFversion: 1\nlocation: x\n');
    expect(p.findings).toEqual([]);
    expect(p.value).toEqual({ version: 1, location: 'x' });
    expect(p.sourceMap.valuePosition('location')).toEqual({ line: 2, column: 11 });
  });
});

describe('parseSpecText: bad input', () => {
  const cases: Array<[string, string, string, number, number]> = [
    ['malformed YAML', 'version: 1\nnetwork: [a, b\nx: 1\n', 'SPEC-YAML', 3, 1],
    ['a tab-indented mapping', 'network:\n\tname: x\n', 'SPEC-YAML', 2, 1],
    ['two documents', 'version: 1\n---\nversion: 1\n', 'SPEC-YAML', 2, 1],
    ['a duplicate key', 'version: 1\nlocation: a\nlocation: b\n', 'SPEC-DUPLICATE-KEY', 3, 1],
    ['an empty file', '', 'SPEC-EMPTY', 1, 1],
    ['only comments', '# nothing here\n\n', 'SPEC-EMPTY', 1, 1],
    ['an explicit null document', '~\n', 'SPEC-EMPTY', 1, 1],
    ['a NUL byte', 'version: 1\nloc\0ation: x\n', 'SPEC-ENCODING', 2, 4],
    [
      'deep flow nesting',
      'a: ' + '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1),
      'SPEC-NESTING',
      1,
      4 + MAX_DEPTH,
    ],
    ['very deep flow nesting', '['.repeat(200000), 'SPEC-NESTING', 1, MAX_DEPTH + 1],
    ['deep compact sequences', '- '.repeat(MAX_INDENT) + 'x\n', 'SPEC-NESTING', 1, MAX_INDENT + 1],
    [
      'deep block mappings',
      Array.from({ length: MAX_DEPTH + 2 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n',
      'SPEC-NESTING',
      MAX_DEPTH + 1,
      MAX_DEPTH + 1,
    ],
    [
      'an alias bomb',
      'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n' +
        'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
      'SPEC-ALIAS',
      2,
      8,
    ],
    ['an unknown alias', 'a: *nothing\n', 'SPEC-ALIAS', 1, 4],
  ];
  it.each(cases)('%s gives %s at %i:%i', (_name, input, ruleId, line, column) => {
    const parsed = parseSpecText(input);
    expect(parsed.findings.length).toBeGreaterThan(0);
    expect(parsed.findings[0]).toMatchObject({ ruleId, severity: 'error', line, column });
    expect(parsed.findings[0].message).not.toMatch(/\n/);
  });

  it('lists the first MAX_LISTED_FINDINGS YAML errors and counts the rest', () => {
    const findings = parseSpecText('- a: b: c\n'.repeat(MAX_LISTED_FINDINGS + 300)).findings;
    expect(findings).toHaveLength(MAX_LISTED_FINDINGS + 1);
    expect(findings[MAX_LISTED_FINDINGS]).toMatchObject({
      ruleId: 'SPEC-YAML',
      message: `300 more YAML problems not listed (${MAX_LISTED_FINDINGS + 300} in all)`,
      line: MAX_LISTED_FINDINGS + 1,
    });
  });

  it('keeps YAML messages short and free of code excerpts', () => {
    const [f] = parseSpecText('version: 1\nnetwork: [a, b\nx: 1\n').findings;
    expect(f.message).toMatch(/^invalid YAML: .+ \([A-Z_]+\)$/);
    expect(f.message).not.toMatch(/at line/);
  });

  it.each<[string, string, number, number, RegExp, RegExp]>([
    [
      'a tab as indentation',
      'a:\n\tb: 1\n',
      2,
      1,
      /a tab is used for indentation.*\(TAB_AS_INDENT\)$/,
      /replace the tab/,
    ],
    [
      'a key indented less than its siblings',
      'a:\n  b: 1\n c: 2\n',
      3,
      1,
      /indented differently.*\(BAD_INDENT\)$/,
      /same column/,
    ],
    [
      'a key indented deeper than the one above',
      'a:\n  b: 1\n   c: 2\n',
      2,
      6,
      /nested mapping or list starts where a value was expected/,
      /own lines/,
    ],
    [
      'no space after a colon',
      'a:1\nb: 2\n',
      1,
      1,
      /a key runs over more than one line.*\(MULTILINE_IMPLICIT_KEY\)$/,
      /space after the colon/,
    ],
    ['a line without a colon', 'a:\n  b: 1\n  foo bar\n', 3, 3, /key without a colon/, /add ": "/],
    // An unclosed quote is reported at its opening quote, not where the parser gave up (the end of the file).
    ['an unclosed quote', 'a: "x\nb: 2\n', 1, 4, /quoted value is never closed/, /closing quote/],
    [
      'an unclosed quote mid-file',
      'version: 1\nsubscriptionId: "0000\nlocation: eastus2\nw:\n  n: x\n',
      2,
      17,
      /never closed/,
      /closing quote/,
    ],
    ['an unclosed single quote', "a: 'x'\nb: 'it''s\nc: 2\n", 2, 4, /never closed/, /closing quote/],
    ['a closing quote that is escaped', 'a: "x"\nb: "y\\"\nc: 2\n', 2, 4, /never closed/, /closing quote/],
  ])('says what to fix for %s, at its line and column', (_name, text, line, column, message, hint) => {
    const findings = parseSpecText(text).findings;
    expect(findings[0]).toMatchObject({ ruleId: 'SPEC-YAML', severity: 'error', line, column });
    expect(findings[0]!.message).toMatch(message);
    expect(findings[0]!.hint).toMatch(hint);
    expect(findings[0]!.message).not.toMatch(/Implicit keys need/);
  });

  it('reports one layout mistake once per line', () => {
    const findings = parseSpecText('a:\n  b: 1\n   c: 2\n').findings;
    expect(new Set(findings.map((f) => `${f.line}:${f.message}`)).size).toBe(findings.length);
  });

  it('reports an unknown tag as a warning and keeps the value', () => {
    const parsed = parseSpecText('version: !custom 1\n');
    expect(parsed.findings).toEqual([expect.objectContaining({ ruleId: 'SPEC-YAML', severity: 'warning', line: 1 })]);
    expect(parsed.value).toEqual({ version: '1' });
  });

  it('refuses text over the size cap at 1:1, and accepts text just under it', () => {
    const over = 'x: ' + 'a'.repeat(MAX_SPEC_BYTES);
    expect(parseSpecText(over).findings).toEqual([
      expect.objectContaining({ ruleId: 'SPEC-TOO-LARGE', line: 1, column: 1 }),
    ]);
    const under = '# ' + 'a'.repeat(MAX_SPEC_BYTES - 20) + '\nx: 1\n';
    expect(parseSpecText(under).findings).toEqual([]);
  });

  it('counts the size in UTF-8 bytes, not characters', () => {
    const multibyte = 'x: ' + 'é'.repeat(MAX_SPEC_BYTES / 2 + 10); // 2 bytes each
    expect(parseSpecText(multibyte).findings[0]).toMatchObject({ ruleId: 'SPEC-TOO-LARGE' });
  });

  it('does not mistake brackets inside quotes, comments or plain scalars for nesting', () => {
    const deep = '['.repeat(MAX_DEPTH + 5);
    const input = `a: '${deep}'\nb: "${deep}"\n# ${deep}\nc: text ${deep} more\n`;
    const parsed = parseSpecText(input);
    expect(parsed.findings).toEqual([]);
    expect(parsed.value).toMatchObject({ a: deep, b: deep, c: `text ${deep} more` });
  });

  it('does not let __proto__ keys reach the prototype', () => {
    const parsed = parseSpecText('__proto__: {polluted: 1}\n');
    expect(Object.keys(parsed.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
