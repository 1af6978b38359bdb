// One factory for the four Azure SDK clients of a subscription. Each SDK is import()ed lazily (the
// validate path must never load them) and each client is created once. The same pipeline policies
// go into all four: request observation (counts, benchmarks) and an optional cap on the server's
// Retry-After so tests can shorten LRO polling and throttling waits (production honours it as sent).
import { armUrl } from '../live/ids.js';
import { printable } from '../spec/printable.js';
import type { TokenCredential } from '@azure/core-auth';
import type { PipelinePolicy, PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline';
import type { NetworkManagementClient } from '@azure/arm-network';
import type { ContainerServiceClient } from '@azure/arm-containerservice';
import type { AzureMachineLearningWorkspaces } from '@azure/arm-machinelearning';
import type { AuthorizationManagementClient } from '@azure/arm-authorization';
import type { AzureEndpoints } from './endpoints.js';

export type {
  NetworkManagementClient,
  ContainerServiceClient,
  AzureMachineLearningWorkspaces,
  AuthorizationManagementClient,
};

export interface ObservedRequest {
  method: string;
  url: string;
  /** ms since the factory was created */
  at: number;
}

export interface ClientFactoryOptions {
  credential: TokenCredential;
  endpoints: AzureEndpoints;
  subscriptionId: string;
  /**
   * Poll interval (ms) for long-running operations when the server sends no Retry-After; appliers pass
   * it as `updateIntervalInMs`. Default 2000 (the SDKs' own default).
   */
  pollIntervalMs?: number;
  /** Caps a server's Retry-After (seconds) seen by the SDKs' pollers and retry policies (tests, benchmarks). */
  maxRetryAfterSeconds?: number;
  /** Called for every HTTP request the clients send (not the token requests). */
  onRequest?: (req: ObservedRequest) => void;
}

export interface AzureClients {
  readonly subscriptionId: string;
  readonly endpoints: AzureEndpoints;
  readonly pollIntervalMs: number;
  network(): Promise<NetworkManagementClient>;
  containerService(): Promise<ContainerServiceClient>;
  machineLearning(): Promise<AzureMachineLearningWorkspaces>;
  authorization(): Promise<AuthorizationManagementClient>;
  /**
   * GET of an ARM resource no client covers (e.g. a storage account's network rules) through the same
   * pipeline. Resolves the parsed body, or undefined on 404; other statuses throw a RestError-like error.
   */
  getResource(resourceId: string, apiVersion: string): Promise<unknown>;
  /**
   * A write of an ARM resource no client covers (the AzureML extension, the Kubernetes compute), through the same
   * pipeline. Resolves the status and parsed body; a status of 400 or more throws a RestError-like error.
   */
  putResource(resourceId: string, apiVersion: string, body: unknown, signal?: AbortSignal): Promise<RawResponse>;
}

export interface RawResponse {
  status: number;
  body: unknown;
}

/** Rewrites Retry-After down to `maxSeconds` (never up). */
export function retryAfterCapPolicy(maxSeconds: number): PipelinePolicy {
  return {
    name: 'amlnetRetryAfterCap',
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      const response = await next(request);
      const value = response.headers.get('retry-after');
      if (value !== undefined) {
        const seconds = Number(value);
        const capped = Number.isFinite(seconds) ? Math.min(seconds, maxSeconds) : maxSeconds;
        response.headers.set('retry-after', String(capped));
      }
      return response;
    },
  };
}

export function observePolicy(onRequest: (req: ObservedRequest) => void, start: number): PipelinePolicy {
  return {
    name: 'amlnetObserve',
    async sendRequest(request: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
      onRequest({ method: request.method, url: request.url, at: Date.now() - start });
      return next(request);
    },
  };
}

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= make().catch((err: unknown) => {
      value = undefined;
      throw err;
    });
    return value;
  };
}

export function createClients(options: ClientFactoryOptions): AzureClients {
  const { credential, endpoints, subscriptionId } = options;
  const start = Date.now();
  const additionalPolicies: { policy: PipelinePolicy; position: 'perCall' | 'perRetry' }[] = [];
  if (options.onRequest !== undefined) {
    additionalPolicies.push({ policy: observePolicy(options.onRequest, start), position: 'perRetry' });
  }
  if (options.maxRetryAfterSeconds !== undefined) {
    additionalPolicies.push({ policy: retryAfterCapPolicy(options.maxRetryAfterSeconds), position: 'perRetry' });
  }
  const scopes = [endpoints.armScope];
  // Modular (TypeSpec) clients take `credentials.scopes`; classic clients take `credentialScopes`.
  // Without them both would ask for `${armEndpoint}/.default`, which a custom endpoint's Entra rejects.
  const modular = { endpoint: endpoints.armEndpoint, credentials: { scopes }, additionalPolicies };
  const classic = { endpoint: endpoints.armEndpoint, credentialScopes: scopes, additionalPolicies };

  const authorization = once(async () => {
    const m = await import('@azure/arm-authorization');
    return new m.AuthorizationManagementClient(credential, subscriptionId, classic);
  });

  /** One raw ARM request; 404 of a GET is returned (absent), every other status of 400 or more throws. */
  const raw = async (
    method: 'GET' | 'PUT',
    resourceId: string,
    apiVersion: string,
    body?: unknown,
    signal?: AbortSignal,
  ): Promise<RawResponse> => {
    const client = await authorization();
    const { createHttpHeaders, createPipelineRequest, RestError } = await import('@azure/core-rest-pipeline');
    // The id came from Azure or the plan: only a plain ARM path on the ARM endpoint is ever requested.
    const url = armUrl(endpoints.armEndpoint, resourceId, apiVersion);
    if (url === undefined) {
      throw new Error(`refusing to request '${printable(resourceId, 200)}': it is not an ARM resource path`);
    }
    const request = createPipelineRequest({
      url,
      method,
      ...(signal !== undefined ? { abortSignal: signal } : {}),
      ...(body !== undefined
        ? { body: JSON.stringify(body), headers: createHttpHeaders({ 'content-type': 'application/json' }) }
        : {}),
    });
    const response = await client.sendRequest(request);
    const parsed: unknown = response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
    if (response.status === 404 && method === 'GET') return { status: 404, body: undefined };
    if (response.status >= 400) {
      const err = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
      throw new RestError(err?.message ?? `${method} ${resourceId} failed with ${response.status}`, {
        code: err?.code,
        statusCode: response.status,
        request: response.request,
        response,
      });
    }
    return { status: response.status, body: parsed };
  };

  return {
    subscriptionId,
    endpoints,
    pollIntervalMs: options.pollIntervalMs ?? 2000,
    network: once(async () => {
      const m = await import('@azure/arm-network');
      return new m.NetworkManagementClient(credential, subscriptionId, modular);
    }),
    containerService: once(async () => {
      const m = await import('@azure/arm-containerservice');
      return new m.ContainerServiceClient(credential, subscriptionId, modular);
    }),
    machineLearning: once(async () => {
      const m = await import('@azure/arm-machinelearning');
      return new m.AzureMachineLearningWorkspaces(credential, subscriptionId, classic);
    }),
    authorization,
    async getResource(resourceId: string, apiVersion: string): Promise<unknown> {
      const response = await raw('GET', resourceId, apiVersion);
      return response.status === 404 ? undefined : response.body;
    },
    async putResource(resourceId, apiVersion, body, signal): Promise<RawResponse> {
      return raw('PUT', resourceId, apiVersion, body, signal);
    },
  };
}
