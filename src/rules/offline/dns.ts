// The Kubernetes DNS service IP: inside the service range, not one of its special addresses, given with it.
import { containsIp, formatIpv4 } from '../../net/cidr.js';
import { analysisOf, clusterPath, createdClusters, describeValue } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

/** A safe example DNS address for a range: the conventional .10, or the third address of a tiny range. */
function suggestDns(start: number, end: number): string {
  return formatIpv4(end - start >= 11 ? start + 10 : Math.min(start + 2, end));
}

export const dnsInServiceCidr = offlineRule({
  id: 'AKS-DNS-IN-SERVICE-CIDR',
  severity: 'error',
  title: 'dnsServiceIp lies inside serviceCidr',
  source: cite(
    DOC.amlInferencingVnet,
    'Kubernetes DNS service IP address … must be within the Kubernetes service address range',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      if (!c.serviceCidr || c.dnsServiceIp === null || containsIp(c.serviceCidr, c.dnsServiceIp)) continue;
      out.push({
        path: clusterPath(c, 'dnsServiceIp'),
        message: `${describeValue(c, 'dnsServiceIp', formatIpv4(c.dnsServiceIp))} is outside ${describeValue(c, 'serviceCidr', c.serviceCidr.text)}`,
        hint: `Use an address inside ${c.serviceCidr.text} such as ${suggestDns(c.serviceCidr.start, c.serviceCidr.end)}, or change serviceCidr.`,
      });
    }
    return out;
  },
});

export const dnsReservedAddress = offlineRule({
  id: 'AKS-DNS-RESERVED-ADDRESS',
  severity: 'error',
  title: "dnsServiceIp is not the service range's network address, first address (.1) or broadcast address",
  source: cite(
    DOC.aksIpPlanning,
    'the first IP of the service range is used by kubernetes.default; the network and broadcast addresses are not host addresses',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      const svc = c.serviceCidr;
      const ip = c.dnsServiceIp;
      if (!svc || ip === null || !containsIp(svc, ip)) continue;
      let what: string | undefined;
      if (ip === svc.start) what = 'its network address';
      else if (ip === svc.end) what = 'its broadcast address';
      else if (ip === svc.start + 1)
        what = 'its first address, which Kubernetes gives to the kubernetes.default service';
      if (!what) continue;
      out.push({
        path: clusterPath(c, 'dnsServiceIp'),
        message: `dnsServiceIp ${formatIpv4(ip)} is ${what} in serviceCidr ${svc.text}`,
        hint: `Use another address of ${svc.text}, conventionally ${suggestDns(svc.start, svc.end)}.`,
      });
    }
    return out;
  },
});

export const serviceCidrDnsPair = offlineRule({
  id: 'AKS-SERVICE-CIDR-DNS-PAIR',
  severity: 'error',
  title: 'serviceCidr and dnsServiceIp are given together or not at all',
  source: cite(
    DOC.terraformAksValidate,
    'Terraform: "dns_service_ip and service_cidr should all be empty or both should be set"',
  ),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const c of createdClusters(analysisOf(spec))) {
      const { serviceCidr, dnsServiceIp } = c.resolved;
      if ((serviceCidr === null) === (dnsServiceIp === null)) continue;
      const [givenField, missingField] =
        serviceCidr === null ? ['dnsServiceIp', 'serviceCidr'] : ['serviceCidr', 'dnsServiceIp'];
      const givenValue = serviceCidr ?? dnsServiceIp;
      out.push({
        path: clusterPath(c, givenField),
        message: `cluster ${c.resolved.name} gives ${givenField} ${givenValue} without ${missingField}`,
        hint: `Give ${missingField} too, or remove ${givenField} to use the defaults 10.0.0.0/16 and 10.0.0.10.`,
      });
    }
    return out;
  },
});

export const dnsRules = [dnsInServiceCidr, dnsReservedAddress, serviceCidrDnsPair];
