import { describe, expect, it } from '@jest/globals';
import { formatPath, parsePath, type PathSegment } from '../../src/spec/path.js';

describe('spec paths', () => {
  const cases: Array<[PathSegment[], string]> = [
    [[], ''],
    [['version'], 'version'],
    [['aksClusters', 0, 'dnsServiceIp'], 'aksClusters[0].dnsServiceIp'],
    [['network', 'subnets', 2], 'network.subnets[2]'],
    [
      ['network', 'securityGroup', 'rules', 10, 'sourcePortRanges', 0],
      'network.securityGroup.rules[10].sourcePortRanges[0]',
    ],
    [['network', 'odd key'], 'network["odd key"]'],
    [['a.b', 'c'], '["a.b"].c'],
    [['x', 'quote"and\\slash'], 'x["quote\\"and\\\\slash"]'],
    [['0'], '["0"]'],
  ];
  it.each(cases)('formats %j as %s and parses it back', (segments, text) => {
    expect(formatPath(segments)).toBe(text);
    expect(parsePath(text)).toEqual(segments);
  });

  it.each(['.a', 'a..b', 'a[', 'a[x]', 'a[1', 'a["x"', 'a]b', '[0]b'])('rejects the malformed path %s', (text) => {
    expect(parsePath(text)).toBeUndefined();
  });
});
