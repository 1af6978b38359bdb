// CIDR-SYNTAX and CIDR-HOST-BITS: every CIDR or IP field of the spec parses strictly.
import { networkForm } from '../../net/cidr.js';
import { analysisOf } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

export const cidrSyntax = offlineRule({
  id: 'CIDR-SYNTAX',
  severity: 'error',
  title: 'Every CIDR and IP field is a strict IPv4 CIDR (a.b.c.d/n, prefix 0..32, octets 0..255) or address',
  source: cite(
    DOC.aksCidrParseIssue,
    'malformed CIDRs: RP 400 CidrStringParseError; the AML swagger pattern is too lax to rely on',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const { field: f, isIp, parsed: r } of analysisOf(spec).addressFields) {
      if (!r.ok)
        out.push({
          path: f.path,
          message: `${f.label} ${r.error}`,
          hint: isIp ? 'Write an IPv4 address such as 10.0.0.10.' : 'Write an IPv4 CIDR such as 10.1.0.0/24.',
        });
    }
    return out;
  },
});

export const cidrHostBits = offlineRule({
  id: 'CIDR-HOST-BITS',
  severity: 'warning',
  title: 'A CIDR is written with its network address (no host bits set); the docker bridge is exempt',
  source: cite(DOC.amlSdkV1AksCompute, 'dockerBridgeCidr is documented as a gateway address plus mask (172.17.0.1/16)'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const { field: f, isIp, parsed: r } of analysisOf(spec).addressFields) {
      // The docker bridge value is the bridge's own address plus mask (docker --bip), documented as 172.17.0.1/16,
      // so host bits are expected there and warning about them would flag the documented example.
      if (isIp || f.path.endsWith('.dockerBridgeCidr')) continue;
      if (r.ok && typeof r.value !== 'number' && r.value.hostBitsSet)
        out.push({
          path: f.path,
          message: `${f.label} ${f.text} has host bits set; Azure uses its network ${networkForm(r.value)}`,
          hint: `Write ${networkForm(r.value)} (or a longer prefix if only part of it was meant).`,
        });
    }
    return out;
  },
});

export const cidrRules = [cidrSyntax, cidrHostBits];
