export const id = 911;
export const ids = [911];
export const modules = {

/***/ 92935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eH: () => (/* binding */ summaryMarkdown),
/* harmony export */   f9: () => (/* binding */ findingsTable),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony exports cell, countBySeverity */
/* harmony import */ var _render_rule_link_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5769);

const ICON = { error: '🛑 error', warning: '⚠️ warning', notice: 'ℹ️ notice' };
const ORDER = { error: 0, warning: 1, notice: 2 };
/** Makes a value safe inside a markdown table cell. */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
function countBySeverity(findings) {
    const counts = { error: 0, warning: 0, notice: 0 };
    for (const f of findings)
        counts[f.severity] += 1;
    return counts;
}
/** A findings table, errors first, then by line, each rule id linked to its entry; a line when there are none. */
function findingsTable(findings, file, rulesUrl = _render_rule_link_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES_DOC */ .z9) {
    if (findings.length === 0)
        return `No findings in \`${file}\`.\n`;
    const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || a.line - b.line);
    const c = countBySeverity(findings);
    const rows = sorted.map((f) => `| ${ICON[f.severity]} | [\`${f.ruleId}\`](${(0,_render_rule_link_js__WEBPACK_IMPORTED_MODULE_0__/* .ruleUrl */ .QB)(rulesUrl, f.ruleId)}) | \`${cell(file)}:${f.line}:${f.column}\` | ${cell(f.path || '(file)')} | ` +
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

/***/ 63911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(96421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/render/markdown.ts
var markdown = __webpack_require__(42495);
// EXTERNAL MODULE: ./src/validate.ts + 14 modules
var validate = __webpack_require__(95993);
// EXTERNAL MODULE: ./src/render/plan-json.ts
var plan_json = __webpack_require__(54976);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __webpack_require__(58750);
// EXTERNAL MODULE: ./src/render/rule-link.ts
var rule_link = __webpack_require__(5769);
;// CONCATENATED MODULE: ./src/github/event.ts
// The workflow run's event, read from the runner's environment when asked (never at import time, unlike
// @actions/github's `context`), and the pure mapping from (command input, event) to what amlnet does.


function record(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value
        : undefined;
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
            const why = err instanceof Error ? err.message : String(err);
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
// Findings become workflow annotations on the spec file's lines (README.md, "The GitHub Action").


const ANNOTATE = {
    error: (m, p) => core/* error */.z3(m, p),
    warning: (m, p) => core/* warning */.$e(m, p),
    notice: (m, p) => core/* notice */.lm(m, p),
};
/** The annotation text: the message, what to change when the rule says, and the link to the rule's entry. */
function annotationMessage(finding, rulesUrl = rule_link/* RULES_DOC */.z9) {
    const fix = finding.hint ? `\nFix: ${finding.hint}` : '';
    return `${finding.message}${fix}\nRule: ${(0,rule_link/* ruleUrl */.QB)(rulesUrl, finding.ruleId)}`;
}
function annotate(findings, file, rulesUrl = rule_link/* RULES_DOC */.z9) {
    for (const f of findings) {
        ANNOTATE[f.severity](annotationMessage(f, rulesUrl), {
            file,
            startLine: f.line,
            startColumn: f.column,
            title: f.ruleId,
        });
    }
}

// EXTERNAL MODULE: ./src/github/summary.ts
var summary = __webpack_require__(92935);
// EXTERNAL MODULE: ./src/render/plan-markdown.ts
var plan_markdown = __webpack_require__(4095);
;// CONCATENATED MODULE: ./src/github/client.ts
async function createOctokit(token, env = process.env) {
    // Imported lazily: @actions/github builds its `context` from the environment when first loaded.
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
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
/** The message of an error without its stack. */
function errorMessage(err) {
    return err instanceof Error ? err.message : String(err);
}

;// CONCATENATED MODULE: ./src/github/comment.ts
// The sticky pull-request comment (README, "The pull-request comment"): one comment per spec file per pull
// request, found by the hidden marker AND the token's own login across ALL pages of comments, edited in place,
// left alone when the body is unchanged, created otherwise. Like marocchino/sticky-pull-request-comment.


/** GitHub's limit on an issue comment body. */
const MAX_COMMENT_CHARS = 65_536;
/** The login GitHub shows for comments made with a workflow's GITHUB_TOKEN. */
const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** `<!-- amlnet:plan spec=PATH -->`: the same function the comment renderer uses, so the two always agree. */
function commentMarker(specPath) {
    return (0,plan_markdown/* planCommentMarker */.$l)(specPath);
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
        ? new CommentForbiddenError(`the token cannot write pull-request comments (${errorMessage(err)}); ` +
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
        return `GitHub's GraphQL API did not return the comment's edit history (${errorMessage(err)})`;
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
    const binding = (0,plan_markdown/* readBinding */.YM)(comment.body, marker);
    if (binding === undefined)
        return { ...found, kind: 'no-hash' };
    const headSha = merged.head.sha.toLowerCase();
    if (binding.commit !== headSha)
        return { ...found, kind: 'stale', ...binding, headSha };
    return { ...found, kind: 'found', ...binding };
}

;// CONCATENATED MODULE: ./src/main.ts
// Action orchestration, the one place that calls core.setFailed. Data flows one way:
// settings -> event/mode -> validate (annotations) -> stop on errors -> login -> plan -> plan file ->
// comment (pull request) | drift (schedule) | reviewed-plan check + apply (merge) -> job summary -> outputs.














/** A failure already explained to the user: main reports its message, nothing else. */
class ActionFailure extends Error {
    name = 'ActionFailure';
}
/** Below GitHub's 1 MiB limit on a step summary, with room for the truncation note. */
const MAX_SUMMARY_CHARS = 1_000_000;
/** Collects the job summary as the run goes; written once at the end, whatever happens. */
class Summary {
    title;
    parts = [];
    constructor(title) {
        this.title = title;
    }
    /** Adds a part under `heading`, unless the markdown brings its own heading (the plan and apply renderers do). */
    add(heading, markdown) {
        this.parts.push({ heading: /^#{1,6} /.test(markdown) ? '' : heading, markdown });
    }
    write() {
        let md = (0,summary/* summaryMarkdown */.eH)(this.title, this.parts);
        // GitHub refuses a step summary over 1 MiB; the plan file always has the whole plan.
        if (md.length > MAX_SUMMARY_CHARS) {
            md = md.slice(0, MAX_SUMMARY_CHARS) + '\n\n… (truncated: the full plan is in the plan file, output plan-file)\n';
        }
        const file = process.env['GITHUB_STEP_SUMMARY'];
        if (!file) {
            // Outside a runner (local runs): the summary goes to the log instead.
            core/* info */.pq(md);
            return;
        }
        // Appended directly (what core.summary.write does), because core.summary caches the file path of the
        // first run in the process and the demo and tests run the action several times in one process.
        (0,external_node_fs_.appendFileSync)(file, md + '\n');
    }
}
const MODE_TITLE = {
    validate: 'validate',
    plan: 'plan',
    drift: 'drift check',
    apply: 'apply',
};
/** Writes the plan JSON (the same object as `amlnet plan --format json`) under RUNNER_TEMP and returns its path. */
function writePlanFile(plan, specPath, commit) {
    const dir = (0,external_node_path_.join)(process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(), 'amlnet');
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    const slug = specPath.replace(/[^A-Za-z0-9._-]+/g, '_');
    const file = (0,external_node_path_.join)(dir, `plan-${slug}${commit ? `-${commit.slice(0, 12)}` : ''}.json`);
    (0,external_node_fs_.writeFileSync)(file, (0,plan_json/* renderPlanJson */.u)(plan, { specPath, ...(commit ? { commit } : {}) }));
    return file;
}
function errorCount(findings) {
    return findings.filter((f) => f.severity === 'error').length;
}
async function loadPipeline() {
    const mod = await __webpack_require__.e(/* import() */ 456).then(__webpack_require__.bind(__webpack_require__, 27456));
    return mod.pipeline;
}
async function github(state) {
    if (state.octokit === undefined) {
        if (state.settings.githubToken === '') {
            throw new ActionFailure("the github-token input is empty; leave it at its default '${{ github.token }}'");
        }
        state.octokit = await createOctokit(state.settings.githubToken);
    }
    return state.octokit;
}
/** Posts or edits the sticky comment. A token that cannot comment is a warning, not a failure. */
async function postComment(state, issueNumber, body) {
    const marker = commentMarker(state.settings.specPath);
    try {
        const octokit = await github(state);
        const result = await upsertComment(octokit, { owner: state.event.owner, repo: state.event.repo, issueNumber }, marker, body);
        core/* setOutput */.uH(src_settings/* Outputs */.tY.CommentUrl, result.url);
        core/* info */.pq(`amlnet: pull request comment ${result.action}: ${result.url}`);
    }
    catch (err) {
        if (err instanceof CommentForbiddenError) {
            core/* warning */.$e(`${err.message}. The job summary has the same content.`);
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
        getIdToken: (aud) => core/* getIDToken */.V9(aud),
    });
}
function setPlanOutputs(state, plan) {
    core/* setOutput */.uH(src_settings/* Outputs */.tY.HasChanges, String(plan.hasChanges));
    core/* setOutput */.uH(src_settings/* Outputs */.tY.PlanHash, plan.planHash);
    const file = writePlanFile(plan, state.settings.specPath, renderContext(state).commit);
    core/* setOutput */.uH(src_settings/* Outputs */.tY.PlanFile, file);
    core/* info */.pq(`amlnet: plan-hash ${plan.planHash}; plan file ${file}`);
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
    const { plan } = await session.plan(state.specFile, 'plan', state.root);
    setPlanOutputs(state, plan);
    state.summary.add('Plan', state.pipeline.renderPlanSummary(plan, renderContext(state)));
    if (mode.kind === 'plan' && mode.pullRequest !== undefined && state.settings.comment) {
        await postComment(state, mode.pullRequest.number, state.pipeline.renderPlanComment(plan, renderContext(state)));
    }
    if (mode.kind === 'drift' && plan.hasChanges) {
        core/* warning */.$e(`drift: the live state of ${state.settings.specPath} differs from the spec (see the job summary)`);
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
        if (reviewed.planHash === plan.planHash) {
            core/* info */.pq(`amlnet: the fresh plan matches the plan reviewed on pull request #${reviewed.pullRequest}`);
            return;
        }
        const what = `the plan changed since it was reviewed on pull request #${reviewed.pullRequest}: ` +
            `reviewed plan-hash ${reviewed.planHash}, fresh plan-hash ${plan.planHash}`;
        showBoth('Plan changed after review', what);
        if (settings.onPlanChange === 'fail') {
            throw new ActionFailure(`${what}. Nothing was applied. Re-run the plan on a pull request and review it, ` +
                'or set on-plan-change: apply to apply the fresh plan.');
        }
        core/* warning */.$e(`${what}; applying the fresh plan (on-plan-change: apply)`);
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
    core/* warning */.$e(`${why}; applying the fresh plan`);
}
async function applyStep(state) {
    const session = await login(state);
    const { plan, spec } = await session.plan(state.specFile, 'apply', state.root);
    setPlanOutputs(state, plan);
    const freshPlan = state.pipeline.renderPlanSummary(plan, renderContext(state));
    await checkReviewedPlan(state, plan, freshPlan);
    if (plan.refused) {
        state.summary.add('Plan', freshPlan);
        throw new ActionFailure('the plan has refusals or errors; nothing was applied (see the job summary)');
    }
    const result = await session.apply(plan, spec);
    state.summary.add('Apply', state.pipeline.renderApplySummary(result));
    if (result.aci !== undefined)
        core/* setOutput */.uH(src_settings/* Outputs */.tY.AciSubnet, result.aci.subnetId);
    if (result.status === 'failed' || result.status === 'refused') {
        const reasons = result.refusal?.length ? `: ${result.refusal.join('; ')}` : '';
        throw new ActionFailure(`apply ${result.status}${reasons} (see the job summary)`);
    }
    core/* info */.pq(`amlnet: apply ${result.status}, plan-hash ${result.planHash}, ${result.writes} write(s)`);
}
async function orchestrate(state) {
    const { settings, mode } = state;
    if (mode.kind === 'validate' && mode.reason !== undefined) {
        core/* notice */.lm(`amlnet: ${mode.reason}`);
        state.summary.add('No live plan', `${mode.reason}.`);
    }
    const validation = await state.pipeline.validateFile(state.specFile, state.root);
    annotate(validation.findings, settings.specPath, state.event.rulesUrl);
    state.summary.add('Findings', (0,summary/* findingsTable */.f9)(validation.findings, settings.specPath, state.event.rulesUrl));
    const errors = errorCount(validation.findings);
    const valid = errors === 0 && validation.spec !== undefined;
    core/* setOutput */.uH(src_settings/* Outputs */.tY.Valid, String(valid));
    if (!valid || validation.spec === undefined) {
        if (mode.kind === 'plan' && mode.pullRequest !== undefined && settings.comment) {
            const reason = `the spec has ${errors} error finding(s); fix them and push again`;
            await postComment(state, mode.pullRequest.number, state.pipeline.renderNoPlanComment(validation.findings, reason, renderContext(state)));
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
    return errorMessage(err);
}
async function run(pipeline) {
    const summary = new Summary('amlnet');
    try {
        const settings = (0,src_settings/* getSettings */.mt)();
        const event = readRunEvent();
        if (settings.command === 'import') {
            summary.title = `amlnet import: \`${settings.import?.workspace ?? ''}\``;
            const { importStep } = await __webpack_require__.e(/* import() */ 709).then(__webpack_require__.bind(__webpack_require__, 34709));
            return await importStep(settings, summary, event.rulesUrl);
        }
        const mode = resolveMode(settings.command, event);
        summary.title = `amlnet ${MODE_TITLE[mode.kind]}: \`${settings.specPath}\``;
        core/* info */.pq(`amlnet: ${MODE_TITLE[mode.kind]} of ${settings.specPath} (event ${event.name || 'none'})`);
        const root = (0,validate.specRoot)(process.env);
        const specFile = (0,external_node_path_.resolve)(root, settings.specPath);
        await orchestrate({ settings, specFile, root, event, mode, summary, pipeline: pipeline ?? (await loadPipeline()) });
    }
    catch (err) {
        const message = await describe(err);
        // Error texts can quote values from the spec or Azure: escaped like everything else rendered.
        summary.add('Failed', (0,markdown/* escapeMarkdown */.FV)(message));
        core/* setFailed */.C1(message);
    }
    finally {
        try {
            summary.write();
        }
        catch (err) {
            core/* warning */.$e(`could not write the job summary: ${errorMessage(err)}`);
        }
    }
}


/***/ }),

/***/ 42495:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   XO: () => (/* binding */ commentSafe),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/* unused harmony export escapeHtml */
// Markdown building blocks that are safe for text from the spec or from Azure: nothing in such a value
// may open HTML, format text, break a table, close a code fence or ping a person or team.
const ZWJ = '\u200D';
/**
 * Every character that can end a line or hide text, for any reader: C0 and C1 controls (\n, \r, \t, U+0085, ...),
 * U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR (JavaScript's `^`/`$` with the m flag treat these as line
 * ends), and the bidirectional overrides that reorder text on screen.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_CHARS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
/**
 * One line, whatever the value holds: unsafe characters become visible `\uXXXX` escapes (so a reviewer sees
 * them), and `<!--` / `-->` are broken so that no value can open or close an HTML comment (amlnet's own
 * hidden lines are HTML comments). Every renderer passes spec and Azure values through this.
 */
function oneLine(text) {
    return text
        .replace(UNSAFE_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
        .replace(/<!-/g, `<!${ZWJ}-`)
        .replace(/--(?=>)/g, `-${ZWJ}-`);
}
/** Escapes text for inline Markdown (also inside table cells): HTML, emphasis, links, pipes, mentions. */
function escapeMarkdown(text) {
    return (oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // Backslash-escape Markdown punctuation (GitHub honours these escapes, also inside tables).
        .replace(/[\\`*_{}[\]()#+!|~]/g, (m) => `\\${m}`)
        // Break @mentions and team mentions: a zero-width joiner between @ and the name.
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`));
}
/** Inline code for a value; the fence is longer than any backtick run inside, and mentions are broken. */
function inlineCode(text) {
    const value = oneLine(text).replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
    const longest = Math.max(0, ...[...value.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const pad = value.startsWith('`') || value.endsWith('`') || value === '' ? ' ' : '';
    return `${fence}${pad}${value}${pad}${fence}`;
}
/** A fenced code block; the fence is longer than any backtick run in the body. Mentions are inert in code. */
function codeBlock(body, info = '') {
    const longest = Math.max(0, ...[...body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${info}\n${body}${body.endsWith('\n') || body === '' ? '' : '\n'}${fence}`;
}
/** Escapes text for an HTML context (Markdown is not interpreted inside <summary>). */
function escapeHtml(text) {
    return oneLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`);
}
/** A collapsible section; the summary is HTML-escaped. */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
function table(headers, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
/** The value for an HTML comment: no `--` and no `>` so it cannot close the comment. */
function commentSafe(text) {
    return oneLine(text)
        .replace(/-{2,}/g, (m) => m.split('').join(ZWJ))
        .replace(/>/g, '%3E');
}


/***/ }),

/***/ 90677:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C_: () => (/* binding */ VERB),
/* harmony export */   PF: () => (/* binding */ SYMBOL),
/* harmony export */   dC: () => (/* binding */ summaryLine),
/* harmony export */   eo: () => (/* binding */ NO_CHANGES),
/* harmony export */   vw: () => (/* binding */ propertyLines)
/* harmony export */ });
/* unused harmony exports flatten, show */
const SYMBOL = { create: '+', update: '~', delete: '-', 'no-op': '=', refuse: '!' };
const VERB = {
    create: 'create',
    update: 'update',
    delete: 'delete',
    'no-op': 'no-op',
    refuse: 'refuse',
};
const NO_CHANGES = 'No changes. Your infrastructure matches the configuration.';
/** Flattens an object into dotted paths; arrays of scalars stay whole, arrays of objects get [i]. */
function flatten(value, prefix = '', out = new Map()) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value).sort();
        if (keys.length === 0 && prefix !== '')
            out.set(prefix, {});
        for (const k of keys)
            flatten(value[k], prefix === '' ? k : `${prefix}.${k}`, out);
    }
    else if (Array.isArray(value) && value.some((v) => v !== null && typeof v === 'object')) {
        value.forEach((v, i) => flatten(v, `${prefix}[${i}]`, out));
        if (value.length === 0)
            out.set(prefix, []);
    }
    else {
        out.set(prefix, value);
    }
    return out;
}
function show(v) {
    return v === undefined ? '(absent)' : JSON.stringify(v);
}
/** The property lines of a change: all after-values for a create, the differing ones for an update. */
function propertyLines(c) {
    if (c.action === 'refuse' || c.action === 'no-op')
        return [];
    if (c.action === 'delete')
        return [...flatten(c.before ?? {})].map(([key, v]) => ({ symbol: '-', key, text: show(v) }));
    const after = flatten(c.after ?? {});
    if (c.action === 'create' || c.before === null) {
        return [...after].map(([key, v]) => ({ symbol: '+', key, text: show(v) }));
    }
    const before = flatten(c.before);
    const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
    const lines = [];
    for (const key of keys) {
        const b = before.get(key);
        const a = after.get(key);
        if (JSON.stringify(a) === JSON.stringify(b))
            continue;
        if (a === undefined)
            continue; // amlnet never removes a property it does not write
        lines.push(b === undefined ? { symbol: '+', key, text: show(a) } : { symbol: '~', key, text: `${show(b)} -> ${show(a)}` });
    }
    return lines;
}
function summaryLine(counts) {
    const deletes = counts.delete > 0 ? `${counts.delete} to delete, ` : '';
    return `${counts.create} to create, ${counts.update} to update, ${deletes}${counts['no-op']} unchanged, ${counts.refuse} refused`;
}


/***/ }),

/***/ 54976:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ renderPlanJson)
/* harmony export */ });
/* unused harmony export planToJson */
function planToJson(plan, options = {}) {
    return {
        planHash: plan.planHash,
        hasChanges: plan.hasChanges,
        refused: plan.refused,
        ...(options.specPath !== undefined ? { spec: options.specPath } : {}),
        ...(options.commit !== undefined ? { commit: options.commit } : {}),
        findings: plan.findings,
        changes: plan.changes,
    };
}
function renderPlanJson(plan, options = {}) {
    return JSON.stringify(planToJson(plan, options), null, 2) + '\n';
}


/***/ }),

/***/ 4095:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $l: () => (/* binding */ planCommentMarker),
/* harmony export */   ON: () => (/* binding */ renderPlanSummary),
/* harmony export */   YM: () => (/* binding */ readBinding),
/* harmony export */   yY: () => (/* binding */ renderDegradedComment),
/* harmony export */   zk: () => (/* binding */ renderPlanComment)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, planBindingLine */
/* harmony import */ var _plan_build_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83308);
/* harmony import */ var _markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(42495);
/* harmony import */ var _plan_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(90677);
/* harmony import */ var _rule_link_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5769);




const COMMENT_LIMIT = 65_536;
/** Room kept below the limit (GitHub's count may differ slightly from UTF-16 length). */
const COMMENT_BUDGET = 65_000;
function planCommentMarker(specPath) {
    return `<!-- amlnet:plan spec=${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .commentSafe */ .XO)(specPath)} -->`;
}
/**
 * The comment's second line, which only amlnet writes: the commit the plan was computed for and its hash.
 * The apply reads the reviewed plan from here and nowhere else (never from the visible `plan-hash:` line,
 * which sits below values from the spec and from Azure).
 */
function planBindingLine(commit, planHash) {
    return `<!-- amlnet:binding commit=${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .commentSafe */ .XO)(commit)} plan-hash=${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .commentSafe */ .XO)(planHash)} -->`;
}
const BINDING = /^<!-- amlnet:binding commit=([0-9a-f]{40}) plan-hash=([0-9a-f]{64}) -->$/;
/**
 * The binding of a comment body, read at its fixed position: line 1 is exactly `marker`, line 2 is the
 * binding line. Anything else (a marker or a binding elsewhere in the body) is not amlnet's and yields undefined.
 */
function readBinding(body, marker) {
    const lines = body.split('\n', 3);
    if (lines[0] !== marker || lines[1] === undefined)
        return undefined;
    const m = BINDING.exec(lines[1]);
    return m === null ? undefined : { commit: m[1], planHash: m[2] };
}
const SEVERITY_ICON = {
    error: '⛔ error',
    warning: '⚠️ warning',
    notice: 'ℹ️ notice',
};
function findingRow(f, rulesUrl) {
    const message = (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(f.message) + (f.hint !== undefined ? `<br>hint: ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(f.hint)}` : '');
    const rule = `[${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(f.ruleId)}](${(0,_rule_link_js__WEBPACK_IMPORTED_MODULE_3__/* .ruleUrl */ .QB)(rulesUrl, f.ruleId)})`;
    return [SEVERITY_ICON[f.severity], rule, `${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(f.path || '(file)')} line ${f.line}`, message];
}
function changeBlock(c) {
    const lines = [`${_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .SYMBOL */ .PF[c.action]} ${_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .VERB */ .C_[c.action]} ${c.address} (${c.resourceType})`, `    id: ${c.resourceId}`];
    if (c.action !== 'no-op')
        lines.push(`    ${c.action === 'refuse' ? 'refused: ' : ''}${c.reason}`);
    for (const p of (0,_plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .propertyLines */ .vw)(c))
        lines.push(`    ${p.symbol} ${p.key}: ${p.text}`);
    // Each line holds values from the spec or Azure: none may start a new line inside the block.
    return lines.map(_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN).join('\n');
}
function statusLine(plan) {
    const counts = (0,_plan_build_js__WEBPACK_IMPORTED_MODULE_0__/* .countActions */ .B)(plan);
    const errors = plan.findings.filter((f) => f.severity === 'error').length;
    if (plan.refused) {
        const why = [
            errors > 0 ? `${errors} error finding(s)` : '',
            counts.refuse > 0 ? `${counts.refuse} change(s) amlnet will not make` : '',
        ].filter((s) => s !== '');
        return `**Plan refused** (${why.join(', ')}): it will not be applied until fixed.`;
    }
    if (!plan.hasChanges)
        return _plan_format_js__WEBPACK_IMPORTED_MODULE_1__/* .NO_CHANGES */ .eo;
    const deletes = counts.delete > 0 ? `, including **${counts.delete} deletion(s)** of NSG rules amlnet owns,` : '';
    return `**${counts.create + counts.update + counts.delete} change(s)**${deletes} will be applied when this is merged.`;
}
function sections(plan, o, marker) {
    const counts = (0,_plan_build_js__WEBPACK_IMPORTED_MODULE_0__/* .countActions */ .B)(plan);
    const e = plan.findings.filter((f) => f.severity === 'error').length;
    const w = plan.findings.filter((f) => f.severity === 'warning').length;
    const n = plan.findings.filter((f) => f.severity === 'notice').length;
    const head = [
        ...(marker ? [planCommentMarker(o.specPath), planBindingLine(o.commit, plan.planHash)] : []),
        `### amlnet plan for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(o.specPath)}`,
        '',
        statusLine(plan),
        '',
        // The delete column appears only when the plan deletes (owned NSG rules with prune): it must not be missed.
        counts.delete > 0
            ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['create', 'update', '**delete**', 'no-op', 'refuse', 'errors', 'warnings', 'notices'], [[counts.create, counts.update, counts.delete, counts['no-op'], counts.refuse, e, w, n].map(String)])
            : (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['create', 'update', 'no-op', 'refuse', 'errors', 'warnings', 'notices'], [[counts.create, counts.update, counts['no-op'], counts.refuse, e, w, n].map(String)]),
    ].join('\n');
    const foot = [
        `Computed for commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(o.commit)}${o.runUrl !== undefined ? ` in [this run](${encodeURI(o.runUrl)})` : ''}.`,
        '',
        `plan-hash: ${plan.planHash}`,
    ].join('\n');
    return { head, foot };
}
function body(plan, findings, changes, rulesUrl) {
    const parts = [];
    if (plan.findings.length > 0) {
        const rows = plan.findings.slice(0, findings).map((f) => findingRow(f, rulesUrl));
        let t = rows.length > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['severity', 'rule', 'where', 'message'], rows) : '';
        if (findings < plan.findings.length)
            t += `\n\n_${plan.findings.length - findings} more finding(s) not shown._`;
        // Many findings fold away so the plan stays in view; a few stay open (errors explain a refusal).
        parts.push(plan.findings.length > 20
            ? `#### Findings\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`${plan.findings.length} findings`, t, true)}`
            : `#### Findings\n\n${t}`);
    }
    if (plan.changes.length > 0) {
        const blocks = plan.changes.slice(0, changes).map(changeBlock);
        let text = blocks.length > 0 ? (0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBlock */ .DV)(blocks.join('\n'), 'diff') : '';
        if (changes < plan.changes.length)
            text += `\n\n_${plan.changes.length - changes} more change(s) not shown._`;
        parts.push((0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .details */ .zH)(`Plan: ${plan.changes.length} change(s)`, text, plan.changes.length <= 30));
    }
    return parts.join('\n\n');
}
function assemble(s, detail, note) {
    return [s.head, detail, note, s.foot].filter((p) => p !== '').join('\n\n') + '\n';
}
function render(plan, o, marker, budget) {
    const s = sections(plan, o, marker);
    const rules = o.rulesUrl ?? _rule_link_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES_DOC */ .z9;
    const full = assemble(s, body(plan, plan.findings.length, plan.changes.length, rules), '');
    if (full.length <= budget)
        return full;
    const note = '> **Truncated:** this plan is too long for a comment. The full plan is in the job summary' +
        (o.runUrl !== undefined ? ` of [this run](${encodeURI(o.runUrl)})` : '') +
        ' and in the plan file (`plan-file` output).';
    const fits = (f, c) => assemble(s, body(plan, f, c, rules), note).length <= budget;
    // Keep as many findings as fit (they explain a refusal), then as many changes as fit: binary searches.
    let f = plan.findings.length;
    if (!fits(f, 0)) {
        let lo = 0;
        let hi = f;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (fits(mid, 0))
                lo = mid;
            else
                hi = mid - 1;
        }
        f = lo;
    }
    let lo = 0;
    let hi = plan.changes.length;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (fits(f, mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return assemble(s, body(plan, f, lo, rules), note);
}
/** The PR comment: marker first, summary, findings, plan, commit, `plan-hash: HEX`; under 65,536 characters. */
function renderPlanComment(plan, options) {
    return render(plan, options, true, COMMENT_BUDGET);
}
/** The job summary: the same content without the marker and with room for the whole plan (1 MiB). */
function renderPlanSummary(plan, options) {
    return render(plan, options, false, 1_000_000);
}
function renderDegradedComment(result, options, marker = true) {
    const e = result.findings.filter((f) => f.severity === 'error').length;
    const head = [
        ...(marker ? [planCommentMarker(options.specPath)] : []),
        `### amlnet plan for ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(options.specPath)}`,
        '',
        `**No plan:** ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(result.reason)}`,
        '',
        result.valid ? 'The spec passed the offline checks.' : `The spec has ${e} error finding(s).`,
    ].join('\n');
    const rows = result.findings.map((f) => findingRow(f, options.rulesUrl ?? _rule_link_js__WEBPACK_IMPORTED_MODULE_3__/* .RULES_DOC */ .z9));
    let detail = rows.length > 0 ? `#### Findings\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['severity', 'rule', 'where', 'message'], rows)}` : '';
    const foot = `Computed for commit ${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .inlineCode */ .ti)(options.commit)}.`;
    while ((head + detail + foot).length > COMMENT_BUDGET && rows.length > 0) {
        rows.pop();
        detail = `#### Findings\n\n${(0,_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .table */ .tp)(['severity', 'rule', 'where', 'message'], rows)}\n\n_More findings in the job summary._`;
    }
    return [head, detail, foot].filter((p) => p !== '').join('\n\n') + '\n';
}


/***/ }),

/***/ 5769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QB: () => (/* binding */ ruleUrl),
/* harmony export */   fu: () => (/* binding */ rulesDocUrl),
/* harmony export */   z9: () => (/* binding */ RULES_DOC)
/* harmony export */ });
/* unused harmony export ruleAnchor */
// Links from a finding to its rule's entry in the rule catalogue (docs/rules.md). The catalogue gives every rule
// a heading that is exactly its id, so the entry's anchor is the id in lower case (GitHub's heading slug for
// `### AKS-DNS-IN-SERVICE-CIDR` is `aks-dns-in-service-cidr`) and stays put as long as the id does. Pure.
/** The catalogue's path in the repository. */
const RULES_DOC = 'docs/rules.md';
/** The anchor of a rule's entry: its id in lower case (ids are UPPER-KEBAB, letters, digits and hyphens). */
function ruleAnchor(ruleId) {
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
function rulesDocUrl(env) {
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
function encodeRef(ref) {
    return ref
        .split('/')
        .map((part) => encodeURIComponent(part).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
/** The link to one rule's entry, e.g. `https://github.com/o/amlnet/blob/v1/docs/rules.md#aks-dns-in-service-cidr`. */
function ruleUrl(rulesDoc, ruleId) {
    return `${rulesDoc}#${ruleAnchor(ruleId)}`;
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
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96421);
// The action's inputs, parsed ONCE into a typed Settings object (like actions/checkout's input-helper).
// Nothing here reads the environment at import time: getSettings() is called by run(), so tests can set
// INPUT_* variables before each run. Every error quotes the bad value and the expected form.

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
    ImportedSpec: 'imported-spec',
};
const COMMANDS = ['auto', 'validate', 'plan', 'apply', 'import'];
const CLOUDS = ['AzureCloud', 'AzureUSGovernment', 'AzureChinaCloud'];
const ON_PLAN_CHANGE = ['fail', 'apply'];
/** A bad input: its message names the input, quotes the value and says what is expected. */
class SettingsError extends Error {
    constructor(message) {
        super(message);
        this.name = 'SettingsError';
    }
}
const defaultReader = (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name);
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
function getSettings(read = defaultReader) {
    const get = (name) => read(name).trim();
    // Repository-relative with forward slashes and no leading ./: the form annotations and the comment marker use.
    const specPath = (get(Inputs.Spec) || 'amlnet.yml').replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (specPath.includes('\n')) {
        throw new SettingsError(`input '${Inputs.Spec}' is '${specPath}'; expected one path (run one step per spec file)`);
    }
    const audience = get(Inputs.Audience) || 'api://AzureADTokenExchange';
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
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(settings.githubToken);
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
