// GitHub's OIDC token service, as a runner sees it: `GET {ACTIONS_ID_TOKEN_REQUEST_URL}&audience=X` with
// `Authorization: Bearer {ACTIONS_ID_TOKEN_REQUEST_TOKEN}` answers `{"value": jwt}`; the issuer publishes its
// discovery document and JWKS so a relying party (our Entra) can verify the token the way Entra does.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { json, type ShellContext } from './context.js';
import { nowSeconds, signJwt } from './jwt.js';
import { OIDC_AUDIENCE, sha1Hex } from './world.js';
import type { EmuRequest, EmuResponse, Repository } from './types.js';

export const OIDC_ISSUER_PATH = '/_services/token';
export const OIDC_REQUEST_PATH = '/_services/pipelines/idtoken';

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Claims GitHub puts in an ID token for a subject (`repo:o/r:pull_request`, `...:environment:x`, `...:ref:refs/...`). */
export function githubClaims(
  ctx: ShellContext,
  subject: string,
  audience: string,
  ttlSeconds: number,
): Record<string, unknown> {
  const m = /^repo:([^/]+)\/([^:]+):(.*)$/.exec(subject);
  const owner = m?.[1] ?? 'octo-org';
  const name = m?.[2] ?? 'octo-repo';
  const rest = m?.[3] ?? '';
  const fullName = `${owner}/${name}`;
  const repo: Repository | undefined = ctx.world.github.repositories.find(
    (r) => `${r.owner}/${r.name}`.toLowerCase() === fullName.toLowerCase(),
  );
  const defaultBranch = repo?.defaultBranch ?? 'main';
  const openPull = repo?.pulls.find((p) => p.state === 'open');
  const lastMerge = repo?.pulls.filter((p) => p.merged && p.mergeCommitSha).at(-1);
  const branchHead = lastMerge?.mergeCommitSha ?? sha1Hex(`${fullName}:${defaultBranch}`);

  let eventName = 'push';
  let ref = `refs/heads/${defaultBranch}`;
  let sha = branchHead;
  let environment: string | undefined;
  const extra: Record<string, unknown> = {};
  if (rest === 'pull_request') {
    eventName = 'pull_request';
    const number = openPull?.number ?? 1;
    ref = `refs/pull/${number}/merge`;
    sha = openPull?.headSha ?? sha1Hex(`${fullName}#${number}:head`);
    extra.head_ref = openPull?.headRef ?? 'feature';
    extra.base_ref = openPull?.baseRef ?? defaultBranch;
  } else if (rest.startsWith('environment:')) {
    environment = rest.slice('environment:'.length);
  } else if (rest.startsWith('ref:')) {
    ref = rest.slice('ref:'.length);
  }
  const iat = nowSeconds();
  const workflowRef = `${fullName}/.github/workflows/amlnet.yml@${ref}`;
  return {
    jti: randomUUID(),
    sub: subject,
    aud: audience,
    ref,
    sha,
    repository: fullName,
    repository_owner: owner,
    repository_owner_id: String(parseInt(sha1Hex(owner).slice(0, 7), 16)),
    repository_id: String(parseInt(sha1Hex(fullName).slice(0, 7), 16)),
    repository_visibility: 'private',
    run_id: String(10_000_000_000 + (iat % 1_000_000)),
    run_number: '42',
    run_attempt: '1',
    actor: openPull?.user ?? 'octocat',
    actor_id: '583231',
    workflow: 'amlnet',
    workflow_ref: workflowRef,
    workflow_sha: sha,
    job_workflow_ref: workflowRef,
    job_workflow_sha: sha,
    event_name: eventName,
    ref_type: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    ref_protected: ref === `refs/heads/${defaultBranch}` ? 'true' : 'false',
    runner_environment: 'github-hosted',
    ...(environment !== undefined ? { environment } : {}),
    ...extra,
    iss: ctx.githubIssuer,
    nbf: iat - 5,
    iat,
    exp: iat + ttlSeconds,
  };
}

/** Serves the request endpoint, the issuer's discovery document and its JWKS; undefined if the path is not ours. */
export function handleGithubOidc(ctx: ShellContext, req: EmuRequest): EmuResponse | undefined {
  if (req.path === OIDC_REQUEST_PATH) {
    if (req.method !== 'GET') return json(405, { message: 'Method Not Allowed' });
    const auth = req.headers.authorization ?? '';
    const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : '';
    if (given === '') return json(401, { message: 'Unauthorized: no bearer token' });
    if (!sameSecret(given, ctx.oidcRequestToken))
      return json(403, { message: 'Forbidden: the request token is not valid for this job' });
    const audience = req.query.get('audience') || OIDC_AUDIENCE;
    // Extra (emulator-only) query parameters let a single request ask for another subject or lifetime.
    const subject = req.query.get('subject') || ctx.world.github.oidcSubject;
    const ttlText = req.query.get('ttl');
    const ttl = ttlText !== null && /^-?\d+$/.test(ttlText) ? Number(ttlText) : ctx.oidc.ttlSeconds;
    const token = signJwt(ctx.oidcKey, githubClaims(ctx, subject, audience, ttl), { x5t: ctx.oidcKey.kid });
    return json(200, { count: token.length, value: token });
  }
  if (req.path === `${OIDC_ISSUER_PATH}/.well-known/openid-configuration`) {
    return json(200, {
      issuer: ctx.githubIssuer,
      jwks_uri: `${ctx.githubIssuer}/.well-known/jwks`,
      subject_types_supported: ['public', 'pairwise'],
      response_types_supported: ['id_token'],
      claims_supported: [
        'sub',
        'aud',
        'exp',
        'iat',
        'iss',
        'jti',
        'nbf',
        'ref',
        'sha',
        'repository',
        'repository_owner',
        'run_id',
        'workflow',
        'event_name',
        'environment',
        'job_workflow_ref',
        'actor',
      ],
      id_token_signing_alg_values_supported: ['RS256'],
      scopes_supported: ['openid'],
    });
  }
  if (req.path === `${OIDC_ISSUER_PATH}/.well-known/jwks`) {
    return json(200, { keys: [{ ...ctx.oidcKey.jwk, x5t: ctx.oidcKey.kid }] });
  }
  return undefined;
}
