// What a provider sees of one request, plus the resource store helpers over world.resources.
import { randomUUID } from 'node:crypto';
import type { EmuRequest, EmuResponse, FaultInjector, JsonObject, Principal, World } from '../types.js';
import { ArmError, asObject, asString } from './errors.js';
import type { LroEngine } from './lro.js';
import type { ResourceRef } from './ids.js';

export interface Ctx {
  world: World;
  req: EmuRequest;
  principal: Principal;
  faults: FaultInjector;
  lro: LroEngine;
  now: number;
  apiVersion: string;
}

/** A resource request after routing: canonical full type, names and the id it addresses. */
export interface Target {
  ref: ResourceRef;
  fullType: string;
  subscriptionId: string;
  /** Resource group name as stored (its canonical casing). */
  resourceGroup: string;
  names: string[];
  /** Canonical id (of the collection's parent for list requests). */
  id: string;
}

export interface Provider {
  get?(ctx: Ctx, t: Target): EmuResponse;
  put?(ctx: Ctx, t: Target): EmuResponse;
  list?(ctx: Ctx, t: Target): EmuResponse;
  delete?(ctx: Ctx, t: Target): EmuResponse;
  /** PATCH (for the resources that have one, e.g. UpdateTags). */
  patch?(ctx: Ctx, t: Target): EmuResponse;
}

export const json = (status: number, body: unknown, headers?: Record<string, string>): EmuResponse => ({
  status,
  body,
  headers,
});

export function getResource(world: World, id: string): JsonObject | undefined {
  return world.resources.get(id.toLowerCase());
}

export function putResource(world: World, resource: JsonObject): void {
  const id = asString(resource.id);
  if (id === undefined) throw new Error('resource without id');
  world.resources.set(id.toLowerCase(), resource);
}

export function deleteResource(world: World, id: string): void {
  world.resources.delete(id.toLowerCase());
}

export function resourcesOfType(world: World, fullType: string): JsonObject[] {
  const t = fullType.toLowerCase();
  return [...world.resources.values()].filter((r) => asString(r.type)?.toLowerCase() === t);
}

export const newEtag = (): string => `W/"${randomUUID()}"`;

export function props(resource: JsonObject): JsonObject {
  let p = asObject(resource.properties);
  if (p === undefined) {
    p = {};
    resource.properties = p;
  }
  return p;
}

/** Enforces If-Match / If-None-Match against the current etag (412 PreconditionFailed, as Network does). */
export function checkPreconditions(req: EmuRequest, current: JsonObject | undefined): void {
  const ifMatch = req.headers['if-match'];
  const ifNoneMatch = req.headers['if-none-match'];
  const etag = current === undefined ? undefined : asString(current.etag);
  if (ifMatch !== undefined && ifMatch !== '') {
    const ok = ifMatch.trim() === '*' ? current !== undefined : etag !== undefined && ifMatch.trim() === etag;
    if (!ok) {
      throw new ArmError(
        412,
        'PreconditionFailed',
        `Precondition failed. The resource's etag ${etag ?? '(none)'} does not match the If-Match value ${ifMatch}.`,
      );
    }
  }
  if (ifNoneMatch !== undefined && ifNoneMatch.trim() === '*' && current !== undefined) {
    throw new ArmError(
      412,
      'PreconditionFailed',
      'Precondition failed. The resource already exists (If-None-Match: *).',
    );
  }
}

/** The lro-failed fault for this request, as an error the operation will end with. */
export function takeLroFault(ctx: Ctx, fullType: string): { code: string; message: string } | undefined {
  const f = ctx.faults.take('lro-failed', ctx.req, fullType);
  if (f === undefined) return undefined;
  return {
    code: f.code ?? 'InternalServerError',
    message: f.message ?? 'The operation failed (fault injected by the emulator).',
  };
}
