// Region names in the forms Azure accepts (src/spec/region-forms.ts): read as the programmatic name; the schema's
// finding for anything else shows examples, not a regular expression; an unknown region gets a did-you-mean.
import { readFileSync } from 'node:fs';
import { canonicalRegion } from '../../src/spec/region-forms.js';
import { validateSpecText } from '../../src/validate.js';

const EXAMPLE = readFileSync('examples/aks-default.yml', 'utf8');
const withLocation = (value: string): string => EXAMPLE.replace(/^location: eastus2.*$/m, `location: ${value}`);

describe('canonicalRegion', () => {
  test.each([
    ['East US 2', 'eastus2'],
    ['EastUS2', 'eastus2'],
    ['eastus2', 'eastus2'],
    ['  West Europe ', 'westeurope'],
    ['USGov Virginia', 'usgovvirginia'],
    ['east-us-2', 'east-us-2'],
    ['East  US', 'East  US'],
  ])('%j -> %j', (input, expected) => {
    expect(canonicalRegion(input)).toBe(expected);
  });
});

describe('locations in the spec', () => {
  test.each(['East US 2', 'EastUS2', 'eastus2'])('%j validates and is read as eastus2', (value) => {
    const r = validateSpecText(withLocation(value), 'amlnet.yml');
    expect(r.valid).toBe(true);
    expect(r.findings.filter((f) => f.path.endsWith('location'))).toEqual([]);
    expect(r.spec?.location).toBe('eastus2');
  });

  test('a cluster location in display form is compared with the VNet region as the name', () => {
    const text = withLocation('eastus2').replace(
      '    subnet: aks-subnet\n',
      '    subnet: aks-subnet\n    location: East US 2\n',
    );
    const r = validateSpecText(text, 'amlnet.yml');
    expect(r.valid).toBe(true);
    expect(r.findings.filter((f) => f.path.endsWith('location'))).toEqual([]);
    expect(r.spec?.aksClusters?.[0]?.location).toBe('eastus2');
  });

  test('a location that is no region form: SPEC-PATTERN with examples, not a regular expression', () => {
    const r = validateSpecText(withLocation('east-us-2'), 'amlnet.yml');
    const [f] = r.findings;
    expect(f).toMatchObject({ ruleId: 'SPEC-PATTERN', path: 'location', line: 8, column: 11 });
    expect(f!.hint).toBe('for example "eastus2", "East US 2", "EastUS2"');
    expect(`${f!.message} ${f!.hint}`).not.toMatch(/\^|\$|\[A-Za-z/);
  });

  test('a misspelt region gets a did-you-mean (LOCATION-UNKNOWN)', () => {
    const r = validateSpecText(withLocation('East US 22'), 'amlnet.yml');
    const f = r.findings.find((x) => x.ruleId === 'LOCATION-UNKNOWN');
    expect(f).toMatchObject({ severity: 'warning', path: 'location', line: 8 });
    expect(f!.hint).toBe('did you mean eastus2?');
    const far = validateSpecText(withLocation('Atlantis'), 'amlnet.yml').findings.find(
      (x) => x.ruleId === 'LOCATION-UNKNOWN',
    );
    expect(far!.hint).toMatch(/^Use a region name such as eastus2/);
  });
});
