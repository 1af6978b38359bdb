import {
  aligned,
  broadcast,
  containsCidr,
  formatIp,
  network,
  overlaps,
  parseCidr,
  parseIp,
} from '../../../emulator/arm/cidr.js';

const c = (t: string) => {
  const r = parseCidr(t);
  if (r === undefined) throw new Error(t);
  return r;
};

test.each([
  ['10.0.0.0/16', true],
  ['10.0.0.0/0', true],
  ['255.255.255.255/32', true],
  ['10.0.0.0/33', false],
  ['256.0.0.0/8', false],
  ['10.0.0/8', false],
  ['10.0.0.0', false],
  ['10.0.0.0/x', false],
])('parseCidr(%s) valid=%s', (text, ok) => {
  expect(parseCidr(text) !== undefined).toBe(ok);
});

test.each([
  ['10.0.0.0/16', '10.0.0.0', '10.0.255.255', true],
  ['10.0.0.5/24', '10.0.0.0', '10.0.0.255', false],
  ['0.0.0.0/0', '0.0.0.0', '255.255.255.255', true],
])('%s: network %s broadcast %s aligned %s', (text, net, bc, al) => {
  expect(formatIp(network(c(text)))).toBe(net);
  expect(formatIp(broadcast(c(text)))).toBe(bc);
  expect(aligned(c(text))).toBe(al);
});

test.each([
  ['10.0.0.0/16', '10.0.255.0/24', true, true],
  ['10.0.0.0/16', '10.1.0.0/24', false, false],
  ['10.0.0.0/24', '10.0.0.0/16', false, true],
  ['10.0.0.0/25', '10.0.0.128/25', false, false],
])('%s vs %s: contains %s, overlaps %s', (a, b, contains, ov) => {
  expect(containsCidr(c(a), c(b))).toBe(contains);
  expect(overlaps(c(a), c(b))).toBe(ov);
});

test('parseIp rejects octets above 255', () => {
  expect(parseIp('10.0.0.256')).toBeUndefined();
  expect(parseIp('10.0.0.255')).toBe(0x0a0000ff);
});
