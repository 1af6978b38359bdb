// The Node version amlnet runs on. Pure: the entry points (src/require-node.ts, bin/amlnet.js) act on it.

/** The oldest Node major amlnet supports. */
export const MIN_NODE_MAJOR = 24;

/** The message for an unsupported Node (`process.versions.node`, e.g. "20.20.2"), or undefined when it is fine. */
export function nodeVersionProblem(version: string): string | undefined {
  const major = Number.parseInt(version, 10);
  if (Number.isInteger(major) && major >= MIN_NODE_MAJOR) return undefined;
  return `amlnet needs Node ${MIN_NODE_MAJOR} or later; this is Node ${version}`;
}
