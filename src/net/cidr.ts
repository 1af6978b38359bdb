// IPv4 addresses and CIDR blocks as unsigned 32-bit numbers, parsed strictly.
//
// Azure's own patterns are lax (the AML swagger's CIDR regex accepts `300.0.0.0` and makes the mask optional,
// AksNetworkingConfiguration in the Azure ML REST spec that docs/rules.md links), so amlnet checks syntax itself
// and says exactly what is wrong. The final parse is delegated to the `ip-address` package; the pre-checks
// below only exist to name the offending part.
import { Address4 } from 'ip-address';

/** An inclusive range of IPv4 addresses as unsigned 32-bit integers. */
export interface IpRange {
  start: number;
  end: number;
}

export interface Cidr extends IpRange {
  /** The text as written in the spec. */
  text: string;
  /** The address part as written (may have host bits set, e.g. the docker bridge's 172.17.0.1/16). */
  address: number;
  prefix: number;
  /** True when `address` is not the network address (bits after the prefix are set). */
  hostBitsSet: boolean;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const DOTTED = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/;

/** Why `text` is not a strict dotted-quad IPv4 address, or undefined when it is one. */
function ipSyntaxError(text: string): string | undefined {
  if (text !== text.trim()) return 'has leading or trailing whitespace';
  if (text === '') return 'is empty';
  const m = DOTTED.exec(text);
  if (!m) return 'is not a dotted-quad IPv4 address (four numbers 0..255 separated by dots)';
  for (const octet of m.slice(1)) {
    if (octet.length > 1 && octet.startsWith('0')) return `has a leading zero in octet "${octet}"`;
    if (Number(octet) > 255) return `has octet ${octet} out of range 0..255`;
  }
  return undefined;
}

function toUint32(address: Address4): number {
  return Number(address.bigInt());
}

/** Parses a strict IPv4 address (no mask). */
export function parseIpv4(text: string): ParseResult<number> {
  const err = ipSyntaxError(text);
  if (err) return { ok: false, error: `"${text}" ${err}` };
  try {
    return { ok: true, value: toUint32(new Address4(text)) };
  } catch {
    return { ok: false, error: `"${text}" is not a valid IPv4 address` };
  }
}

/** Parses a strict IPv4 CIDR: `a.b.c.d/n`, mask required, prefix 0..32, octets 0..255, no leading zeros or spaces. */
export function parseCidr(text: string): ParseResult<Cidr> {
  if (text !== text.trim()) return { ok: false, error: `"${text}" has leading or trailing whitespace` };
  const slash = text.indexOf('/');
  if (slash < 0) return { ok: false, error: `"${text}" has no mask; write it as a CIDR such as ${text}/24` };
  const addrText = text.slice(0, slash);
  const prefixText = text.slice(slash + 1);
  const addrErr = ipSyntaxError(addrText);
  if (addrErr) return { ok: false, error: `"${text}": address ${addrErr}` };
  if (!/^\d+$/.test(prefixText)) return { ok: false, error: `"${text}": prefix "${prefixText}" is not a number 0..32` };
  if (prefixText.length > 1 && prefixText.startsWith('0'))
    return { ok: false, error: `"${text}": prefix "${prefixText}" has a leading zero` };
  const prefix = Number(prefixText);
  if (prefix > 32) return { ok: false, error: `"${text}": prefix /${prefix} is out of range 0..32` };
  let address: number;
  try {
    // ip-address has the final say on validity; the range is then plain 32-bit arithmetic (its
    // startAddress()/endAddress() build new objects through BigInt and dominate the cost on large specs).
    address = toUint32(new Address4(text));
  } catch {
    return { ok: false, error: `"${text}" is not a valid IPv4 CIDR` };
  }
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  const start = (address & mask) >>> 0;
  const end = (start | ~mask) >>> 0;
  return { ok: true, value: { text, address, prefix, start, end, hostBitsSet: address !== start } };
}

/** The number of addresses in a range. */
export function rangeSize(r: IpRange): number {
  return r.end - r.start + 1;
}

export function containsIp(r: IpRange, ip: number): boolean {
  return r.start <= ip && ip <= r.end;
}

/** True when `inner` lies completely inside `outer`. */
export function containsRange(outer: IpRange, inner: IpRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

export function overlaps(a: IpRange, b: IpRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function formatIpv4(ip: number): string {
  return [ip >>> 24, (ip >>> 16) & 255, (ip >>> 8) & 255, ip & 255].join('.');
}

/** The canonical network form of a CIDR, e.g. 172.17.0.1/16 -> 172.17.0.0/16. */
export function networkForm(c: Cidr): string {
  return `${formatIpv4(c.start)}/${c.prefix}`;
}
