// ARM error bodies: every failure the providers raise is an ArmError, turned into
// `{error:{code,message,target?,details?}}` with the right status by the router.
import type { Json, JsonObject } from '../types.js';

export interface ErrorBody {
  code: string;
  message: string;
  target?: string;
  details?: ErrorBody[];
}

export class ArmError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly target?: string,
    readonly details?: ErrorBody[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
  }

  body(): ErrorBody {
    return errorBody(this.code, this.message, this.target, this.details);
  }
}

export function errorBody(code: string, message: string, target?: string, details?: ErrorBody[]): ErrorBody {
  const body: ErrorBody = { code, message };
  if (target !== undefined) body.target = target;
  if (details !== undefined && details.length > 0) body.details = details;
  return body;
}

export function errorJson(e: ErrorBody): JsonObject {
  const out: JsonObject = { code: e.code, message: e.message };
  if (e.target !== undefined) out.target = e.target;
  if (e.details !== undefined) out.details = e.details.map((d) => errorJson(d));
  return out;
}

export const badRequest = (code: string, message: string, target?: string): ArmError =>
  new ArmError(400, code, message, target);

export function resourceNotFound(fullType: string, name: string, resourceGroup: string): ArmError {
  return new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${fullType}/${name}' under resource group '${resourceGroup}' was not found. ` +
      'For more details please go to https://aka.ms/ARMResourceNotFoundFix',
  );
}

export function parentNotFound(parentName: string): ArmError {
  return new ArmError(
    404,
    'ParentResourceNotFound',
    `Can not perform requested operation on nested resource. Parent resource '${parentName}' not found.`,
  );
}

export function resourceGroupNotFound(name: string): ArmError {
  return new ArmError(404, 'ResourceGroupNotFound', `Resource group '${name}' could not be found.`);
}

/** Narrowing helpers for request bodies, which arrive as `unknown`. */
export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function asObject(v: unknown): JsonObject | undefined {
  return isObject(v) ? v : undefined;
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function asArray(v: unknown): Json[] | undefined {
  return Array.isArray(v) ? (v as Json[]) : undefined;
}

export function clone<T extends Json>(v: T): T {
  return structuredClone(v);
}
