// Azure REST errors as plain data: what failed, and the ids Azure support asks for.
// Pure (no SDK import): RestError is recognised by shape so this loads on the validate path too.
import { isRecord } from '../util/records.js';

export interface AzureErrorInfo {
  code: string;
  message: string;
  status?: number;
  requestId?: string;
  correlationId?: string;
}

interface HeaderBag {
  get(name: string): string | undefined;
}

function header(response: unknown, name: string): string | undefined {
  if (!isRecord(response)) return undefined;
  const headers = response.headers;
  if (isRecord(headers) && typeof (headers as unknown as HeaderBag).get === 'function') {
    return (headers as unknown as HeaderBag).get(name) ?? undefined;
  }
  return undefined;
}

/** Reads {code, message} out of an ARM error body `{error:{code,message}}` when the SDK left it unparsed. */
function bodyError(response: unknown): { code?: string; message?: string } {
  if (!isRecord(response)) return {};
  const text = response.bodyAsText;
  if (typeof text !== 'string' || text === '') return {};
  try {
    const body: unknown = JSON.parse(text);
    if (isRecord(body) && isRecord(body.error)) {
      const { code, message } = body.error;
      return {
        code: typeof code === 'string' ? code : undefined,
        message: typeof message === 'string' ? message : undefined,
      };
    }
  } catch {
    // not JSON: the SDK's message stands
  }
  return {};
}

export function toAzureError(err: unknown): AzureErrorInfo {
  if (!isRecord(err)) return { code: 'Unknown', message: String(err) };
  const response = err.response;
  const fromBody = bodyError(response);
  const status =
    typeof err.statusCode === 'number'
      ? err.statusCode
      : isRecord(response) && typeof response.status === 'number'
        ? response.status
        : undefined;
  const code = typeof err.code === 'string' && err.code !== '' ? err.code : (fromBody.code ?? 'Unknown');
  const message = fromBody.message ?? (typeof err.message === 'string' ? err.message : String(err));
  const info: AzureErrorInfo = { code, message, status };
  const requestId = header(response, 'x-ms-request-id');
  const correlationId = header(response, 'x-ms-correlation-request-id');
  if (requestId !== undefined) info.requestId = requestId;
  if (correlationId !== undefined) info.correlationId = correlationId;
  return info;
}

export function isNotFound(err: unknown): boolean {
  const info = toAzureError(err);
  return info.status === 404 || info.code === 'ResourceNotFound' || info.code === 'NotFound';
}

/** One line for people: code, message, status and the ids to quote to Azure support. */
export function formatAzureError(info: AzureErrorInfo): string {
  const ids = [
    info.status !== undefined ? `status ${info.status}` : undefined,
    info.correlationId !== undefined ? `correlation id ${info.correlationId}` : undefined,
    info.requestId !== undefined ? `request id ${info.requestId}` : undefined,
  ].filter((s) => s !== undefined);
  return `${info.code}: ${info.message}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`;
}
