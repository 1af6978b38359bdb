// Loads one of Azure's published REST API examples from __fixtures__/azure-examples/ (see its README.md for the
// upstream URL of each file, also kept in the file's `$source` key).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, 'azure-examples');

/** An example as Azure publishes it: the request's parameters and the responses by status code. */
export interface AzureExample {
  $source: string;
  parameters: Record<string, unknown>;
  responses: Record<string, { body?: unknown; headers?: Record<string, string> }>;
}

/** `path` is relative to __fixtures__/azure-examples, e.g. `network/2026-01-01/SubnetGet.json`. */
export function azureExample(path: string): AzureExample {
  const doc = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as AzureExample;
  if (!doc.$source.startsWith('https://github.com/Azure/azure-rest-api-specs/')) {
    throw new Error(`${path}: $source must name the upstream example, got ${doc.$source}`);
  }
  return doc;
}
