// Turning whatever an SDK call threw into an ApplyError, and telling transient failures (worth a retry)
// from the rest. Reads RestError-like shapes structurally so that this module needs no Azure package.
import type { ApplyError } from './types.js';
import { isRecord } from '../util/records.js';

/** Transport failures that mean "the connection went away": the request may or may not have landed. */
const DROPPED_CONNECTION_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'REQUEST_SEND_ERROR',
]);

interface HeaderBag {
  get(name: string): string | undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function headersOf(err: unknown): HeaderBag | undefined {
  if (!isRecord(err)) return undefined;
  const response = err.response;
  if (!isRecord(response)) return undefined;
  const headers = response.headers;
  if (isRecord(headers) && typeof headers.get === 'function') {
    const get = headers.get as (name: string) => unknown;
    return { get: (name) => str(get.call(headers, name)) };
  }
  if (isRecord(headers)) {
    const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), str(v)]));
    return { get: (name) => lower.get(name.toLowerCase()) };
  }
  return undefined;
}

export function statusOf(err: unknown): number | undefined {
  if (!isRecord(err)) return undefined;
  if (typeof err.statusCode === 'number') return err.statusCode;
  if (typeof err.status === 'number') return err.status;
  const response = err.response;
  if (isRecord(response) && typeof response.status === 'number') return response.status;
  return undefined;
}

/** Azure's error body, when the SDK kept it: {error:{code,message}} or {code,message}. */
function bodyError(err: unknown): { code?: string; message?: string } {
  if (!isRecord(err)) return {};
  const candidates: unknown[] = [err.details, isRecord(err.response) ? err.response.parsedBody : undefined];
  const bodyText = isRecord(err.response) ? err.response.bodyAsText : undefined;
  if (typeof bodyText === 'string') {
    try {
      candidates.push(JSON.parse(bodyText));
    } catch {
      // not JSON: nothing to read
    }
  }
  for (const c of candidates) {
    const inner = isRecord(c) && isRecord(c.error) ? c.error : c;
    if (isRecord(inner) && (str(inner.code) !== undefined || str(inner.message) !== undefined)) {
      return { code: str(inner.code), message: str(inner.message) };
    }
  }
  return {};
}

/** The error's code: Azure's, else the transport's (ECONNRESET), else a name. */
export function codeOf(err: unknown): string {
  const fromBody = bodyError(err).code;
  if (fromBody !== undefined) return fromBody;
  if (isRecord(err)) {
    const code = str(err.code);
    if (code !== undefined) return code;
    const cause = err.cause;
    if (isRecord(cause) && str(cause.code) !== undefined) return str(cause.code) as string;
  }
  const status = statusOf(err);
  if (status !== undefined) return `HTTP${status}`;
  return err instanceof Error && err.name !== 'Error' ? err.name : 'Error';
}

function messageOf(err: unknown): string {
  const fromBody = bodyError(err).message;
  if (fromBody !== undefined) return fromBody;
  if (err instanceof Error) return err.message;
  return String(err);
}

/** Retry-After in milliseconds: integer seconds or an HTTP date (RFC 9110), as ARM may send either. */
export function retryAfterMs(err: unknown, now: number): number | undefined {
  const raw = headersOf(err)?.get('retry-after-ms') ?? headersOf(err)?.get('x-ms-retry-after-ms');
  if (raw !== undefined && /^\d+$/.test(raw.trim())) return Number(raw.trim());
  const value = headersOf(err)?.get('retry-after');
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

export function isDroppedConnection(err: unknown): boolean {
  const code = isRecord(err) ? str(err.code) : undefined;
  if (code !== undefined && DROPPED_CONNECTION_CODES.has(code)) return true;
  const cause = isRecord(err) ? err.cause : undefined;
  if (isRecord(cause) && DROPPED_CONNECTION_CODES.has(str(cause.code) ?? '')) return true;
  const message = err instanceof Error ? err.message : '';
  return /socket hang up|ECONNRESET|other side closed|connection (was )?(reset|closed)/i.test(message);
}

/**
 * Worth a retry: throttling (429), a server error (500, 502, 503, 504), or a dropped connection.
 * Not: 501/505 (will not change), 4xx (our request or our rights are wrong), failed LROs (Azure said no).
 */
export function isTransient(err: unknown): boolean {
  const status = statusOf(err);
  if (status === 429 || status === 500 || status === 502 || status === 503 || status === 504) return true;
  if (status !== undefined) return false;
  return isDroppedConnection(err);
}

/** Codes Azure answers when another operation holds the resource (or a related one) right now. */
const ANOTHER_OPERATION_CODES = new Set([
  'AnotherOperationInProgress',
  'RetryableErrorDueToAnotherOperation',
  'OperationNotAllowed',
  'Conflict',
]);

/**
 * Azure refused because another operation is running on the resource: 409 AnotherOperationInProgress,
 * 409 Conflict or OperationNotAllowed saying "in progress", Network's 429 RetryableErrorDueToAnotherOperation
 * (https://learn.microsoft.com/en-us/azure/azure-resource-manager/troubleshooting/error-reference).
 * Such a refusal is waited out: the other operation ends, the next attempt re-reads and decides again.
 */
export function isAnotherOperationInProgress(err: unknown): boolean {
  const status = err instanceof ApplyFailure ? err.applyError.status : statusOf(err);
  if (status !== 409 && status !== 429 && status !== 400) return false;
  const code = err instanceof ApplyFailure ? err.applyError.code : codeOf(err);
  if (!ANOTHER_OPERATION_CODES.has(code)) return false;
  if (code === 'AnotherOperationInProgress' || code === 'RetryableErrorDueToAnotherOperation') return true;
  const message = err instanceof ApplyFailure ? err.applyError.message : messageOf(err);
  return /in progress|another operation/i.test(message);
}

/** The ApplyError for anything thrown; an applier may already have thrown an ApplyFailure with advice. */
export function toApplyError(err: unknown): ApplyError {
  if (err instanceof ApplyFailure) return err.applyError;
  const headers = headersOf(err);
  const error: ApplyError = { code: codeOf(err), message: messageOf(err) };
  // @azure/core-lro reports a failed operation as a plain Error: "The long-running operation has failed. Code. Message".
  const lro = /^The long-running operation has failed(?:\. ([^.\s]+)\. ([\s\S]*))?$/.exec(error.message);
  if (lro !== null) {
    error.code = lro[1] ?? 'OperationFailed';
    error.message = `the long-running operation failed${lro[2] !== undefined ? `: ${lro[2]}` : ''}`;
  }
  const status = statusOf(err);
  if (status !== undefined) error.status = status;
  const correlationId = headers?.get('x-ms-correlation-request-id');
  if (correlationId !== undefined) error.correlationId = correlationId;
  const requestId = headers?.get('x-ms-request-id');
  if (requestId !== undefined) error.requestId = requestId;
  return error;
}

/** An error an applier raises on purpose, with what to do about it. Never retried. */
export class ApplyFailure extends Error {
  readonly applyError: ApplyError;
  constructor(applyError: ApplyError, options?: { cause?: unknown }) {
    super(applyError.message, options);
    this.name = 'ApplyFailure';
    this.applyError = applyError;
  }
}
