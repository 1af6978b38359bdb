// The one check for "a JSON object": used wherever untyped data (SDK errors, Azure bodies, schema nodes, the
// GitHub event) is read field by field.

/** True for a non-null object that is not an array. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
