// Microsoft.Network (2026-01-01 shapes): virtual networks with their subnets, network security groups
// with their rules. Subnets and rules are stored inside the parent's properties, as the parent's GET
// returns them; every write gets a new etag and runs as a long-running operation.
import { randomUUID } from 'node:crypto';
import type { EmuResponse, Json, JsonObject, World } from '../../types.js';
import {
  ArmError,
  asArray,
  asObject,
  asString,
  badRequest,
  clone,
  isObject,
  parentNotFound,
  resourceNotFound,
} from '../errors.js';
import {
  checkPreconditions,
  getResource,
  json,
  newEtag,
  props,
  putResource,
  resourcesOfType,
  takeLroFault,
  type Ctx,
  type Provider,
  type Target,
} from '../context.js';
import { aligned, canonical, containsCidr, overlaps, parseCidr, type Cidr } from '../cidr.js';
import { buildId, parseResourceId } from '../ids.js';
import { T } from '../catalog.js';

const NETWORK = 'Microsoft.Network';

/** Delegation actions the RP fills in per service (observed for ACI; others get none). */
const DELEGATION_ACTIONS: Record<string, string[]> = {
  'microsoft.containerinstance/containergroups': ['Microsoft.Network/virtualNetworks/subnets/action'],
};

// ---------- shared write machinery ----------

function anotherOperation(id: string): ArmError {
  return new ArmError(
    429,
    'RetryableErrorDueToAnotherOperation',
    `Operation on resource ${id} is not allowed because another operation is in progress on it or on a related ` +
      'resource. Retry the request after the other operation completes.',
    undefined,
    undefined,
    { 'Retry-After': '1' },
  );
}

/**
 * Runs a top-level write (VNet or NSG document) as an LRO: the new document is stored at once with
 * provisioningState Updating; it turns Succeeded when the operation ends, or the old document comes
 * back (marked Failed) when the operation fails.
 */
function writeDocument(
  ctx: Ctx,
  opts: {
    topId: string;
    targetId: string;
    previous: JsonObject | undefined;
    next: JsonObject;
    /** The resource (top-level or nested) whose body the PUT answers with. */
    answer: (doc: JsonObject) => JsonObject;
    timingKey: string;
    created: boolean;
  },
): EmuResponse {
  const location = asString(opts.next.location) ?? 'global';
  const fault = takeLroFault(ctx, opts.timingKey);
  setProvisioning(opts.next, 'Updating', opts.targetId);
  putResource(ctx.world, opts.next);
  const world = ctx.world;
  const headers = ctx.lro.start(
    {
      resourceId: opts.targetId,
      timingKey: opts.timingKey,
      subscriptionId: parseResourceId(opts.topId)?.subscriptionId ?? '',
      namespace: NETWORK,
      location,
      apiVersion: ctx.apiVersion,
      failure: fault,
      onSucceed: () => {
        const doc = getResource(world, opts.topId);
        if (doc !== undefined) setProvisioning(doc, 'Succeeded', opts.targetId);
      },
      onFail: () => {
        // A failed create leaves the resource in Failed state; a failed update restores the old content, marked Failed.
        const restored = opts.previous === undefined ? opts.next : clone(opts.previous);
        setProvisioning(restored, 'Failed', opts.targetId);
        restored.etag = newEtag();
        putResource(world, restored);
      },
    },
    ctx.now,
    ctx.req.baseUrl,
  );
  return json(opts.created ? 201 : 200, opts.answer(opts.next), headers);
}

/** Sets provisioningState on the written resource: the document itself, or the one nested child written. */
function setProvisioning(doc: JsonObject, state: string, targetId: string): void {
  if ((asString(doc.id) ?? '').toLowerCase() === targetId.toLowerCase()) {
    props(doc).provisioningState = state;
    return;
  }
  const p = props(doc);
  for (const key of ['subnets', 'securityRules']) {
    for (const child of asArray(p[key]) ?? []) {
      if (isObject(child) && (asString(child.id) ?? '').toLowerCase() === targetId.toLowerCase()) {
        props(child).provisioningState = state;
      }
    }
  }
}

function requireBody(ctx: Ctx): JsonObject {
  const body = asObject(ctx.req.body);
  if (body === undefined)
    throw badRequest('InvalidRequestFormat', 'Cannot parse the request: the body must be a JSON object.');
  return body;
}

function requireLocation(body: JsonObject): string {
  const location = asString(body.location);
  if (location === undefined || location === '') {
    throw badRequest('LocationRequired', 'The location property is required for this definition.');
  }
  return location;
}

function checkLocationUnchanged(existing: JsonObject | undefined, location: string, name: string, rg: string): void {
  const old = existing === undefined ? undefined : asString(existing.location);
  if (old !== undefined && old.toLowerCase() !== location.toLowerCase()) {
    throw badRequest(
      'InvalidResourceLocation',
      `The resource '${name}' already exists in location '${old}' in resource group '${rg}'. A resource with the same ` +
        `name cannot be created in location '${location}'. Please select a new resource name.`,
    );
  }
}

function parsePrefix(text: string, ownerId: string): Cidr {
  const c = parseCidr(text);
  if (c === undefined) {
    throw badRequest(
      'InvalidAddressPrefixFormat',
      `Address prefix ${text} for resource ${ownerId} is not formatted correctly. It should follow CIDR notation, for example 10.0.0.0/24.`,
    );
  }
  if (!aligned(c)) {
    throw badRequest(
      'InvalidCIDRNotation',
      `The address prefix ${text} in resource ${ownerId} has an invalid CIDR notation. For the given prefix length, ` +
        `the address prefix should be ${canonical(c)}.`,
    );
  }
  return c;
}

// ---------- subnets ----------

function subnetPrefixes(subnet: JsonObject): string[] {
  const p = asObject(subnet.properties) ?? {};
  const list = (asArray(p.addressPrefixes) ?? []).filter((x): x is string => typeof x === 'string');
  const one = asString(p.addressPrefix);
  return one !== undefined ? [one, ...list.filter((x) => x !== one)] : list;
}

function delegationServices(subnet: JsonObject | undefined): string[] {
  if (subnet === undefined) return [];
  return (asArray(props(subnet).delegations) ?? [])
    .map((d) => asString(asObject(asObject(d)?.properties)?.serviceName) ?? asString(asObject(d)?.serviceName))
    .filter((s): s is string => s !== undefined);
}

function usersOf(subnet: JsonObject): string[] {
  const p = asObject(subnet.properties) ?? {};
  const ids: string[] = [];
  for (const key of ['ipConfigurations', 'privateEndpoints', 'ipConfigurationProfiles']) {
    for (const x of asArray(p[key]) ?? []) {
      const id = asString(asObject(x)?.id);
      if (id !== undefined) ids.push(id);
    }
  }
  return ids;
}

/** Read-only, server-owned subnet properties that a PUT body cannot set or clear. */
const SERVER_OWNED = [
  'ipConfigurations',
  'ipConfigurationProfiles',
  'privateEndpoints',
  'serviceAssociationLinks',
  'resourceNavigationLinks',
  'purpose',
  'applicationGatewayIPConfigurations',
];

/** User-settable subnet properties: a PUT sets exactly these; omitted ones are cleared (replace semantics). */
const SETTABLE = [
  'addressPrefix',
  'addressPrefixes',
  'networkSecurityGroup',
  'routeTable',
  'natGateway',
  'serviceEndpoints',
  'serviceEndpointPolicies',
  'delegations',
  'privateEndpointNetworkPolicies',
  'privateLinkServiceNetworkPolicies',
  'defaultOutboundAccess',
  'sharingScope',
  'ipAllocations',
  'ipamPoolPrefixAllocations',
];

function buildSubnet(
  vnet: JsonObject,
  subnetId: string,
  name: string,
  body: JsonObject,
  old: JsonObject | undefined,
): JsonObject {
  const given = asObject(body.properties) ?? {};
  const p: JsonObject = {};
  for (const key of SETTABLE) if (given[key] !== undefined && given[key] !== null) p[key] = clone(given[key]);
  if (p.privateEndpointNetworkPolicies === undefined) p.privateEndpointNetworkPolicies = 'Disabled';
  if (p.privateLinkServiceNetworkPolicies === undefined) p.privateLinkServiceNetworkPolicies = 'Enabled';
  if (old !== undefined) {
    const op = asObject(old.properties) ?? {};
    for (const key of SERVER_OWNED) if (op[key] !== undefined) p[key] = clone(op[key]);
  }
  const location = asString(vnet.location) ?? '';
  if (p.delegations !== undefined) {
    p.delegations = (asArray(p.delegations) ?? []).map((d, i) => {
      const o = asObject(d) ?? {};
      const dName = asString(o.name) ?? `delegation${i}`;
      const serviceName = asString(asObject(o.properties)?.serviceName) ?? asString(o.serviceName) ?? '';
      return {
        name: dName,
        id: `${subnetId}/delegations/${dName}`,
        etag: newEtag(),
        type: 'Microsoft.Network/virtualNetworks/subnets/delegations',
        properties: {
          serviceName,
          actions: DELEGATION_ACTIONS[serviceName.toLowerCase()] ?? [],
          provisioningState: 'Succeeded',
        },
      } satisfies JsonObject;
    });
  } else {
    p.delegations = [];
  }
  if ((asArray(p.delegations) ?? []).length > 0 && p.purpose === undefined) p.purpose = '';
  if (p.serviceEndpoints !== undefined) {
    p.serviceEndpoints = (asArray(p.serviceEndpoints) ?? []).map((e) => {
      const o = asObject(e) ?? {};
      return { ...o, locations: o.locations ?? [location], provisioningState: 'Succeeded' };
    });
  }
  p.provisioningState = 'Succeeded';
  return { name, id: subnetId, etag: newEtag(), type: T.subnet, properties: p };
}

function formatList(items: string[]): string {
  return `[${items.join(',')}]`;
}

/** The Network RP's checks for one subnet of a VNet, against the VNet's space and its sibling subnets. */
function validateSubnet(
  world: World,
  vnet: JsonObject,
  vnetSpace: Cidr[],
  subnet: JsonObject,
  siblings: JsonObject[],
  old: JsonObject | undefined,
): void {
  const name = asString(subnet.name) ?? '';
  const id = asString(subnet.id) ?? '';
  const vnetName = asString(vnet.name) ?? '';
  const texts = subnetPrefixes(subnet);
  if (texts.length === 0) {
    throw badRequest(
      'NoAddressPrefixOrPoolProvided',
      `No address prefix or IPAM pool is provided for subnet '${name}' in virtual network '${vnetName}'.`,
    );
  }
  const prefixes = texts.map((t) => parsePrefix(t, id));
  if (prefixes.some((c) => !vnetSpace.some((space) => containsCidr(space, c)))) {
    throw badRequest(
      'NetcfgSubnetRangeOutsideVnet',
      `Subnet '${name}' is not valid because its IP address range is outside the IP address range of virtual network '${vnetName}'.`,
    );
  }
  for (const sib of siblings) {
    const sibPrefixes = subnetPrefixes(sib)
      .map((t) => parseCidr(t))
      .filter((c): c is Cidr => c !== undefined);
    if (prefixes.some((a) => sibPrefixes.some((b) => overlaps(a, b)))) {
      throw badRequest(
        'NetcfgSubnetRangesOverlap',
        `Subnet '${name}' is not valid because its IP address range overlaps with that of an existing subnet in virtual network '${vnetName}'.`,
      );
    }
  }
  const p = asObject(subnet.properties) ?? {};
  const nsgId = asString(asObject(p.networkSecurityGroup)?.id);
  if (nsgId !== undefined) {
    const nsg = getResource(world, nsgId);
    const sameRegion =
      nsg !== undefined && asString(nsg.location)?.toLowerCase() === asString(vnet.location)?.toLowerCase();
    if (!sameRegion || asString(nsg?.type)?.toLowerCase() !== T.nsg.toLowerCase()) {
      throw badRequest(
        'InvalidResourceReference',
        `Resource ${nsgId} referenced by resource ${id} was not found. Please make sure that the referenced resource ` +
          'exists, and that both resources are in the same region.',
      );
    }
    p.networkSecurityGroup = { id: asString(nsg?.id) ?? nsgId };
  }
  // A delegation cannot go while a service association link needs it, nor change while the subnet is in use.
  const before = delegationServices(old);
  const after = delegationServices(subnet);
  const lower = (xs: string[]): string[] => xs.map((x) => x.toLowerCase()).sort();
  for (const sal of asArray(asObject(old?.properties)?.serviceAssociationLinks) ?? []) {
    const so = asObject(sal) ?? {};
    const linked =
      asString(asObject(so.properties)?.linkedResourceType) ?? 'Microsoft.ContainerInstance/containerGroups';
    if (!lower(after).includes(linked.toLowerCase())) {
      const salId = asString(so.id) ?? `${id}/serviceAssociationLinks/${asString(so.name) ?? 'acisal'}`;
      throw badRequest(
        'SubnetMissingRequiredDelegation',
        `Subnet ${id} requires any of the following delegation(s) [${linked}] to reference service association link ${salId}.`,
      );
    }
  }
  if (JSON.stringify(lower(before)) !== JSON.stringify(lower(after))) {
    const users = old === undefined ? [] : usersOf(old);
    if (users.length > 0) {
      throw badRequest(
        'SubnetDelegationsCannotChangeWhenSubnetUsedByResource',
        `Delegations of subnet ${id} cannot be changed from ${formatList(before)} to ${formatList(after)} because it is ` +
          `being used by the resource ${users[0]}.`,
      );
    }
  }
}

function inUseCannotDelete(subnet: JsonObject): ArmError {
  const users = usersOf(subnet);
  return badRequest(
    'InUseSubnetCannotBeDeleted',
    `Subnet ${asString(subnet.name) ?? ''} is in use by ${users[0]} and cannot be deleted. In order to delete the ` +
      'subnet, delete all the resources within the subnet. See aka.ms/deletesubnet.',
  );
}

function vnetSpace(vnet: JsonObject): Cidr[] {
  const prefixes = (asArray(asObject(props(vnet).addressSpace)?.addressPrefixes) ?? []).filter(
    (x): x is string => typeof x === 'string',
  );
  return prefixes.map((t) => parsePrefix(t, asString(vnet.id) ?? ''));
}

function subnetsOf(vnet: JsonObject): JsonObject[] {
  return (asArray(props(vnet).subnets) ?? []).filter(isObject);
}

function findVnet(ctx: Ctx, t: Target): JsonObject | undefined {
  return getResource(ctx.world, buildId(t.subscriptionId, t.resourceGroup, T.vnet, t.names.slice(0, 1)));
}

const vnetProvider: Provider = {
  get(ctx, t) {
    const vnet = findVnet(ctx, t);
    if (vnet === undefined) throw resourceNotFound(T.vnet, t.names[0], t.resourceGroup);
    return json(200, vnet);
  },
  list(ctx, t) {
    return json(200, { value: listUnder(ctx.world, T.vnet, t) });
  },
  put(ctx, t) {
    const body = requireBody(ctx);
    const existing = findVnet(ctx, t);
    checkPreconditions(ctx.req, existing);
    const location = requireLocation(body);
    checkLocationUnchanged(existing, location, t.names[0], t.resourceGroup);
    const id = asString(existing?.id) ?? t.id;
    if (ctx.lro.busy(id)) throw anotherOperation(id);
    const given = asObject(body.properties) ?? {};
    const space = asObject(given.addressSpace);
    const prefixes = (asArray(space?.addressPrefixes) ?? []).filter((x): x is string => typeof x === 'string');
    if (prefixes.length === 0) {
      throw badRequest(
        'InvalidAddressSpace',
        `Virtual network ${id} must have at least one address prefix in addressSpace.`,
      );
    }
    const next: JsonObject = {
      name: asString(existing?.name) ?? t.names[0],
      id,
      etag: newEtag(),
      type: T.vnet,
      location,
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: asString(asObject(existing?.properties)?.resourceGuid) ?? randomUUID(),
        addressSpace: { addressPrefixes: prefixes },
        subnets: [],
        virtualNetworkPeerings: clone(asArray(asObject(existing?.properties)?.virtualNetworkPeerings) ?? []),
        enableDdosProtection: given.enableDdosProtection === true,
        privateEndpointVNetPolicies: asString(given.privateEndpointVNetPolicies) ?? 'Disabled',
      },
    };
    const tags = asObject(body.tags);
    if (tags !== undefined) next.tags = clone(tags);
    for (const key of ['dhcpOptions', 'encryption', 'flowTimeoutInMinutes', 'ddosProtectionPlan', 'bgpCommunities']) {
      if (given[key] !== undefined) props(next)[key] = clone(given[key]);
    }
    const spaceCidrs = vnetSpace(next);
    for (let i = 0; i < spaceCidrs.length; i++) {
      for (let j = i + 1; j < spaceCidrs.length; j++) {
        if (overlaps(spaceCidrs[i], spaceCidrs[j])) {
          throw badRequest(
            'VnetAddressSpacesOverlap',
            `Address space ${spaceCidrs[i].text} overlaps with address space ${spaceCidrs[j].text} in virtual network ${id}.`,
          );
        }
      }
    }
    // VNet PUT replaces the subnet list too: subnets left out are deleted, unless something uses them.
    const oldSubnets = existing === undefined ? [] : subnetsOf(existing);
    const wanted = (asArray(given.subnets) ?? []).filter(isObject);
    const built: JsonObject[] = [];
    for (const s of wanted) {
      const sName = asString(s.name);
      if (sName === undefined || sName === '') throw badRequest('InvalidRequestFormat', 'Every subnet needs a name.');
      const old = oldSubnets.find((o) => asString(o.name)?.toLowerCase() === sName.toLowerCase());
      const sub = buildSubnet(
        next,
        `${id}/subnets/${asString(old?.name) ?? sName}`,
        asString(old?.name) ?? sName,
        s,
        old,
      );
      validateSubnet(ctx.world, next, spaceCidrs, sub, built, old);
      built.push(sub);
    }
    for (const old of oldSubnets) {
      const kept = built.some((b) => asString(b.name)?.toLowerCase() === asString(old.name)?.toLowerCase());
      if (!kept && usersOf(old).length > 0) throw inUseCannotDelete(old);
    }
    props(next).subnets = built;
    return writeDocument(ctx, {
      topId: id,
      targetId: id,
      previous: existing,
      next,
      answer: (doc) => doc,
      timingKey: T.vnet,
      created: existing === undefined,
    });
  },
};

const subnetProvider: Provider = {
  get(ctx, t) {
    const vnet = findVnet(ctx, t);
    if (vnet === undefined) throw parentNotFound(t.names[0]);
    const subnet = subnetsOf(vnet).find((s) => asString(s.name)?.toLowerCase() === t.names[1].toLowerCase());
    if (subnet === undefined) throw new ArmError(404, 'NotFound', `Resource ${t.id} not found.`);
    return json(200, subnet);
  },
  list(ctx, t) {
    const vnet = findVnet(ctx, t);
    if (vnet === undefined) throw parentNotFound(t.names[0]);
    return json(200, { value: subnetsOf(vnet) });
  },
  put(ctx, t) {
    const body = requireBody(ctx);
    const vnet = findVnet(ctx, t);
    if (vnet === undefined) throw parentNotFound(t.names[0]);
    const vnetId = asString(vnet.id) ?? '';
    const siblings = subnetsOf(vnet);
    const old = siblings.find((s) => asString(s.name)?.toLowerCase() === t.names[1].toLowerCase());
    checkPreconditions(ctx.req, old);
    const name = asString(old?.name) ?? t.names[1];
    const subnetId = `${vnetId}/subnets/${name}`;
    if (ctx.lro.busy(subnetId)) throw anotherOperation(subnetId);
    const subnet = buildSubnet(vnet, subnetId, name, body, old);
    validateSubnet(
      ctx.world,
      vnet,
      vnetSpace(vnet),
      subnet,
      siblings.filter((s) => s !== old),
      old,
    );
    const next = withChild(vnet, 'subnets', subnetsOf, name, subnet);
    return writeDocument(ctx, {
      topId: vnetId,
      targetId: subnetId,
      previous: vnet,
      next,
      answer: (doc) => subnetsOf(doc).find((s) => asString(s.id) === subnetId) ?? subnet,
      timingKey: T.subnet,
      created: old === undefined,
    });
  },
};

// ---------- network security groups ----------

const DEFAULT_RULES: [string, string, string, string, string, number, string][] = [
  [
    'AllowVnetInBound',
    'Allow inbound traffic from all VMs in VNET',
    'VirtualNetwork',
    'VirtualNetwork',
    'Allow',
    65000,
    'Inbound',
  ],
  [
    'AllowAzureLoadBalancerInBound',
    'Allow inbound traffic from azure load balancer',
    'AzureLoadBalancer',
    '*',
    'Allow',
    65001,
    'Inbound',
  ],
  ['DenyAllInBound', 'Deny all inbound traffic', '*', '*', 'Deny', 65500, 'Inbound'],
  [
    'AllowVnetOutBound',
    'Allow outbound traffic from all VMs to all VMs in VNET',
    'VirtualNetwork',
    'VirtualNetwork',
    'Allow',
    65000,
    'Outbound',
  ],
  [
    'AllowInternetOutBound',
    'Allow outbound traffic from all VMs to Internet',
    '*',
    'Internet',
    'Allow',
    65001,
    'Outbound',
  ],
  ['DenyAllOutBound', 'Deny all outbound traffic', '*', '*', 'Deny', 65500, 'Outbound'],
];

function defaultRules(nsgId: string): JsonObject[] {
  return DEFAULT_RULES.map(([name, description, src, dst, access, priority, direction]) => ({
    name,
    id: `${nsgId}/defaultSecurityRules/${name}`,
    etag: newEtag(),
    type: T.defaultRule,
    properties: {
      provisioningState: 'Succeeded',
      description,
      protocol: '*',
      sourcePortRange: '*',
      destinationPortRange: '*',
      sourceAddressPrefix: src,
      sourceAddressPrefixes: [],
      destinationAddressPrefix: dst,
      destinationAddressPrefixes: [],
      sourcePortRanges: [],
      destinationPortRanges: [],
      access,
      priority,
      direction,
    },
  }));
}

const PROTOCOLS = ['Tcp', 'Udp', 'Icmp', 'Esp', '*', 'Ah'];
const ACCESS = ['Allow', 'Deny'];
const DIRECTIONS = ['Inbound', 'Outbound'];

function pickEnum(value: Json | undefined, allowed: string[]): string | undefined {
  if (typeof value !== 'string') return undefined;
  return allowed.find((a) => a.toLowerCase() === value.toLowerCase());
}

const RULE_FIELDS = [
  'description',
  'sourcePortRange',
  'destinationPortRange',
  'sourceAddressPrefix',
  'destinationAddressPrefix',
  'sourceAddressPrefixes',
  'destinationAddressPrefixes',
  'sourcePortRanges',
  'destinationPortRanges',
  'sourceApplicationSecurityGroups',
  'destinationApplicationSecurityGroups',
];

function validPortRange(v: string): boolean {
  if (v === '*') return true;
  const m = /^(\d{1,5})(?:-(\d{1,5}))?$/.exec(v);
  if (!m) return false;
  const lo = Number(m[1]);
  const hi = m[2] === undefined ? lo : Number(m[2]);
  return lo <= hi && hi <= 65535;
}

/** SecurityRulePropertiesFormat: required protocol/access/priority/direction, priority 100..4096. */
function buildRule(ruleId: string, name: string, body: JsonObject): JsonObject {
  const given = asObject(body.properties) ?? {};
  const protocol = pickEnum(given.protocol, PROTOCOLS);
  if (protocol === undefined) {
    throw badRequest(
      'SecurityRuleInvalidProtocol',
      `Security rule ${name} has invalid Protocol. Value provided: ${String(given.protocol ?? null)}. Allowed values: ${PROTOCOLS.join(', ')}.`,
      'properties.protocol',
    );
  }
  const access = pickEnum(given.access, ACCESS);
  if (access === undefined) {
    throw badRequest(
      'SecurityRuleInvalidAccess',
      `Security rule ${name} has invalid Access. Value provided: ${String(given.access ?? null)}. Allowed values: Allow, Deny.`,
      'properties.access',
    );
  }
  const direction = pickEnum(given.direction, DIRECTIONS);
  if (direction === undefined) {
    throw badRequest(
      'SecurityRuleInvalidDirection',
      `Security rule ${name} has invalid Direction. Value provided: ${String(given.direction ?? null)}. Allowed values: Inbound, Outbound.`,
      'properties.direction',
    );
  }
  const priority = given.priority;
  if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 100 || priority > 4096) {
    throw badRequest(
      'SecurityRuleInvalidPriority',
      `Security rule ${name} has invalid Priority. Value provided: ${String(priority ?? null)}. Allowed range 100-4096.`,
      'properties.priority',
    );
  }
  const p: JsonObject = { provisioningState: 'Succeeded', protocol, access, priority, direction };
  for (const key of RULE_FIELDS) if (given[key] !== undefined && given[key] !== null) p[key] = clone(given[key]);
  for (const key of ['sourcePortRange', 'destinationPortRange']) {
    const v = asString(p[key]);
    if (v !== undefined && !validPortRange(v)) {
      throw badRequest(
        'SecurityRuleInvalidPortRange',
        `Security rule ${name} has invalid Port range. Value provided: ${v}. Value should be an integer OR integer range with '-' delimiter. Valid range 0-65535.`,
        `properties.${key}`,
      );
    }
  }
  if (typeof given.description === 'string' && given.description.length > 140) {
    throw badRequest(
      'SecurityRuleDescriptionTooLong',
      `Security rule ${name} description is longer than 140 characters.`,
    );
  }
  for (const key of [
    'sourcePortRanges',
    'destinationPortRanges',
    'sourceAddressPrefixes',
    'destinationAddressPrefixes',
  ]) {
    if (p[key] === undefined) p[key] = [];
  }
  return { name, id: ruleId, etag: newEtag(), type: T.rule, properties: p };
}

function checkRuleConflict(rule: JsonObject, others: JsonObject[]): void {
  const rp = props(rule);
  for (const other of others) {
    const op = props(other);
    if (
      op.priority === rp.priority &&
      asString(op.direction)?.toLowerCase() === asString(rp.direction)?.toLowerCase()
    ) {
      throw badRequest(
        'SecurityRuleConflict',
        `Security rule ${asString(rule.name) ?? ''} conflicts with rule ${asString(other.name) ?? ''}. Rules cannot have ` +
          'the same Priority and Direction. To learn more, see aka.ms/nsgrules.',
      );
    }
  }
}

function rulesOf(nsg: JsonObject, key = 'securityRules'): JsonObject[] {
  return (asArray(props(nsg)[key]) ?? []).filter(isObject);
}

function findNsg(ctx: Ctx, t: Target): JsonObject | undefined {
  return getResource(ctx.world, buildId(t.subscriptionId, t.resourceGroup, T.nsg, t.names.slice(0, 1)));
}

function listUnder(world: World, fullType: string, t: Target): JsonObject[] {
  const prefix = (t.ref.resourceGroup === undefined ? `/subscriptions/${t.subscriptionId}/` : `${t.id}/`).toLowerCase();
  return resourcesOfType(world, fullType).filter((r) => (asString(r.id) ?? '').toLowerCase().startsWith(prefix));
}

const nsgProvider: Provider = {
  get(ctx, t) {
    const nsg = findNsg(ctx, t);
    if (nsg === undefined) throw resourceNotFound(T.nsg, t.names[0], t.resourceGroup);
    return json(200, withSubnets(ctx.world, nsg));
  },
  list(ctx, t) {
    return json(200, { value: listUnder(ctx.world, T.nsg, t).map((n) => withSubnets(ctx.world, n)) });
  },
  put(ctx, t) {
    const body = requireBody(ctx);
    const existing = findNsg(ctx, t);
    checkPreconditions(ctx.req, existing);
    const location = requireLocation(body);
    checkLocationUnchanged(existing, location, t.names[0], t.resourceGroup);
    const id = asString(existing?.id) ?? t.id;
    if (ctx.lro.busy(id)) throw anotherOperation(id);
    const given = asObject(body.properties) ?? {};
    const rules: JsonObject[] = [];
    for (const r of (asArray(given.securityRules) ?? []).filter(isObject)) {
      const rName = asString(r.name);
      if (rName === undefined || rName === '')
        throw badRequest('InvalidRequestFormat', 'Every security rule needs a name.');
      const rule = buildRule(`${id}/securityRules/${rName}`, rName, r);
      checkRuleConflict(rule, rules);
      rules.push(rule);
    }
    const next: JsonObject = {
      name: asString(existing?.name) ?? t.names[0],
      id,
      etag: newEtag(),
      type: T.nsg,
      location,
      properties: {
        provisioningState: 'Succeeded',
        resourceGuid: asString(asObject(existing?.properties)?.resourceGuid) ?? randomUUID(),
        flushConnection: given.flushConnection === true,
        securityRules: rules,
        defaultSecurityRules:
          existing === undefined ? defaultRules(id) : clone(rulesOf(existing, 'defaultSecurityRules')),
      },
    };
    const tags = asObject(body.tags);
    if (tags !== undefined) next.tags = clone(tags);
    return writeDocument(ctx, {
      topId: id,
      targetId: id,
      previous: existing,
      next,
      answer: (doc) => doc,
      timingKey: T.nsg,
      created: existing === undefined,
    });
  },
  /**
   * UpdateTags (PATCH {tags}): replaces the NSG's tags, nothing else, synchronously (200 with the NSG), with a new
   * etag; If-Match is honoured. https://learn.microsoft.com/en-us/rest/api/virtualnetwork/network-security-groups/update-tags
   */
  patch(ctx, t) {
    const body = requireBody(ctx);
    const existing = findNsg(ctx, t);
    if (existing === undefined) throw resourceNotFound(T.nsg, t.names[0], t.resourceGroup);
    checkPreconditions(ctx.req, existing);
    const tags = asObject(body.tags);
    if (tags === undefined) throw badRequest('InvalidRequestFormat', 'The request body must give tags.');
    for (const [k, v] of Object.entries(tags)) {
      if (typeof v !== 'string') throw badRequest('InvalidRequestFormat', `The value of tag '${k}' must be a string.`);
      if (k.length > 512 || v.length > 256 || /[<>%&\\?/]/.test(k)) {
        throw badRequest('InvalidTagNameCharacters', `The tag name '${k}' or its value is invalid.`);
      }
    }
    if (Object.keys(tags).length > 50) throw badRequest('InvalidTemplate', 'A resource can have at most 50 tags.');
    const next = clone(existing);
    next.tags = clone(tags);
    next.etag = newEtag();
    putResource(ctx.world, next);
    return json(200, withSubnets(ctx.world, next));
  },
};

/** NSG GETs list the subnets associated with them (read-only back-references). */
function withSubnets(world: World, nsg: JsonObject): JsonObject {
  const id = (asString(nsg.id) ?? '').toLowerCase();
  const subnets: JsonObject[] = [];
  for (const vnet of resourcesOfType(world, T.vnet)) {
    for (const s of subnetsOf(vnet)) {
      if (asString(asObject(props(s).networkSecurityGroup)?.id)?.toLowerCase() === id)
        subnets.push({ id: asString(s.id) ?? '' });
    }
  }
  if (subnets.length === 0) return nsg;
  return { ...nsg, properties: { ...props(nsg), subnets } };
}

function ruleProvider(key: 'securityRules' | 'defaultSecurityRules'): Provider {
  return {
    get(ctx, t) {
      const nsg = findNsg(ctx, t);
      if (nsg === undefined) throw parentNotFound(t.names[0]);
      const rule = rulesOf(nsg, key).find((r) => asString(r.name)?.toLowerCase() === t.names[1].toLowerCase());
      if (rule === undefined) throw new ArmError(404, 'NotFound', `Resource ${t.id} not found.`);
      return json(200, rule);
    },
    list(ctx, t) {
      const nsg = findNsg(ctx, t);
      if (nsg === undefined) throw parentNotFound(t.names[0]);
      return json(200, { value: rulesOf(nsg, key) });
    },
    put:
      key === 'defaultSecurityRules'
        ? undefined
        : (ctx, t) => {
            const body = requireBody(ctx);
            const nsg = findNsg(ctx, t);
            if (nsg === undefined) throw parentNotFound(t.names[0]);
            const nsgId = asString(nsg.id) ?? '';
            const rules = rulesOf(nsg);
            const old = rules.find((r) => asString(r.name)?.toLowerCase() === t.names[1].toLowerCase());
            checkPreconditions(ctx.req, old);
            const name = asString(old?.name) ?? t.names[1];
            const ruleId = `${nsgId}/securityRules/${name}`;
            if (ctx.lro.busy(ruleId)) throw anotherOperation(ruleId);
            const rule = buildRule(ruleId, name, body);
            checkRuleConflict(
              rule,
              rules.filter((r) => r !== old),
            );
            // A rule PUT touches only that rule: the others are carried over unchanged.
            const next = withChild(nsg, 'securityRules', (doc) => rulesOf(doc), name, rule);
            return writeDocument(ctx, {
              topId: nsgId,
              targetId: ruleId,
              previous: nsg,
              next,
              answer: (doc) => rulesOf(doc).find((r) => asString(r.id) === ruleId) ?? rule,
              timingKey: T.rule,
              created: old === undefined,
            });
          },
    delete: key === 'defaultSecurityRules' ? undefined : deleteRule,
  };
}

/**
 * SecurityRules_Delete: 204 when the rule does not exist; else 202 with Azure-AsyncOperation and Location, the
 * rule gone once the operation succeeds (restored if it fails). If-Match is checked against the rule's etag.
 * https://learn.microsoft.com/en-us/rest/api/virtualnetwork/security-rules/delete
 */
function deleteRule(ctx: Ctx, t: Target): EmuResponse {
  const nsg = findNsg(ctx, t);
  if (nsg === undefined) throw parentNotFound(t.names[0]);
  const rule = rulesOf(nsg).find((r) => asString(r.name)?.toLowerCase() === t.names[1].toLowerCase());
  if (rule === undefined) return { status: 204 };
  checkPreconditions(ctx.req, rule);
  const nsgId = asString(nsg.id) ?? '';
  const ruleId = asString(rule.id) ?? `${nsgId}/securityRules/${t.names[1]}`;
  if (ctx.lro.busy(ruleId) || ctx.lro.busy(nsgId)) throw anotherOperation(ruleId);
  const fault = takeLroFault(ctx, T.rule);
  setProvisioning(nsg, 'Deleting', ruleId);
  const world = ctx.world;
  const headers = ctx.lro.start(
    {
      resourceId: ruleId,
      timingKey: T.rule,
      subscriptionId: t.subscriptionId,
      namespace: NETWORK,
      location: asString(nsg.location) ?? 'global',
      apiVersion: ctx.apiVersion,
      failure: fault,
      onSucceed: () => {
        const doc = getResource(world, nsgId);
        if (doc === undefined) return;
        const next = clone(doc);
        next.etag = newEtag();
        props(next).securityRules = rulesOf(next).filter((r) => asString(r.id)?.toLowerCase() !== ruleId.toLowerCase());
        putResource(world, next);
      },
      onFail: () => {
        const doc = getResource(world, nsgId);
        if (doc !== undefined) setProvisioning(doc, 'Failed', ruleId);
      },
    },
    ctx.now,
    ctx.req.baseUrl,
  );
  return json(202, undefined, { ...headers, Location: headers['Azure-AsyncOperation'] ?? '' });
}

/**
 * A copy of a parent (VNet, NSG) with a new etag whose child list `key` has `child` in place of the item of the
 * same name (case-insensitive, as ARM names are), or appended: a child PUT touches only that child.
 */
function withChild(
  parent: JsonObject,
  key: string,
  childrenOf: (doc: JsonObject) => JsonObject[],
  name: string,
  child: JsonObject,
): JsonObject {
  // The children come from the clone, so the previous document (kept for a failed operation) shares none of them.
  const next = clone(parent);
  next.etag = newEtag();
  const list = childrenOf(next).map((c) => (asString(c.name)?.toLowerCase() === name.toLowerCase() ? child : c));
  if (!list.includes(child)) list.push(child);
  props(next)[key] = list;
  return next;
}

export const networkProviders: Record<string, Provider> = {
  [T.vnet]: vnetProvider,
  [T.subnet]: subnetProvider,
  [T.nsg]: nsgProvider,
  [T.rule]: ruleProvider('securityRules'),
  [T.defaultRule]: ruleProvider('defaultSecurityRules'),
};

// ---------- helpers for other providers ----------

export interface SubnetRef {
  vnet: JsonObject;
  subnet: JsonObject;
}

export function findSubnet(world: World, subnetId: string): SubnetRef | undefined {
  const parsed = parseResourceId(subnetId);
  if (parsed === undefined || parsed.fullType.toLowerCase() !== T.subnet.toLowerCase()) return undefined;
  const vnet = getResource(
    world,
    buildId(parsed.subscriptionId, parsed.resourceGroup, T.vnet, parsed.names.slice(0, 1)),
  );
  if (vnet === undefined) return undefined;
  const subnet = subnetsOf(vnet).find((s) => asString(s.name)?.toLowerCase() === parsed.names[1].toLowerCase());
  return subnet === undefined ? undefined : { vnet, subnet };
}

export function vnetSubnets(vnet: JsonObject): JsonObject[] {
  return subnetsOf(vnet);
}

export { subnetPrefixes };

/** Records that a cluster's nodes use the subnet (an ipConfiguration, as the RP shows for NICs in it). */
export function addSubnetUser(world: World, subnetId: string, ipConfigurationId: string): void {
  addSubnetUsers(world, subnetId, [ipConfigurationId]);
}

/** Records ip configurations (a node's NIC, a pod's address) as users of the subnet. */
export function addSubnetUsers(world: World, subnetId: string, ipConfigurationIds: string[]): void {
  const ref = findSubnet(world, subnetId);
  if (ref === undefined) return;
  const p = props(ref.subnet);
  const list = (asArray(p.ipConfigurations) ?? []).filter(isObject);
  const seen = new Set(list.map((x) => asString(x.id)?.toLowerCase()));
  const added = ipConfigurationIds.filter((id) => !seen.has(id.toLowerCase()));
  if (added.length === 0) return;
  for (const id of added) list.push({ id });
  p.ipConfigurations = list;
  ref.subnet.etag = newEtag();
  ref.vnet.etag = newEtag();
}

export function removeSubnetUsers(world: World, subnetId: string, match: (ipConfigurationId: string) => boolean): void {
  const ref = findSubnet(world, subnetId);
  if (ref === undefined) return;
  const p = props(ref.subnet);
  const list = (asArray(p.ipConfigurations) ?? []).filter(isObject);
  const kept = list.filter((x) => !match(asString(x.id) ?? ''));
  if (kept.length === list.length) return;
  if (kept.length === 0) delete p.ipConfigurations;
  else p.ipConfigurations = kept;
  ref.subnet.etag = newEtag();
  ref.vnet.etag = newEtag();
}

/** Fills what a seeded (hand-written) network resource may lack: etags, ids, types, provisioningState. */
export function normalizeNetwork(world: World): void {
  for (const [key, r] of [...world.resources]) {
    const type = asString(r.type)?.toLowerCase();
    // A subnet or rule seeded on its own is folded into its parent, where the RP keeps it.
    if (type === T.subnet.toLowerCase() || type === T.rule.toLowerCase()) {
      const id = asString(r.id) ?? '';
      const parentId = id.slice(
        0,
        id.toLowerCase().lastIndexOf(type === T.subnet.toLowerCase() ? '/subnets/' : '/securityrules/'),
      );
      const parent = getResource(world, parentId);
      if (parent !== undefined) {
        const coll = type === T.subnet.toLowerCase() ? 'subnets' : 'securityRules';
        const list = (asArray(props(parent)[coll]) ?? []).filter(isObject);
        if (!list.some((x) => asString(x.name)?.toLowerCase() === asString(r.name)?.toLowerCase())) list.push(r);
        props(parent)[coll] = list;
        world.resources.delete(key);
      }
    }
  }
  // Second pass, once every child sits in its parent.
  for (const r of world.resources.values()) {
    const type = asString(r.type)?.toLowerCase();
    if (type !== T.vnet.toLowerCase() && type !== T.nsg.toLowerCase()) continue;
    fillNetworkDefaults(r, type === T.vnet.toLowerCase() ? 'subnets' : 'securityRules');
    if (type === T.nsg.toLowerCase() && asArray(props(r).defaultSecurityRules) === undefined) {
      props(r).defaultSecurityRules = defaultRules(asString(r.id) ?? '');
    }
  }
}

function fillNetworkDefaults(doc: JsonObject, childKey: string): void {
  if (asString(doc.etag) === undefined) doc.etag = newEtag();
  const p = props(doc);
  if (asString(p.provisioningState) === undefined) p.provisioningState = 'Succeeded';
  const children = (asArray(p[childKey]) ?? []).filter(isObject);
  const childType = childKey === 'subnets' ? T.subnet : T.rule;
  for (const c of children) {
    if (asString(c.etag) === undefined) c.etag = newEtag();
    if (asString(c.id) === undefined) c.id = `${asString(doc.id) ?? ''}/${childKey}/${asString(c.name) ?? ''}`;
    if (asString(c.type) === undefined) c.type = childType;
    const cp = props(c);
    if (asString(cp.provisioningState) === undefined) cp.provisioningState = 'Succeeded';
  }
  if (asArray(p[childKey]) !== undefined || childKey === 'subnets') p[childKey] = children;
}
