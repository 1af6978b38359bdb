import { describe, expect, it } from '@jest/globals';
import {
  containsIp,
  containsRange,
  formatIpv4,
  networkForm,
  overlaps,
  parseCidr,
  parseIpv4,
  rangeSize,
} from '../../src/net/cidr.js';
import { AKS_RESERVED_RANGES, reservedRangeOverlapping } from '../../src/net/reserved.js';

function cidr(text: string) {
  const r = parseCidr(text);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('parseCidr', () => {
  it.each([
    ['10.0.0.0/16', '10.0.0.0', '10.0.255.255', 16, false],
    ['0.0.0.0/0', '0.0.0.0', '255.255.255.255', 0, false],
    ['10.1.2.3/32', '10.1.2.3', '10.1.2.3', 32, false],
    ['172.17.0.1/16', '172.17.0.0', '172.17.255.255', 16, true],
    ['255.255.255.255/31', '255.255.255.254', '255.255.255.255', 31, true],
    ['192.168.1.0/24', '192.168.1.0', '192.168.1.255', 24, false],
  ])('%s -> [%s, %s] /%d hostBits=%s', (text, start, end, prefix, hostBits) => {
    const c = cidr(text);
    expect(formatIpv4(c.start)).toBe(start);
    expect(formatIpv4(c.end)).toBe(end);
    expect(c.prefix).toBe(prefix);
    expect(c.hostBitsSet).toBe(hostBits);
    expect(c.text).toBe(text);
  });

  it.each([
    ['10.0.0.0', 'has no mask'],
    ['10.0.0.0/33', 'prefix /33 is out of range 0..32'],
    ['10.0.0.0/', 'prefix "" is not a number'],
    ['10.0.0.0/-1', 'prefix "-1" is not a number'],
    ['10.0.0.0/016', 'prefix "016" has a leading zero'],
    ['10.0.0.256/24', 'octet 256 out of range 0..255'],
    ['300.0.0.0/16', 'octet 300 out of range 0..255'],
    ['010.0.0.0/16', 'leading zero in octet "010"'],
    [' 10.0.0.0/16', 'leading or trailing whitespace'],
    ['10.0.0.0/16 ', 'leading or trailing whitespace'],
    ['10.0.0/16', 'not a dotted-quad'],
    ['10.0.0.0.0/16', 'not a dotted-quad'],
    ['a.b.c.d/8', 'not a dotted-quad'],
    ['10.0.0.0/1 6', 'is not a number'],
    ['', 'has no mask'],
  ])('rejects %j (%s)', (text, why) => {
    const r = parseCidr(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(why);
  });
});

describe('parseIpv4', () => {
  it.each([
    ['10.0.0.10', 167772170],
    ['0.0.0.0', 0],
    ['255.255.255.255', 4294967295],
  ])('%s = %d', (text, value) => {
    expect(parseIpv4(text)).toEqual({ ok: true, value });
  });
  it.each(['10.0.0.256', '10.0.0', '10.0.0.01', '10.0.0.10/32', ' 10.0.0.10', ''])('rejects %j', (text) => {
    expect(parseIpv4(text).ok).toBe(false);
  });
});

describe('range arithmetic', () => {
  it('sizes', () => {
    expect(rangeSize(cidr('10.0.0.0/16'))).toBe(65536);
    expect(rangeSize(cidr('10.0.0.0/29'))).toBe(8);
    expect(rangeSize(cidr('0.0.0.0/0'))).toBe(2 ** 32);
    expect(rangeSize(cidr('1.2.3.4/32'))).toBe(1);
  });
  it('contains addresses at the edges only', () => {
    const c = cidr('10.0.0.0/24');
    expect(containsIp(c, c.start)).toBe(true);
    expect(containsIp(c, c.end)).toBe(true);
    expect(containsIp(c, c.start - 1)).toBe(false);
    expect(containsIp(c, c.end + 1)).toBe(false);
  });
  it.each([
    ['10.0.0.0/16', '10.0.1.0/24', true, true],
    ['10.0.0.0/24', '10.0.1.0/24', false, false],
    ['10.0.0.0/24', '10.0.0.128/25', true, true],
    ['10.0.0.128/25', '10.0.0.0/24', true, false],
    ['10.0.0.0/24', '10.0.0.255/32', true, true],
    ['10.0.0.0/24', '10.0.1.0/32', false, false],
  ])('%s vs %s: overlaps=%s, contains=%s', (a, b, ov, co) => {
    expect(overlaps(cidr(a), cidr(b))).toBe(ov);
    expect(overlaps(cidr(b), cidr(a))).toBe(ov);
    expect(containsRange(cidr(a), cidr(b))).toBe(co);
  });
  it('writes the network form', () => {
    expect(networkForm(cidr('172.17.0.1/16'))).toBe('172.17.0.0/16');
  });
});

describe('AKS reserved ranges', () => {
  it('lists the four documented ranges', () => {
    expect(AKS_RESERVED_RANGES.map((r) => r.text)).toEqual([
      '169.254.0.0/16',
      '172.30.0.0/16',
      '172.31.0.0/16',
      '192.0.2.0/24',
    ]);
  });
  it.each([
    ['172.16.0.0/12', '172.30.0.0/16'],
    ['172.31.255.0/24', '172.31.0.0/16'],
    ['192.0.2.128/25', '192.0.2.0/24'],
    ['10.0.0.0/8', undefined],
    ['172.29.0.0/16', undefined],
    ['192.0.3.0/24', undefined],
  ])('%s -> %s', (text, hit) => {
    expect(reservedRangeOverlapping(cidr(text))?.text).toBe(hit);
  });
});
