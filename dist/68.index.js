export const id = 68;
export const ids = [68,713];
export const modules = {

/***/ 47425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JU: () => (/* binding */ formatFinish),
/* harmony export */   UC: () => (/* binding */ DEFAULT_HEARTBEAT_MS),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   cK: () => (/* binding */ formatHeartbeat),
/* harmony export */   cf: () => (/* binding */ durationOf),
/* harmony export */   u3: () => (/* binding */ formatStart)
/* harmony export */ });
/* unused harmony export formatElapsed */
/** Terraform's rhythm: "Still creating... [10s elapsed]" every 10 s. */
const DEFAULT_HEARTBEAT_MS = 10_000;
const ING = {
    create: 'creating',
    update: 'modifying',
    delete: 'destroying',
    'no-op': 'reading',
    refuse: 'refusing',
};
const NOUN = {
    create: 'Creation',
    update: 'Modifications',
    delete: 'Destruction',
    'no-op': 'Read',
    refuse: 'Refusal',
};
/** Terraform's elapsed format: 9s, 1m0s, 1h2m3s (whole seconds, rounded down). */
function formatElapsed(ms) {
    const total = Math.max(0, Math.floor(ms / 1000));
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    if (h > 0)
        return `${h}h${m}m${s}s`;
    if (m > 0)
        return `${m}m${s}s`;
    return `${s}s`;
}
/** A change's duration for the apply summary: `0.4 s`, `12.3 s` below a minute, then `3m12s`; `—` when unknown. */
function formatDuration(ms) {
    if (ms === undefined)
        return '—';
    return ms < 60_000 ? `${(Math.max(0, ms) / 1000).toFixed(1)} s` : formatElapsed(ms);
}
function formatStart(start) {
    return `${start.address}: ${ING[start.action]}...`;
}
/** `aksClusters[myaks]: still creating... [20s elapsed, Azure: InProgress]` */
function formatHeartbeat(beat) {
    const azure = beat.azureStatus !== undefined ? `, Azure: ${beat.azureStatus}` : '';
    return `${beat.address}: still ${ING[beat.action]}... [${formatElapsed(beat.elapsedMs)} elapsed${azure}]`;
}
/** The change's duration (ms), when it started and finished. */
function durationOf(o) {
    return o.startedAt !== undefined && o.finishedAt !== undefined ? o.finishedAt - o.startedAt : undefined;
}
/** `subnets[aks-subnet]: Modifications complete after 2s`, `...: FAILED after 3s (AuthorizationFailed)`. */
function formatFinish(o) {
    const took = durationOf(o);
    const after = took !== undefined ? ` after ${formatElapsed(took)}` : '';
    if (o.status === 'done')
        return `${o.address}: ${NOUN[o.action]} complete${after}`;
    if (o.status === 'failed')
        return `${o.address}: FAILED${after}${o.error ? ` (${o.error.code})` : ''}`;
    const because = o.skippedBecause ?? [];
    return `${o.address}: not started (${because.length > 0 ? because.join(', ') : 'skipped'})`;
}


/***/ }),

/***/ 9713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AZURE_CLOUDS: () => (/* binding */ AZURE_CLOUDS),
/* harmony export */   EndpointError: () => (/* binding */ EndpointError),
/* harmony export */   isAzureCloudName: () => (/* binding */ isAzureCloudName),
/* harmony export */   resolveEndpoints: () => (/* binding */ resolveEndpoints)
/* harmony export */ });
// Azure endpoints per cloud, with explicit overrides (Azure Stack, sovereign clouds, the emulator).
// Pure: no SDK import, so the validate path and unit tests can use it.
/** The clouds amlnet knows: the one table (settings' `environment` input and the CLI's --environment use it). */
const AZURE_CLOUDS = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
const CLOUDS = {
    AzureCloud: {
        armEndpoint: 'https://management.azure.com',
        authorityHost: 'https://login.microsoftonline.com',
        armAudience: 'https://management.azure.com',
    },
    AzureUSGovernment: {
        armEndpoint: 'https://management.usgovcloudapi.net',
        authorityHost: 'https://login.microsoftonline.us',
        armAudience: 'https://management.usgovcloudapi.net',
    },
    AzureChinaCloud: {
        armEndpoint: 'https://management.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
        armAudience: 'https://management.chinacloudapi.cn',
    },
};
/** Authority hosts MSAL knows; any other host disables instance discovery. */
const MICROSOFT_AUTHORITIES = new Set(Object.values(CLOUDS).map((c) => new URL(c.authorityHost).host));
class EndpointError extends Error {
    name = 'EndpointError';
}
function normaliseUrl(value, what) {
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new EndpointError(`${what} '${value}' is not a URL; expected e.g. https://management.azure.com`);
    }
    if (url.protocol !== 'https:') {
        // The SDK's bearer-token policy refuses http:// and identity refuses an http authority host.
        throw new EndpointError(`${what} '${value}' must use https://`);
    }
    return url.toString().replace(/\/+$/, '');
}
function isAzureCloudName(value) {
    return AZURE_CLOUDS.includes(value);
}
function resolveEndpoints(options = {}) {
    const env = options.environment?.trim() || 'AzureCloud';
    if (!isAzureCloudName(env)) {
        throw new EndpointError(`environment '${env}' is not one of ${AZURE_CLOUDS.join(', ')}`);
    }
    const defaults = CLOUDS[env];
    const armEndpoint = options.armEndpoint ? normaliseUrl(options.armEndpoint, 'arm-endpoint') : defaults.armEndpoint;
    const authorityHost = options.authorityHost
        ? normaliseUrl(options.authorityHost, 'authority-host')
        : defaults.authorityHost;
    return {
        cloud: env,
        armEndpoint,
        authorityHost,
        armScope: options.armScope?.trim() || `${defaults.armAudience}/.default`,
        disableInstanceDiscovery: !MICROSOFT_AUTHORITIES.has(new URL(authorityHost).host),
    };
}


/***/ }),

/***/ 92935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eH: () => (/* binding */ summaryMarkdown),
/* harmony export */   f9: () => (/* binding */ findingsTable),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports cell, countBySeverity */
/* harmony import */ var _render_rule_link_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5769);
/* harmony import */ var _render_markdown_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42495);
/* harmony import */ var _findings_order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81310);



const ICON = { error: '🛑 error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
/** Makes a value safe inside a markdown table cell: the one escaper (render/markdown.ts). */
const cell = _render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV;
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/** A findings table in the plan's order (errors first, then by position: findings/order.ts), each rule id linked to its entry; a line when there are none. */
function findingsTable(findings, file, rulesUrl = _render_rule_link_js__WEBPACK_IMPORTED_MODULE_2__/* .RULES_DOC */ .z9) {
    if (findings.length === 0)
        return `No findings in \`${file}\`.\n`;
    const sorted = (0,_findings_order_js__WEBPACK_IMPORTED_MODULE_0__/* .sortFindings */ .T)(findings);
    const c = countBySeverity(findings);
    const rows = sorted.map((f) => `| ${ICON[f.severity]} | [\`${f.ruleId}\`](${(0,_render_rule_link_js__WEBPACK_IMPORTED_MODULE_2__/* .ruleUrl */ .QB)(rulesUrl, f.ruleId)}) | ${(0,_render_markdown_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineCode */ .ti)(`${file}:${f.line}:${f.column}`)} | ${f.path ? cell(f.path) : '(file)'} | ` +
        `${cell(f.hint ? `${f.message} Fix: ${f.hint}` : f.message)} |`);
    return [
        `${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s) in \`${file}\`.`,
        '',
        '| severity | rule | location | spec path | message |',
        '|---|---|---|---|---|',
        ...rows,
        '',
    ].join('\n');
}
/** The whole summary: a title, then each part under its own heading. */
function summaryMarkdown(title, parts) {
    const out = [`## ${title}`, ''];
    for (const p of parts) {
        if (p.heading !== '')
            out.push(`### ${p.heading}`, '');
        out.push(p.markdown.trimEnd(), '');
    }
    return out.join('\n');
}
/** A `<details>` block for long content (e.g. the reviewed plan next to the fresh one). */
function details(summary, markdown) {
    return `<details><summary>${summary}</summary>\n\n${markdown.trimEnd()}\n\n</details>\n`;
}


/***/ }),

/***/ 57068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/plan/resume.ts
var resume = __webpack_require__(67748);
// EXTERNAL MODULE: ./src/validate.ts + 3 modules
var validate = __webpack_require__(87016);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(58750);
// EXTERNAL MODULE: ./src/render/rule-link.ts
var rule_link = __webpack_require__(5769);
// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(79378);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/github/event.ts
// The workflow run's event, read from the runner's environment when asked (never at import time, unlike
// @actions/github's `context`), and the pure mapping from (command input, event) to what amlnet does.




function record(value) {
    return (0,records/* isRecord */.u)(value) ? value : undefined;
}
function str(value) {
    return typeof value === 'string' ? value : undefined;
}
function repoName(value) {
    return str(record(value)?.['full_name']) ?? null;
}
/** Reads the event from GITHUB_* variables and the payload file. Errors name the variable. */
function readRunEvent(env = process.env) {
    const name = env['GITHUB_EVENT_NAME'] ?? '';
    const repository = env['GITHUB_REPOSITORY'] ?? '';
    const [owner = '', repo = ''] = repository.split('/');
    let payload = {};
    const eventPath = env['GITHUB_EVENT_PATH'];
    if (eventPath !== undefined && eventPath !== '') {
        try {
            payload = record(JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'))) ?? {};
        }
        catch (err) {
            const why = (0,errors/* errorMessage */.g)(err);
            throw new Error(`cannot read the event payload GITHUB_EVENT_PATH=${eventPath}: ${why}`, { cause: err });
        }
    }
    const pr = record(payload['pull_request']);
    let pullRequest;
    if (pr !== undefined && typeof pr['number'] === 'number') {
        const head = record(pr['head']);
        const base = record(pr['base']);
        pullRequest = {
            number: pr['number'],
            headSha: str(head?.['sha']) ?? env['GITHUB_SHA'] ?? '',
            headRepo: repoName(head?.['repo']),
            baseRepo: repoName(base?.['repo']) ?? repository,
        };
    }
    const server = env['GITHUB_SERVER_URL'] ?? 'https://github.com';
    const runId = env['GITHUB_RUN_ID'];
    return {
        name,
        repository,
        owner,
        repo,
        sha: env['GITHUB_SHA'] ?? '',
        ref: env['GITHUB_REF'] ?? '',
        defaultBranch: str(record(payload['repository'])?.['default_branch']),
        pullRequest,
        oidcAvailable: (env['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '') !== '',
        runUrl: runId !== undefined && repository !== '' ? `${server}/${repository}/actions/runs/${runId}` : undefined,
        rulesUrl: (0,rule_link/* rulesDocUrl */.fu)(env),
    };
}
function isForkPullRequest(pr) {
    return pr.headRepo === null || pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase();
}
/** Why a pull request gets no live plan, or undefined when it can have one. */
function noLivePlanReason(event) {
    if (event.pullRequest !== undefined && isForkPullRequest(event.pullRequest)) {
        return (`pull request #${event.pullRequest.number} comes from a fork (${event.pullRequest.headRepo ?? 'deleted repository'}); ` +
            'forks get no Azure credentials, so amlnet validated the spec offline only');
    }
    if (!event.oidcAvailable) {
        return ('this job cannot request a GitHub OIDC token (it needs `permissions: id-token: write`), ' +
            'so amlnet validated the spec offline only');
    }
    return undefined;
}
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Maps the command input and the event to a mode. Pure; tested with a table. */
/** The mode of a command that plans or validates (`import` runs on its own: src/github/import-step.ts). */
function resolveMode(command, event) {
    const isPr = PULL_REQUEST_EVENTS.has(event.name) && event.pullRequest !== undefined;
    switch (command) {
        case 'validate':
            return { kind: 'validate' };
        case 'plan': {
            const reason = noLivePlanReason(event);
            if (reason !== undefined)
                return { kind: 'validate', reason };
            if (isPr)
                return { kind: 'plan', pullRequest: event.pullRequest };
            // A plan on a schedule is a drift check: same plan, reported as drift.
            return event.name === 'schedule' ? { kind: 'drift' } : { kind: 'plan' };
        }
        case 'apply':
            // An explicit apply without credentials is the user's mistake: main reports it as a failure.
            return { kind: 'apply' };
        case 'auto':
            return autoMode(event, isPr);
        default: {
            const never = command;
            throw new Error(`unknown command ${String(never)}`);
        }
    }
}
/** True when the run's ref is the repository's default branch (unknown default branch: false). */
function onDefaultBranch(event) {
    const branch = event.ref.startsWith('refs/heads/') ? event.ref.slice('refs/heads/'.length) : undefined;
    return branch !== undefined && event.defaultBranch !== undefined && branch === event.defaultBranch;
}
function autoMode(event, isPr) {
    if (isPr) {
        const reason = noLivePlanReason(event);
        return reason === undefined ? { kind: 'plan', pullRequest: event.pullRequest } : { kind: 'validate', reason };
    }
    if (event.name === 'schedule') {
        return event.oidcAvailable ? { kind: 'drift' } : { kind: 'validate', reason: noLivePlanReason(event) };
    }
    if (event.name === 'push' || event.name === 'workflow_dispatch') {
        // Only the default branch applies, whether pushed to (a merge) or dispatched by hand: a dispatch from
        // another branch would apply a spec nobody reviewed for the protected branch.
        if (onDefaultBranch(event))
            return { kind: 'apply' };
        // Elsewhere: show the plan when credentials exist, else validate.
        const reason = noLivePlanReason(event);
        return reason === undefined ? { kind: 'plan' } : { kind: 'validate', reason };
    }
    return {
        kind: 'validate',
        reason: `event '${event.name || '(none)'}' has no automatic mode; set the command input to plan or apply`,
    };
}

;// CONCATENATED MODULE: ./src/github/annotations.ts

/** The annotation text: the message, what to change when the rule says, and the link to the rule's entry. */
function annotationMessage(finding, rulesUrl = rule_link/* RULES_DOC */.z9) {
    const fix = finding.hint ? `\nFix: ${finding.hint}` : '';
    return `${finding.message}${fix}\nRule: ${(0,rule_link/* ruleUrl */.QB)(rulesUrl, finding.ruleId)}`;
}
/** One annotation per finding, at its level (error, warning, notice), on its line and column of `file`. */
function annotate(io, findings, file, rulesUrl = rule_link/* RULES_DOC */.z9) {
    for (const f of findings) {
        io[f.severity](annotationMessage(f, rulesUrl), {
            file,
            startLine: f.line,
            startColumn: f.column,
            title: f.ruleId,
        });
    }
}

// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(92935);
// EXTERNAL MODULE: ./src/render/plan-markdown.ts + 1 modules
var plan_markdown = __webpack_require__(94392);
;// CONCATENATED MODULE: ./src/github/client.ts
async function createOctokit(token, env = process.env) {
    // Imported lazily: @actions/github builds its `context` from the environment when first loaded.
    const github = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(794)]).then(__webpack_require__.bind(__webpack_require__, 92413));
    const baseUrl = (env['GITHUB_API_URL'] ?? '').replace(/\/+$/, '') || 'https://api.github.com';
    return github.getOctokit(token, { baseUrl });
}
/** The HTTP status of an Octokit RequestError, or undefined for anything else. */
function httpStatus(err) {
    if (typeof err === 'object' && err !== null && 'status' in err) {
        const status = err.status;
        return typeof status === 'number' ? status : undefined;
    }
    return undefined;
}


;// CONCATENATED MODULE: ./src/github/comment.ts
// The sticky pull-request comment (README, "The pull-request comment"): one comment per spec file per pull
// request, found by the hidden marker AND the token's own login across ALL pages of comments, edited in place,
// left alone when the body is unchanged, created otherwise. Like marocchino/sticky-pull-request-comment.


/** GitHub's limit on an issue comment body: the renderer's COMMENT_LIMIT (one number). */
const MAX_COMMENT_CHARS = plan_markdown.COMMENT_LIMIT;
/** The login GitHub shows for comments made with a workflow's GITHUB_TOKEN. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** `<!-- amlnet:plan spec=PATH -->`: the same function the comment renderer uses, so the two always agree. */
function commentMarker(specPath) {
    return (0,plan_markdown.planCommentMarker)(specPath);
}
function firstLine(body) {
    const end = body.indexOf('\n');
    return end === -1 ? body : body.slice(0, end);
}
/** The token may read but not write comments (a fork's token, or `pull-requests: read`). */
class CommentForbiddenError extends Error {
    constructor(message) {
        super(message);
        this.name = 'CommentForbiddenError';
    }
}
/**
 * The login of the token's user. An installation token (the workflow's GITHUB_TOKEN) gets 403 on GET /user,
 * and its comments are authored by github-actions[bot].
 */
async function ownLogin(octokit) {
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return data.login;
    }
    catch (err) {
        const status = httpStatus(err);
        if (status === 403 || status === 404)
            return ACTIONS_BOT_LOGIN;
        throw err;
    }
}
/** The first comment that carries the marker and was written by `login`, searching every page. */
async function findComment(octokit, target, marker, login) {
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner: target.owner,
        repo: target.repo,
        issue_number: target.issueNumber,
        per_page: 100,
    });
    // The marker must be the body's FIRST line: a marker that a spec value carries further down (in another
    // spec's comment) never makes that comment this spec's.
    const mine = comments.find((c) => c.user?.login === login && firstLine(c.body ?? '') === marker);
    return mine === undefined
        ? undefined
        : { id: mine.id, nodeId: mine.node_id, body: mine.body ?? '', url: mine.html_url };
}
/** Keeps a body under GitHub's limit; the full plan is always in the job summary and the plan file. */
function fitComment(body) {
    if (body.length <= MAX_COMMENT_CHARS)
        return body;
    const note = '\n\n… (truncated: the full plan is in the job summary and the plan file)\n';
    return body.slice(0, MAX_COMMENT_CHARS - note.length) + note;
}
function forbidden(err) {
    return httpStatus(err) === 403
        ? new CommentForbiddenError(`the token cannot write pull-request comments (${(0,errors/* errorMessage */.g)(err)}); ` +
            'give the job `permissions: pull-requests: write`')
        : undefined;
}
/** Creates or edits the comment that carries `marker`; `body` must contain the marker. */
async function upsertComment(octokit, target, marker, body, login) {
    if (firstLine(body) !== marker)
        throw new Error(`the comment body does not start with its marker ${marker}`);
    const text = fitComment(body);
    const author = login ?? (await ownLogin(octokit));
    const existing = await findComment(octokit, target, marker, author);
    try {
        if (existing === undefined) {
            const { data } = await octokit.rest.issues.createComment({
                owner: target.owner,
                repo: target.repo,
                issue_number: target.issueNumber,
                body: text,
            });
            return { action: 'created', id: data.id, url: data.html_url };
        }
        if (existing.body === text)
            return { action: 'unchanged', id: existing.id, url: existing.url };
        const { data } = await octokit.rest.issues.updateComment({
            owner: target.owner,
            repo: target.repo,
            comment_id: existing.id,
            body: text,
        });
        return { action: 'updated', id: data.id, url: data.html_url };
    }
    catch (err) {
        throw forbidden(err) ?? err;
    }
}

;// CONCATENATED MODULE: ./src/github/reviewed-plan.ts
// At apply: the plan people reviewed, and whether it can be trusted. The merge commit's pull request
// (GET /repos/{o}/{r}/commits/{sha}/pulls) carries amlnet's comment. The apply accepts it only when
// - the comment is amlnet's: written by the token's own login, its FIRST line is the spec's marker;
// - its binding line (line 2, written only by amlnet: `<!-- amlnet:binding commit=SHA plan-hash=HEX -->`)
//   names the pull request's FINAL head commit (a plan for an earlier push is stale);
// - nobody but amlnet ever edited it (GitHub lets any collaborator edit any comment; its GraphQL
//   `userContentEdits` history says who did); a history that cannot be read is a refusal.
// The visible `plan-hash:` line is for people and is never read: values from the spec sit above it.
// Like dflook/terraform-github-actions' plan-changed check, hardened; the README's Security section says what
// this relies on.



/** GraphQL names a bot by its app slug (`github-actions`); REST by `github-actions[bot]`. */
function sameActor(graphqlLogin, restLogin) {
    const a = graphqlLogin.toLowerCase();
    const b = restLogin.toLowerCase();
    return a === b || `${a}[bot]` === b;
}
const EDIT_HISTORY = `query ($id: ID!) {
  node(id: $id) {
    ... on IssueComment {
      editor { login }
      lastEditedAt
      userContentEdits(first: 100) { totalCount nodes { editedAt editor { login } } }
    }
  }
}`;
/** Who edited the comment besides `login`; a string when the history cannot be checked. */
async function foreignEditors(octokit, comment, login) {
    let history;
    try {
        history = await octokit.graphql(EDIT_HISTORY, { id: comment.nodeId });
    }
    catch (err) {
        return `GitHub's GraphQL API did not return the comment's edit history (${(0,errors/* errorMessage */.g)(err)})`;
    }
    const node = history.node;
    if (node === null || node === undefined)
        return 'GitHub returned no comment for its node id';
    const edits = node.userContentEdits;
    if (edits.totalCount > edits.nodes.length) {
        return `the comment has ${edits.totalCount} edits, more than amlnet reads (${edits.nodes.length})`;
    }
    const editors = [node.editor, ...edits.nodes.map((n) => n?.editor ?? null)];
    // A null editor inside an edit is a deleted account ("ghost"): not amlnet either.
    const foreign = edits.nodes.some((n) => n === null || n.editor === null) ? ['(deleted account)'] : [];
    for (const e of editors) {
        if (e !== null && !sameActor(e.login, login) && !foreign.includes(e.login))
            foreign.push(e.login);
    }
    return foreign;
}
async function findReviewedPlan(octokit, repo, sha, marker, login) {
    const { data: pulls } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
        owner: repo.owner,
        repo: repo.repo,
        commit_sha: sha,
    });
    // The pull request that was merged as this commit; otherwise any merged one that contains it.
    const merged = pulls.find((p) => p.merged_at !== null && p.merge_commit_sha === sha) ?? pulls.find((p) => p.merged_at !== null);
    if (merged === undefined)
        return { kind: 'no-pull-request' };
    const comment = await findComment(octokit, { ...repo, issueNumber: merged.number }, marker, login);
    if (comment === undefined)
        return { kind: 'no-comment', pullRequest: merged.number };
    const found = { pullRequest: merged.number, commentUrl: comment.url, commentBody: comment.body };
    const editors = await foreignEditors(octokit, comment, login);
    if (typeof editors === 'string')
        return { ...found, kind: 'unverifiable', why: editors };
    if (editors.length > 0)
        return { ...found, kind: 'edited', editors };
    const binding = (0,plan_markdown.readBinding)(comment.body, marker);
    if (binding === undefined)
        return { ...found, kind: 'no-hash' };
    const headSha = merged.head.sha.toLowerCase();
    if (binding.commit !== headSha)
        return { ...found, kind: 'stale', ...binding, headSha };
    return { ...found, kind: 'found', ...binding };
}

// EXTERNAL MODULE: ./src/apply/progress.ts
var progress = __webpack_require__(47425);
;// CONCATENATED MODULE: ./src/github/progress-log.ts
// The apply's progress in a GitHub Actions log: each heartbeat as one line while the change runs (so a 15-minute
// cluster creation shows signs of life), and each change's whole log (start, what the applier said, heartbeats,
// outcome) as one collapsible group written when the change finishes, so that changes running in parallel never
// interleave inside a group. Over a small port of @actions/core (info, startGroup, endGroup) so tests can record it.

function groupedProgress(log) {
    const lines = new Map();
    const add = (address, line) => {
        const list = lines.get(address);
        if (list === undefined)
            lines.set(address, [line]);
        else
            list.push(line);
    };
    return {
        onStart: (s) => {
            log.info((0,progress/* formatStart */.u3)(s));
            add(s.address, (0,progress/* formatStart */.u3)(s));
        },
        onHeartbeat: (b) => {
            log.info((0,progress/* formatHeartbeat */.cK)(b));
            add(b.address, (0,progress/* formatHeartbeat */.cK)(b));
        },
        onLog: (address, message) => add(address, `${address}: ${message}`),
        onFinish: (o) => {
            const body = lines.get(o.address) ?? [];
            lines.delete(o.address);
            log.startGroup((0,progress/* formatFinish */.JU)(o));
            for (const line of body)
                log.info(line);
            const took = (0,progress/* durationOf */.cf)(o);
            log.info(`${o.address}: ${o.status}, ${o.action}, ${o.attempts} attempt(s), ${o.writes} write(s)` +
                (took !== undefined ? `, ${(0,progress/* formatDuration */.a3)(took)}` : ''));
            if (o.detail !== undefined)
                log.info(`${o.address}: ${o.detail}`);
            if (o.error !== undefined) {
                const e = o.error;
                log.info(`${o.address}: ${e.code}: ${e.message}${e.correlationId ? ` (correlation id ${e.correlationId})` : ''}`);
                if (e.advice !== undefined)
                    log.info(`${o.address}: fix: ${e.advice}`);
            }
            if (o.skippedBecause !== undefined)
                log.info(`${o.address}: not started: ${o.skippedBecause.join(', ')}`);
            log.endGroup();
        },
    };
}

;// CONCATENATED MODULE: ./src/main.ts
// Action orchestration, the one place that calls setFailed. Data flows one way:
// settings -> event/mode -> validate (annotations) -> stop on errors -> login -> plan -> plan file ->
// comment (pull request) | drift (schedule) | reviewed-plan check + apply (merge) -> job summary -> outputs.
// Everything it reads from or writes to the runner goes through the ActionsIO port (github/io.ts): the action's
// entry passes the @actions/core adapter, the demo and the tests an in-memory one. The libraries it drives
// (validate, login, plan, apply, import, renderers) are the composition root's (app/pipeline.ts), loaded lazily.














/** A failure already explained to the user: main reports its message, nothing else. */
class ActionFailure extends Error {
    name = 'ActionFailure';
}
/** Below GitHub's 1 MiB limit on a step summary, with room for the truncation note. */
const MAX_SUMMARY_CHARS = 1_000_000;
/** Collects the job summary as the run goes; written once at the end, whatever happens. */
class Summary {
    io;
    title;
    parts = [];
    constructor(io, title) {
        this.io = io;
        this.title = title;
    }
    /** Adds a part under `heading`, unless the markdown brings its own heading (the plan and apply renderers do). */
    add(heading, markdown) {
        this.parts.push({ heading: /^#{1,6} /.test(markdown) ? '' : heading, markdown });
    }
    async write() {
        let md = (0,summary/* summaryMarkdown */.eH)(this.title, this.parts);
        // GitHub refuses a step summary over 1 MiB; the plan file always has the whole plan.
        if (md.length > MAX_SUMMARY_CHARS) {
            md = md.slice(0, MAX_SUMMARY_CHARS) + '\n\n… (truncated: the full plan is in the plan file, output plan-file)\n';
        }
        this.io.summary.append(md);
        await this.io.summary.write();
    }
}
const MODE_TITLE = {
    validate: 'validate',
    plan: 'plan',
    drift: 'drift check',
    apply: 'apply',
};
/** The folder of the run's files under RUNNER_TEMP. */
function runnerTemp(state) {
    const dir = (0,external_node_path_.join)(state.io.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'amlnet');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    return dir;
}
/** Writes the plan JSON (the same object as `amlnet plan --format json`) under RUNNER_TEMP and returns its path. */
async function writePlanFile(state, plan, commit) {
    const { renderPlanJson } = await __webpack_require__.e(/* import() */ 976).then(__webpack_require__.bind(__webpack_require__, 54976));
    const specPath = state.settings.specPath;
    const dir = runnerTemp(state);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const slug = specPath.replace(/[^A-Za-z0-9._-]+/g, '_');
    const file = (0,external_node_path_.join)(dir, `plan-${slug}${commit ? `-${commit.slice(0, 12)}` : ''}.json`);
    (0,external_node_fs_.writeFileSync)(file, renderPlanJson(plan, { specPath, ...(commit ? { commit } : {}) }));
    return file;
}
/** Writes the findings as SARIF under RUNNER_TEMP (one file per spec, rewritten when the plan adds live findings). */
async function writeSarifFile(state, findings) {
    const [{ renderFindingsSarif }, { amlnetSarifOptions }] = await Promise.all([
        __webpack_require__.e(/* import() */ 729).then(__webpack_require__.bind(__webpack_require__, 43729)),
        __webpack_require__.e(/* import() */ 870).then(__webpack_require__.bind(__webpack_require__, 22870)),
    ]);
    const specPath = state.settings.specPath;
    const file = (0,external_node_path_.join)(runnerTemp(state), `findings-${specPath.replace(/[^A-Za-z0-9._-]+/g, '_')}.sarif`);
    (0,external_node_fs_.writeFileSync)(file, renderFindingsSarif(findings, amlnetSarifOptions(specPath)));
    return file;
}
function errorCount(findings) {
    return findings.filter((f) => f.severity === 'error').length;
}
async function loadPipeline(env) {
    const mod = await __webpack_require__.e(/* import() */ 605).then(__webpack_require__.bind(__webpack_require__, 3605));
    return mod.createPipeline(mod.pipelineOptionsFromEnv(env));
}
/**
 * Starts fetching the GitHub OIDC token now, so that it arrives while the spec is validated and the Azure
 * modules load. A GitHub request, not an Azure call: an invalid spec still makes no Azure call.
 */
function prefetchIdToken(state) {
    const { settings, event, mode } = state;
    if (mode.kind === 'validate' || !event.oidcAvailable || (0,src_settings/* missingAzureInputs */.Jb)(settings).length > 0)
        return;
    state.idToken = state.io.getIDToken(settings.audience);
    state.idToken.catch(() => undefined); // reported by the login that takes it
}
/** The prefetched token for the first request of the audience input; a fresh one for every later request. */
function idTokenFor(state, audience) {
    const prefetched = state.idToken;
    state.idToken = undefined;
    return prefetched !== undefined && audience === state.settings.audience ? prefetched : state.io.getIDToken(audience);
}
async function github(state) {
    if (state.octokit === undefined) {
        if (state.settings.githubToken === '') {
            throw new ActionFailure("the github-token input is empty; leave it at its default '${{ github.token }}'");
        }
        state.octokit = await createOctokit(state.settings.githubToken, state.io.env);
    }
    return state.octokit;
}
/** Posts or edits the sticky comment. A token that cannot comment is a warning, not a failure. */
async function postComment(state, issueNumber, body) {
    const marker = commentMarker(state.settings.specPath);
    try {
        const octokit = await github(state);
        const result = await upsertComment(octokit, { owner: state.event.owner, repo: state.event.repo, issueNumber }, marker, body);
        state.io.setOutput(src_settings/* Outputs */.tY.CommentUrl, result.url);
        state.io.info(`amlnet: pull request comment ${result.action}: ${result.url}`);
    }
    catch (err) {
        if (err instanceof CommentForbiddenError) {
            state.io.warning(`${err.message}. The job summary has the same content.`);
            state.summary.add('Pull request comment', `Not posted: ${err.message}.`);
            return;
        }
        throw err;
    }
}
async function login(state) {
    const { settings, event } = state;
    if (!event.oidcAvailable) {
        throw new ActionFailure('this job cannot request a GitHub OIDC token; give it `permissions: id-token: write` (and contents: read)');
    }
    const missing = (0,src_settings/* missingAzureInputs */.Jb)(settings);
    if (missing.length > 0) {
        throw new ActionFailure(`a live ${MODE_TITLE[state.mode.kind]} needs the input(s) ${missing.join(', ')} ` +
            '(the Entra app registration that holds the federated credential)');
    }
    return state.pipeline.login({
        environment: settings.environment,
        armEndpoint: settings.armEndpoint,
        authorityHost: settings.authorityHost,
        tenantId: settings.tenantId,
        clientId: settings.clientId,
        audience: settings.audience,
        subscriptionId: settings.subscriptionId,
        getIdToken: (aud) => idTokenFor(state, aud),
    });
}
async function setPlanOutputs(state, plan) {
    const { io } = state;
    io.setOutput(src_settings/* Outputs */.tY.HasChanges, String(plan.hasChanges));
    io.setOutput(src_settings/* Outputs */.tY.PlanHash, plan.planHash);
    const file = await writePlanFile(state, plan, renderContext(state).commit);
    io.setOutput(src_settings/* Outputs */.tY.PlanFile, file);
    io.setOutput(src_settings/* Outputs */.tY.SarifFile, await writeSarifFile(state, plan.findings));
    io.info(`amlnet: plan-hash ${plan.planHash}; plan file ${file}`);
}
function renderContext(state) {
    const pr = state.mode.kind === 'plan' ? state.mode.pullRequest : undefined;
    return {
        specPath: state.settings.specPath,
        commit: pr?.headSha ?? state.event.sha,
        runUrl: state.event.runUrl,
        rulesUrl: state.event.rulesUrl,
    };
}
async function planStep(state) {
    const mode = state.mode;
    const session = await login(state);
    const { plan, spec } = await session.plan(state.specFile, 'plan', state.root);
    await setPlanOutputs(state, plan);
    const render = await state.pipeline.renderers();
    const ctx = { ...renderContext(state), spec };
    state.summary.add('Plan', render.renderPlanSummary(plan, ctx));
    if (mode.kind === 'plan' && mode.pullRequest !== undefined && state.settings.comment) {
        await postComment(state, mode.pullRequest.number, render.renderPlanComment(plan, ctx));
    }
    if (mode.kind === 'drift' && plan.hasChanges) {
        state.io.warning(`drift: the live state of ${state.settings.specPath} differs from the spec (see the job summary)`);
    }
    if (plan.refused) {
        throw new ActionFailure('the plan has refusals or errors and cannot be applied (see the job summary)');
    }
}
/** Why a reviewed plan cannot be used, or undefined when it can (kind found). */
function distrust(reviewed, sha) {
    switch (reviewed.kind) {
        case 'found':
            return undefined;
        case 'no-pull-request':
            return `no merged pull request contains commit ${sha.slice(0, 12)}, so there is no reviewed plan`;
        case 'no-comment':
            return `merged pull request #${reviewed.pullRequest} has no amlnet plan comment`;
        case 'no-hash':
            return `the amlnet comment on merged pull request #${reviewed.pullRequest} shows no plan (it had errors)`;
        case 'stale':
            return (`the plan on pull request #${reviewed.pullRequest} was computed for commit ${reviewed.commit.slice(0, 12)}, ` +
                `not for its final head commit ${reviewed.headSha.slice(0, 12)} (the last push was never planned)`);
        case 'edited':
            return (`the amlnet comment on pull request #${reviewed.pullRequest} was edited by ${reviewed.editors.join(', ')}, ` +
                'so it is no longer the plan amlnet showed');
        case 'unverifiable':
            return `the edit history of the amlnet comment on pull request #${reviewed.pullRequest} cannot be checked: ${reviewed.why}`;
        default: {
            const never = reviewed;
            return String(never);
        }
    }
}
/**
 * Compares the fresh plan with the one people approved, BEFORE any write. Throws (nothing applied) unless
 * they match or on-plan-change: apply says to go on; a refusal names the check that failed and the summary
 * shows both plans.
 */
async function checkReviewedPlan(state, plan, freshPlan) {
    const { settings, event } = state;
    const octokit = await github(state);
    const marker = commentMarker(settings.specPath);
    const reviewed = await findReviewedPlan(octokit, event, event.sha, marker, await ownLogin(octokit));
    const reviewedBody = 'commentBody' in reviewed ? reviewed.commentBody : undefined;
    const showBoth = (title, what) => {
        const shown = reviewedBody === undefined ? 'none' : (0,summary/* details */.zH)('The reviewed plan (as the comment shows it)', reviewedBody);
        state.summary.add(title, `${(0,markdown/* escapeMarkdown */.FV)(what)}.\n\n${shown}`);
        state.summary.add('The fresh plan', freshPlan);
    };
    if (reviewed.kind === 'found') {
        const verdict = (0,resume/* compareWithReviewed */.f1)(plan, reviewed);
        if (verdict.kind === 'same') {
            state.io.info(`amlnet: the fresh plan matches the plan reviewed on pull request #${reviewed.pullRequest}`);
            return;
        }
        if (verdict.kind === 'resume') {
            // An earlier run did part of the reviewed plan: what is left is all reviewed, with the same values.
            const line = `resuming: ${verdict.done} of ${verdict.total} reviewed changes already applied`;
            state.io.info(`amlnet: ${line} (pull request #${reviewed.pullRequest})`);
            state.summary.add('Resuming the reviewed plan', `${line}; every remaining change was reviewed on pull request #${reviewed.pullRequest}.`);
            return;
        }
        const unreviewed = verdict.unreviewed.map((c) => `${c.action} ${c.address}`).join(', ');
        const what = `the plan changed since it was reviewed on pull request #${reviewed.pullRequest}: ` +
            `reviewed plan-hash ${reviewed.planHash}, fresh plan-hash ${plan.planHash}` +
            (unreviewed === '' ? '' : `; not reviewed: ${unreviewed}`);
        showBoth('Plan changed after review', what);
        if (settings.onPlanChange === 'fail') {
            throw new ActionFailure(`${what}. Nothing was applied. Re-run the plan on a pull request and review it, ` +
                'or set on-plan-change: apply to apply the fresh plan.');
        }
        state.io.warning(`${what}; applying the fresh plan (on-plan-change: apply)`);
        return;
    }
    const why = distrust(reviewed, event.sha) ?? reviewed.kind;
    // A manual dispatch on the default branch is an explicit human decision (behind the environment's protection
    // rules) when there is simply no reviewed plan; a stale, edited or unverifiable one is refused all the same.
    const noPlanAtAll = reviewed.kind === 'no-pull-request' || reviewed.kind === 'no-comment' || reviewed.kind === 'no-hash';
    if (settings.onPlanChange === 'fail' && !(noPlanAtAll && event.name === 'workflow_dispatch')) {
        showBoth('No trusted reviewed plan', why);
        throw new ActionFailure(`${why}. Nothing was applied. ${noPlanAtAll ? 'Merge the change through a pull request' : 'Push to the pull request again so amlnet re-plans it'}, or set on-plan-change: apply to apply the fresh plan without a reviewed one.`);
    }
    state.io.warning(`${why}; applying the fresh plan`);
}
async function applyStep(state) {
    const session = await login(state);
    const { plan, spec } = await session.plan(state.specFile, 'apply', state.root);
    await setPlanOutputs(state, plan);
    const render = await state.pipeline.renderers();
    const freshPlan = render.renderPlanSummary(plan, renderContext(state));
    await checkReviewedPlan(state, plan, freshPlan);
    if (plan.refused) {
        state.summary.add('Plan', freshPlan);
        throw new ActionFailure('the plan has refusals or errors; nothing was applied (see the job summary)');
    }
    const result = await session.apply(plan, spec, groupedProgress(state.io));
    state.summary.add('Apply', render.renderApplySummary(result));
    if (result.aci !== undefined)
        state.io.setOutput(src_settings/* Outputs */.tY.AciSubnet, result.aci.subnetId);
    if (result.status === 'failed' || result.status === 'refused') {
        const reasons = result.refusal?.length ? `: ${result.refusal.join('; ')}` : '';
        throw new ActionFailure(`apply ${result.status}${reasons} (see the job summary)`);
    }
    state.io.info(`amlnet: apply ${result.status}, plan-hash ${result.planHash}, ${result.writes} write(s)`);
}
async function orchestrate(state) {
    const { settings, mode } = state;
    if (mode.kind === 'validate' && mode.reason !== undefined) {
        state.io.notice(`amlnet: ${mode.reason}`);
        state.summary.add('No live plan', `${mode.reason}.`);
    }
    prefetchIdToken(state);
    const validation = await state.pipeline.validateFile(state.specFile, state.root);
    annotate(state.io, validation.findings, settings.specPath, state.event.rulesUrl);
    state.io.setOutput(src_settings/* Outputs */.tY.SarifFile, await writeSarifFile(state, validation.findings));
    state.summary.add('Findings', (0,summary/* findingsTable */.f9)(validation.findings, settings.specPath, state.event.rulesUrl));
    const errors = errorCount(validation.findings);
    const valid = errors === 0 && validation.spec !== undefined;
    state.io.setOutput(src_settings/* Outputs */.tY.Valid, String(valid));
    if (!valid || validation.spec === undefined) {
        if (mode.kind === 'plan' && mode.pullRequest !== undefined && settings.comment) {
            const reason = `the spec has ${errors} error finding(s); fix them and push again`;
            await postComment(state, mode.pullRequest.number, (await state.pipeline.renderers()).renderNoPlanComment(validation.findings, reason, renderContext(state)));
        }
        throw new ActionFailure(`${settings.specPath}: ${errors} error finding(s); nothing was planned or applied`);
    }
    switch (mode.kind) {
        case 'validate':
            return;
        case 'plan':
        case 'drift':
            return planStep(state);
        case 'apply':
            return applyStep(state);
        default: {
            const never = mode;
            throw new Error(`unknown mode ${String(never)}`);
        }
    }
}
/** One line for the log, never a stack trace: Azure errors carry their code, message and correlation id. */
async function describe(err) {
    if (err instanceof ActionFailure)
        return err.message;
    const { toAzureError, formatAzureError } = await __webpack_require__.e(/* import() */ 616).then(__webpack_require__.bind(__webpack_require__, 16616));
    const name = err instanceof Error ? err.name : '';
    if (name === 'RestError')
        return `Azure: ${formatAzureError(toAzureError(err))}`;
    return (0,errors/* errorMessage */.g)(err);
}
/** Runs the action once through `io`; `pipeline` defaults to the composition root's (tests shorten its polls). */
async function run(io, pipeline) {
    const summary = new Summary(io, 'amlnet');
    try {
        const settings = (0,src_settings/* getSettings */.mt)(io);
        const event = readRunEvent(io.env);
        if (settings.command === 'import') {
            summary.title = `amlnet import: \`${settings.import?.workspace ?? ''}\``;
            const { importStep } = await __webpack_require__.e(/* import() */ 709).then(__webpack_require__.bind(__webpack_require__, 34709));
            return await importStep(io, pipeline ?? (await loadPipeline(io.env)), settings, summary, event.rulesUrl);
        }
        const mode = resolveMode(settings.command, event);
        summary.title = `amlnet ${MODE_TITLE[mode.kind]}: \`${settings.specPath}\``;
        io.info(`amlnet: ${MODE_TITLE[mode.kind]} of ${settings.specPath} (event ${event.name || 'none'})`);
        const root = (0,validate.specRoot)(io.env);
        const specFile = (0,external_node_path_.resolve)(root, settings.specPath);
        await orchestrate({
            io,
            settings,
            specFile,
            root,
            event,
            mode,
            summary,
            pipeline: pipeline ?? (await loadPipeline(io.env)),
        });
    }
    catch (err) {
        const message = await describe(err);
        // Error texts can quote values from the spec or Azure: escaped like everything else rendered.
        summary.add('Failed', (0,markdown/* escapeMarkdown */.FV)(message));
        io.setFailed(message);
    }
    finally {
        try {
            await summary.write();
        }
        catch (err) {
            io.warning(`could not write the job summary: ${(0,errors/* errorMessage */.g)(err)}`);
        }
    }
}


/***/ }),

/***/ 58750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G0: () => (/* binding */ Inputs),
/* harmony export */   Jb: () => (/* binding */ missingAzureInputs),
/* harmony export */   mt: () => (/* binding */ getSettings),
/* harmony export */   tY: () => (/* binding */ Outputs)
/* harmony export */ });
/* unused harmony exports COMMANDS, CLOUDS, ON_PLAN_CHANGE, SettingsError */
/* harmony import */ var _azure_endpoints_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9713);
/* harmony import */ var _azure_credential_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18098);
// The action's inputs, parsed ONCE into a typed Settings object (like actions/checkout's input-helper).
// The inputs come through the Actions I/O port (github/io.ts), read when run() calls getSettings(), never at
// import time. Every error quotes the bad value and the expected form.


/** Input names as declared in action.yml; the one place they are spelled. */
const Inputs = {
    Spec: 'spec',
    Command: 'command',
    ClientId: 'client-id',
    TenantId: 'tenant-id',
    SubscriptionId: 'subscription-id',
    Audience: 'audience',
    Environment: 'environment',
    ArmEndpoint: 'arm-endpoint',
    AuthorityHost: 'authority-host',
    GithubToken: 'github-token',
    Comment: 'comment',
    OnPlanChange: 'on-plan-change',
    ImportWorkspace: 'import-workspace',
    ImportNetwork: 'import-network',
    ImportSecurityGroup: 'import-security-group',
};
/** Output names as declared in action.yml. */
const Outputs = {
    Valid: 'valid',
    HasChanges: 'has-changes',
    PlanHash: 'plan-hash',
    PlanFile: 'plan-file',
    CommentUrl: 'comment-url',
    AciSubnet: 'aci-subnet',
    SarifFile: 'sarif-file',
    ImportedSpec: 'imported-spec',
};
const COMMANDS = ['auto', 'validate', 'plan', 'apply', 'import'];
const CLOUDS = _azure_endpoints_js__WEBPACK_IMPORTED_MODULE_0__.AZURE_CLOUDS;
const ON_PLAN_CHANGE = ['fail', 'apply'];
/** A bad input: its message names the input, quotes the value and says what is expected. */
class SettingsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SettingsError';
    }
}
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A verified domain name of a tenant, e.g. contoso.onmicrosoft.com.
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
function oneOf(name, value, allowed, fallback) {
    if (value === '')
        return fallback;
    const found = allowed.find((a) => a.toLowerCase() === value.toLowerCase());
    if (found === undefined) {
        throw new SettingsError(`input '${name}' is '${value}'; expected one of: ${allowed.join(', ')}`);
    }
    return found;
}
function guid(name, value) {
    if (value === '')
        return undefined;
    if (!GUID.test(value)) {
        throw new SettingsError(`input '${name}' is '${value}'; expected a GUID such as 00000000-0000-0000-0000-000000000000`);
    }
    return value.toLowerCase();
}
function tenant(name, value) {
    if (value === '')
        return undefined;
    if (!GUID.test(value) && !DOMAIN.test(value)) {
        throw new SettingsError(`input '${name}' is '${value}'; expected a tenant GUID or a verified domain such as contoso.onmicrosoft.com`);
    }
    return value;
}
function httpsUrl(name, value) {
    if (value === '')
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw new SettingsError(`input '${name}' is '${value}'; expected an https URL such as https://management.azure.com`);
    }
    // Azure's bearer-token policy refuses plain http, so an http endpoint could never work: say so now.
    if (url.protocol !== 'https:') {
        throw new SettingsError(`input '${name}' is '${value}'; expected an https URL (Azure refuses tokens over http)`);
    }
    return value.replace(/\/+$/, '');
}
function bool(name, value, fallback) {
    if (value === '')
        return fallback;
    // The same spellings as core.getBooleanInput (YAML 1.2 core schema).
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new SettingsError(`input '${name}' is '${value}'; expected true or false`);
}
const RG_NAME = /^[-\w.()]+\/[^/\s]+$/;
/** The inputs of command: import: the workspace and the network are required, as RESOURCE-GROUP/NAME. */
function importInputs(get) {
    const rgName = (name) => {
        const v = get(name);
        if (!RG_NAME.test(v)) {
            throw new SettingsError(`input '${name}' is '${v}'; command: import needs it as RESOURCE-GROUP/NAME, e.g. ml-rg/ml-vnet`);
        }
        return v;
    };
    const workspace = rgName(Inputs.ImportWorkspace);
    const network = rgName(Inputs.ImportNetwork);
    const sg = get(Inputs.ImportSecurityGroup);
    if (sg !== '' && !RG_NAME.test(sg) && !/^[A-Za-z0-9][\w.-]*$/.test(sg)) {
        throw new SettingsError(`input '${Inputs.ImportSecurityGroup}' is '${sg}'; expected NAME or RESOURCE-GROUP/NAME`);
    }
    return { workspace, network, ...(sg !== '' ? { securityGroup: sg } : {}) };
}
/** Parses every input once. Throws SettingsError on the first bad value. */
function getSettings(source) {
    const get = (name) => source.getInput(name).trim();
    // Repository-relative with forward slashes and no leading ./: the form annotations and the comment marker use.
    const specPath = (get(Inputs.Spec) || 'amlnet.yml').replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (specPath.includes('\n')) {
        throw new SettingsError(`input '${Inputs.Spec}' is '${specPath}'; expected one path (run one step per spec file)`);
    }
    const audience = get(Inputs.Audience) || _azure_credential_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_AUDIENCE */ .Z4;
    const settings = {
        specPath,
        command: oneOf(Inputs.Command, get(Inputs.Command), COMMANDS, 'auto'),
        clientId: guid(Inputs.ClientId, get(Inputs.ClientId)),
        tenantId: tenant(Inputs.TenantId, get(Inputs.TenantId)),
        subscriptionId: guid(Inputs.SubscriptionId, get(Inputs.SubscriptionId)),
        audience,
        environment: oneOf(Inputs.Environment, get(Inputs.Environment), CLOUDS, 'AzureCloud'),
        armEndpoint: httpsUrl(Inputs.ArmEndpoint, get(Inputs.ArmEndpoint)),
        authorityHost: httpsUrl(Inputs.AuthorityHost, get(Inputs.AuthorityHost)),
        githubToken: get(Inputs.GithubToken),
        comment: bool(Inputs.Comment, get(Inputs.Comment), true),
        onPlanChange: oneOf(Inputs.OnPlanChange, get(Inputs.OnPlanChange), ON_PLAN_CHANGE, 'fail'),
    };
    if (settings.command === 'import')
        settings.import = importInputs(get);
    // Mask the token at once, before anything can print it.
    if (settings.githubToken !== '')
        source.setSecret(settings.githubToken);
    return settings;
}
/** The Azure identity inputs a live plan or apply needs; names the missing ones. */
function missingAzureInputs(settings) {
    const missing = [];
    if (settings.clientId === undefined)
        missing.push(Inputs.ClientId);
    if (settings.tenantId === undefined)
        missing.push(Inputs.TenantId);
    return missing;
}


/***/ })

};
