// The ARM side of the emulator: createArmHandler(world, faults) serves every ARM path the shell hands
// over (it has already authenticated the caller). Order of checks as ARM applies them: api-version,
// subscription, authorization (RBAC), resource group, then the resource provider's own validation.
import type { ArmHandler, EmuRequest, EmuResponse, FaultInjector, Principal, World } from '../types.js';
import { API_VERSIONS, canonicalType } from './catalog.js';
import { getResource, type Ctx, type Provider, type Target } from './context.js';
import { ArmError, asString, errorJson, resourceGroupNotFound } from './errors.js';
import { buildId, fullTypeOf, parsePath, type ResourceRef } from './ids.js';
import { LroEngine } from './lro.js';
import { authorize } from './rbac.js';
import { knownSubscription, resourceGroupOf } from './store.js';
import { handleAuthorization } from './providers/authorization.js';
import { containerServiceProviders } from './providers/containerService.js';
import { kubernetesConfigurationProviders } from './providers/kubernetesConfiguration.js';
import { machineLearningProviders } from './providers/machineLearning.js';
import { networkProviders } from './providers/network.js';
import { normalizePrivateEndpoints, privateEndpointProvider } from './providers/privateEndpoints.js';
import { storageAccountProvider } from './providers/storage.js';
import { registryProvider } from './providers/containerRegistry.js';
import { normalizeWorld } from './normalize.js';
import { handleResourceGroup, listResourceGroups, providerJson, subscriptionJson } from './providers/resources.js';

export { builtInRoleDefinitions, ROLE_IDS, isAllowed, effectivePermissions, roleDefinitionJson } from './rbac.js';
export { API_VERSIONS } from './catalog.js';

const PROVIDERS: Record<string, Provider> = Object.fromEntries(
  Object.entries({
    ...networkProviders,
    ...containerServiceProviders,
    ...machineLearningProviders,
    ...kubernetesConfigurationProviders,
    'Microsoft.Network/privateEndpoints': privateEndpointProvider,
    'Microsoft.Storage/storageAccounts': storageAccountProvider,
    'Microsoft.ContainerRegistry/registries': registryProvider,
  }).map(([k, v]) => [k.toLowerCase(), v]),
);

export interface ArmHandlerWithSettle extends ArmHandler {
  /** Commits the long-running operations whose time has come (the shell may call it before dumping state). */
  settle(now?: number): void;
}

function namespaceOf(route: ReturnType<typeof parsePath>): string | undefined {
  switch (route.kind) {
    case 'subscriptions':
    case 'subscription':
    case 'provider':
    case 'resourceGroups':
    case 'resourceGroup':
      return 'microsoft.resources';
    case 'authorization':
      return 'microsoft.authorization';
    case 'operation':
      return route.namespace.toLowerCase();
    case 'resource':
      return route.ref.namespace.toLowerCase();
    default:
      return undefined;
  }
}

function checkApiVersion(req: EmuRequest, namespace: string): string {
  const v = req.query.get('api-version');
  if (v === null || v === '') {
    throw new ArmError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  const supported = API_VERSIONS[namespace];
  if (supported === undefined) {
    throw new ArmError(400, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid.`);
  }
  if (!supported.includes(v)) {
    throw new ArmError(
      400,
      'InvalidApiVersionParameter',
      `The api-version '${v}' is invalid. The supported versions are '${[...supported].reverse().join(',')}'.`,
    );
  }
  return v;
}

const ACTION_VERB: Record<string, string> = {
  GET: 'read',
  HEAD: 'read',
  PUT: 'write',
  PATCH: 'write',
  DELETE: 'delete',
};

/** The id of an extension resource on its parent (the parent as stored, so ids keep ARM's casing). */
function extensionId(ctx: Ctx, scope: string, fullType: string, names: string[]): string {
  const parent = asString(getResource(ctx.world, scope)?.id) ?? scope;
  const [ns, type] = fullType.split('/');
  return names.length === 0 ? parent : `${parent}/providers/${ns}/${type}/${names[0]}`;
}

function resolveTarget(ctx: Ctx, ref: ResourceRef): { target: Target; provider: Provider } {
  const given = fullTypeOf(ref);
  const fullType = canonicalType(given);
  if (fullType === undefined) {
    throw new ArmError(
      400,
      'InvalidResourceType',
      `The resource type '${ref.types.join('/')}' could not be found in the namespace '${ref.namespace}' for api version '${ctx.apiVersion}'.`,
    );
  }
  const provider = PROVIDERS[fullType.toLowerCase()];
  const subscriptionId = ref.subscriptionId;
  let resourceGroup = ref.resourceGroup ?? '';
  const rg =
    ref.resourceGroup === undefined ? undefined : resourceGroupOf(ctx.world, subscriptionId, ref.resourceGroup);
  if (rg !== undefined) resourceGroup = asString(rg.name) ?? resourceGroup;
  const id =
    ref.scope !== undefined
      ? extensionId(ctx, ref.scope, fullType, ref.names)
      : ref.resourceGroup === undefined
        ? `/subscriptions/${subscriptionId}`
        : ref.collection && ref.names.length === 0
          ? `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`
          : buildId(subscriptionId, resourceGroup, fullType, ref.names);
  return { target: { ref, fullType, subscriptionId, resourceGroup, names: ref.names, id }, provider };
}

function dispatchResource(ctx: Ctx, ref: ResourceRef): EmuResponse {
  const { target, provider } = resolveTarget(ctx, ref);
  const method = ctx.req.method.toUpperCase();
  const verb = ACTION_VERB[method];
  if (verb === undefined) throw new ArmError(405, 'MethodNotAllowed', `The method ${method} is not supported.`);
  // A list is authorized over its parent (the resource group, or the parent resource of a child collection).
  const scope = ref.collection && ref.names.length > 0 ? target.id.slice(0, target.id.lastIndexOf('/')) : target.id;
  authorize(ctx.world, ctx.principal, `${target.fullType}/${verb}`, scope);
  if (
    ref.resourceGroup !== undefined &&
    resourceGroupOf(ctx.world, ref.subscriptionId, ref.resourceGroup) === undefined
  ) {
    throw resourceGroupNotFound(ref.resourceGroup);
  }
  const handler = ref.collection
    ? method === 'GET'
      ? provider.list
      : undefined
    : method === 'GET' || method === 'HEAD'
      ? provider.get
      : method === 'PUT'
        ? provider.put
        : method === 'DELETE'
          ? provider.delete
          : method === 'PATCH'
            ? provider.patch
            : undefined;
  if (handler === undefined) {
    throw new ArmError(
      405,
      'MethodNotAllowed',
      `The emulator does not support ${method} on ${target.fullType}${ref.collection ? ' collections' : ''}.`,
    );
  }
  const res = handler(ctx, target);
  return method === 'HEAD' ? { status: res.status === 200 ? 204 : res.status, headers: res.headers } : res;
}

function route(ctx: Ctx): EmuResponse {
  const r = parsePath(ctx.req.path);
  switch (r.kind) {
    case 'unknown':
      throw new ArmError(404, 'NotFound', `The emulator does not serve ${ctx.req.path}.`);
    case 'subscriptions':
      return { status: 200, body: { value: ctx.world.subscriptionIds.map((s) => subscriptionJson(ctx, s)) } };
    case 'authorization': {
      const scopeSub = /^\/subscriptions\/([^/]+)/i.exec(r.scope)?.[1];
      if (scopeSub !== undefined && !knownSubscription(ctx.world, scopeSub)) {
        throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${scopeSub}' could not be found.`);
      }
      return handleAuthorization(ctx, r.scope, r.collection, r.name);
    }
    default:
      break;
  }
  const sub = r.kind === 'resource' ? r.ref.subscriptionId : r.subscriptionId;
  if (!knownSubscription(ctx.world, sub)) {
    throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
  }
  switch (r.kind) {
    case 'subscription':
      return { status: 200, body: subscriptionJson(ctx, sub) };
    case 'provider':
      return { status: 200, body: providerJson(ctx, sub, r.namespace) };
    case 'resourceGroups':
      return listResourceGroups(ctx, sub);
    case 'resourceGroup':
      return handleResourceGroup(ctx, sub, r.resourceGroup);
    case 'operation': {
      const body = ctx.lro.statusBody(r.operationId);
      if (body === undefined)
        throw new ArmError(404, 'OperationNotFound', `The operation '${r.operationId}' could not be found.`);
      return { status: 200, body, headers: { 'Retry-After': String(ctx.lro.retryAfterFor(r.operationId, ctx.now)) } };
    }
    case 'resource':
      return dispatchResource(ctx, r.ref);
  }
}

export function createArmHandler(world: World, faults: FaultInjector): ArmHandlerWithSettle {
  const lro = new LroEngine(world);
  let reads = 12000;
  let writes = 1200;
  return {
    settle(now = Date.now()) {
      lro.settle(now);
    },
    async handle(req: EmuRequest, principal: Principal): Promise<EmuResponse> {
      const now = Date.now();
      lro.settle(now);
      normalizeWorld(world);
      normalizePrivateEndpoints(world);
      const isWrite = !['GET', 'HEAD'].includes(req.method.toUpperCase());
      const headers: Record<string, string> = {
        'x-ms-request-id': req.requestId,
        'x-ms-correlation-request-id': req.headers['x-ms-correlation-request-id'] ?? req.requestId,
      };
      if (isWrite)
        headers['x-ms-ratelimit-remaining-subscription-writes'] = String((writes = writes <= 1 ? 1199 : writes - 1));
      else headers['x-ms-ratelimit-remaining-subscription-reads'] = String((reads = reads <= 1 ? 11999 : reads - 1));
      if (req.headers['x-ms-client-request-id'] !== undefined)
        headers['x-ms-client-request-id'] = req.headers['x-ms-client-request-id'];
      try {
        const r = parsePath(req.path);
        const ns = namespaceOf(r);
        const apiVersion = ns === undefined ? '' : checkApiVersion(req, ns);
        const ctx: Ctx = { world, req, principal, faults, lro, now, apiVersion };
        const res = route(ctx);
        return { ...res, headers: { ...headers, ...(res.headers ?? {}) } };
      } catch (e) {
        if (!(e instanceof ArmError)) throw e;
        return {
          status: e.status,
          headers: { ...headers, ...(e.headers ?? {}) },
          body: { error: errorJson(e.body()) },
        };
      }
    },
  };
}
