// The emulator's world: the default one of emulator/README.md, and the state seed (`--state FILE` or
// `options.state`) that overrides or extends it. The seed is validated here; every error names its path.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { v5 as uuidv5 } from 'uuid';
import { armResourceName, armResourceType } from './arm-path.js';
import { ROLE_IDS } from './arm/rbac.js';
import { validateFaults } from './faults.js';
import { GUID, SeedReader, type Locator } from './state-reader.js';
import type {
  Application,
  DirectoryPrincipal,
  GithubToken,
  IssueComment,
  JsonObject,
  PullRequest,
  Repository,
  World,
} from './types.js';

export const DEFAULT_TENANT_ID = '11111111-1111-4111-8111-111111111111';
export const DEFAULT_CLIENT_ID = '22222222-2222-4222-8222-222222222222';
export const DEFAULT_SP_OBJECT_ID = '33333333-3333-4333-8333-333333333333';
/** The subscription of the contract's example spec, so examples run against the default world unchanged. */
export const DEFAULT_SUBSCRIPTION_ID = '00000000-0000-0000-0000-000000000000';
export const DEFAULT_REPO = 'octo-org/octo-repo';
export const DEFAULT_OIDC_SUBJECT = 'repo:octo-org/octo-repo:pull_request';
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange';
export const FIRST_COMMENT_ID = 1_000_000_001;

/** Built-in role definitions by the names the seed accepts. */
export const BUILT_IN_ROLES: Record<string, string> = {
  Owner: ROLE_IDS.owner,
  Contributor: ROLE_IDS.contributor,
  Reader: ROLE_IDS.reader,
  'Network Contributor': ROLE_IDS.networkContributor,
  'Role Based Access Control Administrator': ROLE_IDS.rbacAdministrator,
  'User Access Administrator': ROLE_IDS.userAccessAdministrator,
};

/** Namespace for deterministic role assignment names (same scope, role and principal give the same GUID). */
const ROLE_ASSIGNMENT_NAMESPACE = '6f3c1d2a-8b7e-4c5d-9a1f-2e3b4c5d6e7f';

export interface WorldContext {
  /** The emulator's GitHub OIDC issuer: the default issuer of federated credentials. */
  githubIssuer: string;
}

/** Everything the shell knows beyond World: which identities the ready line names. */
export interface BuiltWorld {
  world: World;
  clientId: string;
  subscriptionId: string;
  githubToken: string;
  oidcTtlSeconds: number;
}

/** GitHub's timestamps: ISO 8601 in UTC without milliseconds. */
export const githubTime = (d: Date): string => d.toISOString().replace(/\.\d+Z$/, 'Z');

export const sha1Hex = (text: string): string => createHash('sha1').update(text).digest('hex');

export function newGithubToken(): string {
  return `ghs_${randomBytes(27).toString('base64url').slice(0, 36)}`;
}

export function roleDefinitionId(subscriptionId: string, roleGuid: string): string {
  return `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${roleGuid}`;
}

/** The subscription a scope lives in (role definition ids are subscription-scoped). */
function subscriptionOfScope(scope: string): string | undefined {
  const match = /^\/subscriptions\/([^/]+)/i.exec(scope);
  return match?.[1];
}

export function roleAssignmentResource(input: {
  scope: string;
  roleGuid: string;
  principalId: string;
  principalType: DirectoryPrincipal['type'];
  name?: string;
  subscriptionId: string;
}): JsonObject {
  const scope = input.scope.replace(/\/+$/, '');
  const name =
    input.name ?? uuidv5(`${scope.toLowerCase()}|${input.roleGuid}|${input.principalId}`, ROLE_ASSIGNMENT_NAMESPACE);
  const created = new Date(Date.now() - 24 * 3600 * 1000).toISOString();
  return {
    id: `${scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
    name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: {
      roleDefinitionId: roleDefinitionId(subscriptionOfScope(scope) ?? input.subscriptionId, input.roleGuid),
      principalId: input.principalId,
      principalType: input.principalType,
      scope,
      condition: null,
      conditionVersion: null,
      createdOn: created,
      updatedOn: created,
      createdBy: null,
      updatedBy: null,
      delegatedManagedIdentityResourceId: null,
      description: null,
    },
  };
}

export function defaultPullRequest(repo: string, number: number): PullRequest {
  return {
    number,
    title: 'Tighten the inference subnet NSG',
    state: 'open',
    merged: false,
    headSha: sha1Hex(`${repo}#${number}:head`),
    headRef: 'amlnet-network',
    baseRef: 'main',
    mergeCommitSha: null,
    headRepo: repo,
    user: 'octocat',
  };
}

const ROLE_NAMES = Object.keys(BUILT_IN_ROLES);
const PRINCIPAL_TYPES = ['ServicePrincipal', 'User', 'Group'] as const;
const REPO_NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
const SHA = /^[0-9a-f]{40}$/;
const ARM_ID = /^\/subscriptions\/[^/]+(\/.+)?$/i;

/**
 * Builds the world: the default of emulator/README.md, overridden/extended by the seed (validated; a bad seed
 * throws a StateError naming the path). Lists that define identities (subscriptions, applications,
 * github.repositories) REPLACE the defaults; lists of extra things (principals, roleAssignments, resources,
 * github.tokens, faults) ADD to them.
 */
export function buildWorld(seed: unknown, ctx: WorldContext, locate?: Locator): BuiltWorld {
  const root = new SeedReader(seed ?? {}, [], locate);
  root.object([
    'tenantId',
    'subscriptions',
    'applications',
    'ownerOnSubscription',
    'principals',
    'roleAssignments',
    'resources',
    'github',
    'timings',
    'faults',
    'seed',
  ]);
  const dayAgo = Date.now() - 24 * 3600 * 1000;

  const tenantId = root.child('tenantId').optionalString({ pattern: GUID, what: 'a GUID' }) ?? DEFAULT_TENANT_ID;

  const subscriptionIds = root.has('subscriptions')
    ? root
        .child('subscriptions')
        .list()
        .map((r) => r.string({ pattern: GUID, what: 'a subscription id (GUID)' }))
    : [DEFAULT_SUBSCRIPTION_ID];
  if (subscriptionIds.length === 0) root.child('subscriptions').fail('needs at least one subscription id');

  const applications: Application[] = root.has('applications')
    ? root
        .child('applications')
        .list()
        .map((r) => readApplication(r, ctx))
    : [
        {
          clientId: DEFAULT_CLIENT_ID,
          displayName: 'amlnet-github',
          servicePrincipalObjectId: DEFAULT_SP_OBJECT_ID,
          federatedCredentials: [
            {
              name: 'octo-repo-pull-request',
              issuer: ctx.githubIssuer,
              subject: 'repo:octo-org/octo-repo:pull_request',
              audiences: [OIDC_AUDIENCE],
            },
            {
              name: 'octo-repo-production',
              issuer: ctx.githubIssuer,
              subject: 'repo:octo-org/octo-repo:environment:production',
              audiences: [OIDC_AUDIENCE],
            },
          ],
        },
      ];
  if (applications.length === 0) root.child('applications').fail('needs at least one application');

  const principals: DirectoryPrincipal[] = applications.map((a) => ({
    objectId: a.servicePrincipalObjectId,
    type: 'ServicePrincipal',
    createdAt: dayAgo,
    displayName: a.displayName,
  }));
  if (root.has('principals')) {
    for (const r of root.child('principals').list()) principals.push(readPrincipal(r, dayAgo));
  }

  const resources = new Map<string, JsonObject>();
  const subscriptionId = subscriptionIds[0];
  const addResource = (resource: JsonObject): void => {
    resources.set(String(resource.id).toLowerCase(), resource);
  };
  const ownerOnSubscription = root.has('ownerOnSubscription') ? root.child('ownerOnSubscription').boolean() : true;
  if (ownerOnSubscription) {
    addResource(
      roleAssignmentResource({
        scope: `/subscriptions/${subscriptionId}`,
        roleGuid: BUILT_IN_ROLES.Owner,
        principalId: applications[0].servicePrincipalObjectId,
        principalType: 'ServicePrincipal',
        subscriptionId,
      }),
    );
  }
  if (root.has('roleAssignments')) {
    for (const r of root.child('roleAssignments').list()) {
      addResource(readRoleAssignment(r, applications, principals, subscriptionId));
    }
  }
  if (root.has('resources')) {
    const readers = root.child('resources').list();
    const seeded = readers.map((r) => ({ r, resource: readResource(r) }));
    for (const { resource } of seeded) if (embeddedIn(String(resource.id)) === undefined) addResource(resource);
    // Subnets and security rules live inside their parent, as the parent's GET returns them.
    for (const { r, resource } of seeded) {
      const embed = embeddedIn(String(resource.id));
      if (embed !== undefined) embedChild(r, resources, resource, embed);
    }
  }

  const github = readGithub(root.child('github'));
  const timings: World['timings'] = { lroMs: { default: 10 } };
  if (root.has('timings')) {
    const t = root.child('timings');
    t.object(['lroMs', 'clockSkewSeconds', 'accessTokenSeconds']);
    if (t.has('lroMs')) {
      const lro = t.child('lroMs');
      for (const key of Object.keys(lro.object(Object.keys(lro.value as object)))) {
        timings.lroMs[key] = lro.child(key).number({ min: 0, max: 600_000 });
      }
    }
    const skew = t.child('clockSkewSeconds').optionalNumber({ integer: true, min: 0, max: 86_400 });
    if (skew !== undefined) timings.clockSkewSeconds = skew;
    const accessTtl = t.child('accessTokenSeconds').optionalNumber({ integer: true, min: 1, max: 86_400 });
    if (accessTtl !== undefined) timings.accessTokenSeconds = accessTtl;
  }
  const faults = root.has('faults') ? validateFaults(root.child('faults')) : [];
  const seedValue = root.child('seed').optionalNumber({ integer: true, min: 0, max: 2 ** 32 - 1 }) ?? 1;

  const world: World = {
    tenantId,
    subscriptionIds,
    applications,
    principals,
    resources,
    github: { repositories: github.repositories, tokens: github.tokens, oidcSubject: github.oidcSubject },
    timings,
    faults,
    seed: seedValue,
  };
  const writer = github.tokens.find((t) => t.permission === 'write');
  return {
    world,
    clientId: applications[0].clientId,
    subscriptionId,
    githubToken: writer?.token ?? github.tokens[0].token,
    oidcTtlSeconds: github.oidcTtlSeconds,
  };
}

function readApplication(r: SeedReader, ctx: WorldContext): Application {
  r.object(['clientId', 'displayName', 'servicePrincipalObjectId', 'federatedCredentials']);
  const clientId = r.child('clientId').string({ pattern: GUID, what: 'a client id (GUID)' });
  const fics = r.has('federatedCredentials') ? r.child('federatedCredentials').list() : [];
  return {
    clientId,
    displayName: r.child('displayName').optionalString() ?? `app-${clientId.slice(0, 8)}`,
    servicePrincipalObjectId:
      r.child('servicePrincipalObjectId').optionalString({ pattern: GUID, what: 'an object id (GUID)' }) ??
      uuidv5(`sp|${clientId}`, ROLE_ASSIGNMENT_NAMESPACE),
    federatedCredentials: fics.map((f, i) => {
      f.object(['name', 'issuer', 'subject', 'audiences']);
      const audiences = f.has('audiences')
        ? f
            .child('audiences')
            .list()
            .map((a) => a.string())
        : [OIDC_AUDIENCE];
      if (audiences.length !== 1)
        f.child('audiences').fail('Entra accepts exactly one audience per federated credential');
      return {
        name: f.child('name').optionalString() ?? `federated-credential-${i + 1}`,
        issuer:
          f.child('issuer').optionalString({ pattern: /^https:\/\//, what: 'an https:// issuer URL' }) ??
          ctx.githubIssuer,
        subject: f.child('subject').string(),
        audiences,
      };
    }),
  };
}

function readPrincipal(r: SeedReader, dayAgo: number): DirectoryPrincipal {
  r.object(['objectId', 'type', 'displayName', 'createdAt']);
  let createdAt = dayAgo;
  const c = r.child('createdAt');
  if (c.value === 'now') createdAt = Date.now();
  else if (typeof c.value === 'number') createdAt = c.number({ min: 0 });
  else if (c.value !== undefined) {
    const text = c.string({ what: "an ISO date-time, milliseconds since the epoch or 'now'" });
    createdAt = Date.parse(text);
    if (Number.isNaN(createdAt)) c.fail(`${JSON.stringify(text)} is not an ISO date-time`);
  }
  return {
    objectId: r.child('objectId').string({ pattern: GUID, what: 'an object id (GUID)' }),
    type: r.has('type') ? r.child('type').oneOf(PRINCIPAL_TYPES) : 'ServicePrincipal',
    createdAt,
    displayName: r.child('displayName').optionalString(),
  };
}

function readRoleAssignment(
  r: SeedReader,
  applications: Application[],
  principals: DirectoryPrincipal[],
  subscriptionId: string,
): JsonObject {
  r.object(['principalId', 'clientId', 'role', 'scope', 'principalType', 'name']);
  let principalId: string;
  if (r.has('clientId')) {
    const clientId = r.child('clientId').string({ pattern: GUID, what: 'a client id (GUID)' });
    const app = applications.find((a) => a.clientId.toLowerCase() === clientId.toLowerCase());
    if (app === undefined) return r.child('clientId').fail(`no application with clientId ${clientId} in this world`);
    principalId = app.servicePrincipalObjectId;
  } else if (r.has('principalId')) {
    principalId = r.child('principalId').string({ pattern: GUID, what: 'a principal object id (GUID)' });
  } else {
    r.fail('needs principalId or clientId');
  }
  const roleText = r.child('role').string({ what: `a role name (${ROLE_NAMES.join(', ')}) or a role definition GUID` });
  const roleGuid = BUILT_IN_ROLES[roleText] ?? (GUID.test(roleText) ? roleText.toLowerCase() : undefined);
  if (roleGuid === undefined) {
    return r
      .child('role')
      .fail(`unknown role ${JSON.stringify(roleText)} (use ${ROLE_NAMES.join(', ')} or a role definition GUID)`);
  }
  const scope = r.child('scope').string({ pattern: ARM_ID, what: 'an ARM scope (/subscriptions/...)' });
  const known = principals.find((p) => p.objectId.toLowerCase() === principalId.toLowerCase());
  return roleAssignmentResource({
    scope,
    roleGuid,
    principalId,
    principalType: r.has('principalType')
      ? r.child('principalType').oneOf(PRINCIPAL_TYPES)
      : (known?.type ?? 'ServicePrincipal'),
    name: r.child('name').optionalString({ pattern: GUID, what: 'a role assignment name (GUID)' }),
    subscriptionId,
  });
}

function readResource(r: SeedReader): JsonObject {
  const value = r.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    r.fail('expected a resource (a mapping with an id)');
  const id = r.child('id').string({ pattern: ARM_ID, what: 'an ARM resource id (/subscriptions/...)' });
  // Stored verbatim (GET-shaped); only what GET always carries is filled in when missing.
  const resource = structuredClone(value) as JsonObject;
  resource.name ??= armResourceName(id);
  resource.type ??= armResourceType(id) ?? null;
  resource.etag ??= `W/"${randomUUID()}"`;
  return resource;
}

/** Child types whose items live in the parent's properties (the parent's GET embeds them). */
const EMBEDDED: Record<string, string> = {
  'microsoft.network/virtualnetworks/subnets': 'subnets',
  'microsoft.network/networksecuritygroups/securityrules': 'securityRules',
};

function embeddedIn(id: string): { parentId: string; collection: string } | undefined {
  const collection = EMBEDDED[(armResourceType(id) ?? '').toLowerCase()];
  if (collection === undefined) return undefined;
  return { parentId: id.replace(/\/[^/]+\/[^/]+\/?$/, ''), collection };
}

function embedChild(
  r: SeedReader,
  resources: Map<string, JsonObject>,
  child: JsonObject,
  embed: { parentId: string; collection: string },
): void {
  const parent = resources.get(embed.parentId.toLowerCase());
  if (parent === undefined) {
    return r
      .child('id')
      .fail(`its parent ${embed.parentId} is not in the seed (a ${embed.collection} item lives inside its parent)`);
  }
  const props = (parent.properties ??= {}) as JsonObject;
  const list = Array.isArray(props[embed.collection]) ? (props[embed.collection] as JsonObject[]) : [];
  const name = String(child.name).toLowerCase();
  props[embed.collection] = [...list.filter((c) => String(c.name).toLowerCase() !== name), child];
}

interface GithubSeed {
  repositories: Repository[];
  tokens: GithubToken[];
  oidcSubject: string;
  oidcTtlSeconds: number;
}

function readGithub(r: SeedReader): GithubSeed {
  if (r.value !== undefined) r.object(['repositories', 'tokens', 'oidcSubject', 'oidcTtlSeconds']);
  let nextCommentId = FIRST_COMMENT_ID;
  const repositories: Repository[] = r.has('repositories')
    ? r
        .child('repositories')
        .list()
        .map((repo) => {
          repo.object(['fullName', 'defaultBranch', 'pulls', 'comments']);
          const fullName = repo.child('fullName').string({ pattern: REPO_NAME, what: 'owner/name' });
          const [owner, name] = fullName.split('/');
          const pulls = repo.has('pulls')
            ? repo
                .child('pulls')
                .list()
                .map((p) => readPull(p, fullName))
            : [];
          const comments: Record<number, IssueComment[]> = {};
          if (repo.has('comments')) {
            const c = repo.child('comments');
            for (const key of Object.keys(c.object(Object.keys(c.value as object)))) {
              const number = Number(key);
              if (!Number.isInteger(number) || number < 1)
                c.fail(`key ${JSON.stringify(key)} is not an issue number`, [...c.path, key]);
              comments[number] = c
                .child(key)
                .list()
                .map((cm) => {
                  cm.object(['body', 'user', 'createdAt']);
                  const at = cm.child('createdAt').optionalString() ?? githubTime(new Date());
                  return {
                    id: nextCommentId++,
                    body: cm.child('body').string(),
                    user: cm.child('user').optionalString() ?? 'octocat',
                    createdAt: at,
                    updatedAt: at,
                  };
                });
            }
          }
          return {
            owner,
            name,
            defaultBranch: repo.child('defaultBranch').optionalString() ?? 'main',
            pulls,
            comments,
          };
        })
    : [
        {
          owner: 'octo-org',
          name: 'octo-repo',
          defaultBranch: 'main',
          pulls: [defaultPullRequest(DEFAULT_REPO, 1)],
          comments: {},
        },
      ];

  const tokens: GithubToken[] = [{ token: newGithubToken(), login: 'github-actions[bot]', permission: 'write' }];
  if (r.has('tokens')) {
    for (const t of r.child('tokens').list()) {
      t.object(['token', 'login', 'permission']);
      tokens.push({
        token: t.child('token').string(),
        login: t.child('login').optionalString() ?? 'github-actions[bot]',
        permission: t.has('permission') ? t.child('permission').oneOf(['write', 'read'] as const) : 'write',
      });
    }
  }
  return {
    repositories,
    tokens,
    oidcSubject: r.child('oidcSubject').optionalString() ?? DEFAULT_OIDC_SUBJECT,
    oidcTtlSeconds: r.child('oidcTtlSeconds').optionalNumber({ integer: true, min: 1, max: 86_400 }) ?? 300,
  };
}

function readPull(p: SeedReader, repo: string): PullRequest {
  p.object([
    'number',
    'title',
    'state',
    'merged',
    'headSha',
    'headRef',
    'baseRef',
    'mergeCommitSha',
    'headRepo',
    'user',
  ]);
  const number = p.child('number').number({ integer: true, min: 1 });
  const base = defaultPullRequest(repo, number);
  return {
    number,
    title: p.child('title').optionalString() ?? base.title,
    state: p.has('state') ? p.child('state').oneOf(['open', 'closed'] as const) : 'open',
    merged: p.has('merged') ? p.child('merged').boolean() : false,
    headSha: p.child('headSha').optionalString({ pattern: SHA, what: 'a 40-hex commit sha' }) ?? base.headSha,
    headRef: p.child('headRef').optionalString() ?? base.headRef,
    baseRef: p.child('baseRef').optionalString() ?? base.baseRef,
    mergeCommitSha: p.child('mergeCommitSha').optionalString({ pattern: SHA, what: 'a 40-hex commit sha' }) ?? null,
    headRepo: p.child('headRepo').optionalString({ pattern: REPO_NAME, what: 'owner/name' }) ?? repo,
    user: p.child('user').optionalString() ?? base.user,
  };
}
