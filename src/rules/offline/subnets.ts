// The subnets of the VNet: size, place in the address space, overlaps, names.
import { containsRange } from '../../net/cidr.js';
import { analysisOf } from '../analysis.js';
import { offlineRule } from '../define.js';
import type { RawFinding } from '../types.js';
import { cite, DOC } from './sources.js';

/** The smallest IPv4 subnet Azure allows. */
export const SMALLEST_SUBNET_PREFIX = 29;

export const subnetMinimumSize = offlineRule({
  id: 'SUBNET-TOO-SMALL',
  severity: 'error',
  title: `No subnet is smaller than /${SMALLEST_SUBNET_PREFIX}`,
  source: cite(DOC.vnetFaq, 'smallest IPv4 subnet /29, largest /2'),
  check({ spec }) {
    const out: RawFinding[] = [];
    for (const s of analysisOf(spec).subnets) {
      if (!s.cidr || s.cidr.prefix <= SMALLEST_SUBNET_PREFIX) continue;
      out.push({
        path: s.path,
        message: `subnet ${s.spec.name} ${s.cidr.text} is smaller than /${SMALLEST_SUBNET_PREFIX}, the smallest subnet Azure allows`,
        hint: `Use a /${SMALLEST_SUBNET_PREFIX} or larger prefix.`,
      });
    }
    return out;
  },
});

export const subnetInAddressSpace = offlineRule({
  id: 'SUBNET-OUTSIDE-ADDRESS-SPACE',
  severity: 'error',
  title: 'Every subnet lies inside the VNet address space (when the spec gives it)',
  source: cite(DOC.vnetFaq, 'a subnet is a range of its VNet (Network RP)'),
  check({ spec }) {
    const a = analysisOf(spec);
    if (a.addressSpaceIndex.size === 0) return [];
    const out: RawFinding[] = [];
    const spaces = a.addressSpace.flatMap((x) => (x.cidr ? [x.cidr.text] : [])).join(', ');
    for (const s of a.subnets) {
      if (!s.cidr) continue;
      const container = a.addressSpaceIndex.findContaining(s.cidr);
      if (container?.value.cidr && containsRange(container.value.cidr, s.cidr)) continue;
      out.push({
        path: s.path,
        message: `subnet ${s.spec.name} ${s.cidr.text} is outside the VNet address space ${spaces}`,
        hint: 'Choose a prefix inside the address space, or add a range to network.addressSpace (and to the VNet).',
      });
    }
    return out;
  },
});

export const subnetOverlap = offlineRule({
  id: 'SUBNET-OVERLAP',
  severity: 'error',
  title: 'Subnets do not overlap each other',
  source: cite(DOC.vnetFaq, 'subnets of a VNet are disjoint ranges (Network RP)'),
  check({ spec }) {
    const pairs = analysisOf(spec)
      .subnetIndex.selfOverlaps()
      .sort((x, y) => x.item.value.index - y.item.value.index);
    const out: RawFinding[] = [];
    for (const { item, other } of pairs) {
      out.push({
        path: item.value.path,
        message: `subnet ${item.value.spec.name} ${item.value.spec.addressPrefix} overlaps subnet ${other.value.spec.name} ${other.value.spec.addressPrefix}`,
        hint: 'Give each subnet its own range.',
      });
    }
    return out;
  },
});

export const subnetNameUnique = offlineRule({
  id: 'SUBNET-NAME-UNIQUE',
  severity: 'error',
  title: 'Subnet names are unique (Azure names compare case-insensitively)',
  source: cite(DOC.networkVnetSwagger, 'a subnet is addressed by name: …/virtualNetworks/{vnet}/subnets/{subnet}'),
  check({ spec }) {
    const a = analysisOf(spec);
    const out: RawFinding[] = [];
    for (const s of a.subnets) {
      const first = a.subnetsByName.get(s.spec.name.toLowerCase());
      if (!first || first === s) continue;
      out.push({
        path: `network.subnets[${s.index}].name`,
        message: `subnet name ${s.spec.name} is used twice (first at network.subnets[${first.index}])`,
        hint: 'Rename one of the subnets.',
      });
    }
    return out;
  },
});

export const subnetRules = [subnetMinimumSize, subnetInAddressSpace, subnetOverlap, subnetNameUnique];
