// IPv4 prefix arithmetic for the validation rules the real resource providers apply
// (subnet inside the VNet, overlaps, service CIDR vs subnets, DNS IP inside the service CIDR).

export interface Cidr {
  /** Network address as an unsigned 32-bit number (host bits as given, see `aligned`). */
  address: number;
  prefix: number;
  text: string;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parseIp(text: string): number | undefined {
  const m = IPV4.exec(text.trim());
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  if (octets.some((o) => o > 255)) return undefined;
  return ((octets[0] << 24) >>> 0) + (octets[1] << 16) + (octets[2] << 8) + octets[3];
}

export function formatIp(n: number): string {
  return [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
}

export function parseCidr(text: string): Cidr | undefined {
  const parts = text.trim().split('/');
  if (parts.length !== 2 || !/^\d{1,2}$/.test(parts[1])) return undefined;
  const address = parseIp(parts[0]);
  const prefix = Number(parts[1]);
  if (address === undefined || prefix > 32) return undefined;
  return { address, prefix, text: text.trim() };
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

export function network(c: Cidr): number {
  return (c.address & mask(c.prefix)) >>> 0;
}

export function broadcast(c: Cidr): number {
  return (network(c) | (~mask(c.prefix) >>> 0)) >>> 0;
}

/** True when the address has no host bits set (10.0.0.0/16, not 10.0.0.5/16). */
export function aligned(c: Cidr): boolean {
  return network(c) === c.address;
}

export function canonical(c: Cidr): string {
  return `${formatIp(network(c))}/${c.prefix}`;
}

export function containsIp(c: Cidr, ip: number): boolean {
  return ip >= network(c) && ip <= broadcast(c);
}

export function containsCidr(outer: Cidr, inner: Cidr): boolean {
  return outer.prefix <= inner.prefix && containsIp(outer, network(inner));
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  return network(a) <= broadcast(b) && network(b) <= broadcast(a);
}
