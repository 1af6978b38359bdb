// Links from a finding to its rule's entry in the rule catalogue (docs/rules.md). The catalogue gives every rule
// a heading that is exactly its id, so the entry's anchor is the id in lower case (GitHub's heading slug for
// `### AKS-DNS-IN-SERVICE-CIDR` is `aks-dns-in-service-cidr`) and stays put as long as the id does. Pure.

/** The catalogue's path in the repository. */
export const RULES_DOC = 'docs/rules.md';

/** The anchor of a rule's entry: its id in lower case (ids are UPPER-KEBAB, letters, digits and hyphens). */
export function ruleAnchor(ruleId: string): string {
  return ruleId.toLowerCase().replace(/[^a-z0-9-]/g, '');
}

/**
 * Where the rule catalogue of the amlnet that is running can be read, for links in a pull-request comment,
 * annotations and the job summary (so it must be absolute: a comment has no repository-relative base).
 * - As an action from another repository (`uses: owner/amlnet@v1`): that repository at that ref
 *   (GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF).
 * - As a local action (`uses: ./`): this repository at this run's commit (GITHUB_REPOSITORY, GITHUB_SHA).
 * - Elsewhere (the CLI): the path inside the repository.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/variables#default-environment-variables
 * (the runner sets GITHUB_ACTION_REPOSITORY/REF for repository actions and leaves them out for local ones:
 * https://github.com/actions/runner/pull/585, https://github.com/actions/runner/pull/804).
 */
export function rulesDocUrl(env: Readonly<Record<string, string | undefined>>): string {
  const given = env['GITHUB_SERVER_URL'] ?? '';
  const server = /^https?:\/\/[\w.-]+(:\d+)?$/.test(given) ? given : 'https://github.com';
  const actionRepo = env['GITHUB_ACTION_REPOSITORY'] ?? '';
  if (/^[\w.-]+\/[\w.-]+$/.test(actionRepo)) {
    const ref = env['GITHUB_ACTION_REF'] ?? '';
    return `${server}/${actionRepo}/blob/${encodeRef(ref === '' ? 'HEAD' : ref)}/${RULES_DOC}`;
  }
  const repo = env['GITHUB_REPOSITORY'] ?? '';
  const sha = env['GITHUB_SHA'] ?? '';
  if (/^[\w.-]+\/[\w.-]+$/.test(repo) && /^[0-9a-f]{40}$/i.test(sha)) {
    return `${server}/${repo}/blob/${sha}/${RULES_DOC}`;
  }
  return RULES_DOC;
}

/** A ref as a URL path: each segment encoded (also the characters that end a Markdown link), slashes kept. */
function encodeRef(ref: string): string {
  return ref
    .split('/')
    .map((part) =>
      encodeURIComponent(part).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`),
    )
    .join('/');
}

/** The link to one rule's entry, e.g. `https://github.com/o/amlnet/blob/v1/docs/rules.md#aks-dns-in-service-cidr`. */
export function ruleUrl(rulesDoc: string, ruleId: string): string {
  return `${rulesDoc}#${ruleAnchor(ruleId)}`;
}
