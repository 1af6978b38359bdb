export const id = 193;
export const ids = [193];
export const modules = {

/***/ 9714:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ systemClock)
/* harmony export */ });
// Time as a dependency, so that the executor's retries, backoff and deadline are tested in virtual time.
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve, reject) => {
        if (signal?.aborted) {
            reject(signal.reason);
            return;
        }
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    }),
};


/***/ }),

/***/ 73045:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ codeOf),
/* harmony export */   NV: () => (/* binding */ ApplyFailure),
/* harmony export */   Pt: () => (/* binding */ isAnotherOperationInProgress),
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   _z: () => (/* binding */ toApplyError),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   dg: () => (/* binding */ isTransient)
/* harmony export */ });
/* unused harmony export isDroppedConnection */
/* harmony import */ var _util_records_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79378);

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
function str(value) {
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function headersOf(err) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err))
        return undefined;
    const response = err.response;
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response))
        return undefined;
    const headers = response.headers;
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(headers) && typeof headers.get === 'function') {
        const get = headers.get;
        return { get: (name) => str(get.call(headers, name)) };
    }
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(headers)) {
        const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), str(v)]));
        return { get: (name) => lower.get(name.toLowerCase()) };
    }
    return undefined;
}
function statusOf(err) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err))
        return undefined;
    if (typeof err.statusCode === 'number')
        return err.statusCode;
    if (typeof err.status === 'number')
        return err.status;
    const response = err.response;
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(response) && typeof response.status === 'number')
        return response.status;
    return undefined;
}
/** Azure's error body, when the SDK kept it: {error:{code,message}} or {code,message}. */
function bodyError(err) {
    if (!(0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err))
        return {};
    const candidates = [err.details, (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err.response) ? err.response.parsedBody : undefined];
    const bodyText = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err.response) ? err.response.bodyAsText : undefined;
    if (typeof bodyText === 'string') {
        try {
            candidates.push(JSON.parse(bodyText));
        }
        catch {
            // not JSON: nothing to read
        }
    }
    for (const c of candidates) {
        const inner = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(c) && (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(c.error) ? c.error : c;
        if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(inner) && (str(inner.code) !== undefined || str(inner.message) !== undefined)) {
            return { code: str(inner.code), message: str(inner.message) };
        }
    }
    return {};
}
/** The error's code: Azure's, else the transport's (ECONNRESET), else a name. */
function codeOf(err) {
    const fromBody = bodyError(err).code;
    if (fromBody !== undefined)
        return fromBody;
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err)) {
        const code = str(err.code);
        if (code !== undefined)
            return code;
        const cause = err.cause;
        if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(cause) && str(cause.code) !== undefined)
            return str(cause.code);
    }
    const status = statusOf(err);
    if (status !== undefined)
        return `HTTP${status}`;
    return err instanceof Error && err.name !== 'Error' ? err.name : 'Error';
}
function messageOf(err) {
    const fromBody = bodyError(err).message;
    if (fromBody !== undefined)
        return fromBody;
    if (err instanceof Error)
        return err.message;
    return String(err);
}
/** Retry-After in milliseconds: integer seconds or an HTTP date (RFC 9110), as ARM may send either. */
function retryAfterMs(err, now) {
    const raw = headersOf(err)?.get('retry-after-ms') ?? headersOf(err)?.get('x-ms-retry-after-ms');
    if (raw !== undefined && /^\d+$/.test(raw.trim()))
        return Number(raw.trim());
    const value = headersOf(err)?.get('retry-after');
    if (value === undefined)
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    if (Number.isNaN(date))
        return undefined;
    return Math.max(0, date - now);
}
function isDroppedConnection(err) {
    const code = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err) ? str(err.code) : undefined;
    if (code !== undefined && DROPPED_CONNECTION_CODES.has(code))
        return true;
    const cause = (0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(err) ? err.cause : undefined;
    if ((0,_util_records_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(cause) && DROPPED_CONNECTION_CODES.has(str(cause.code) ?? ''))
        return true;
    const message = err instanceof Error ? err.message : '';
    return /socket hang up|ECONNRESET|other side closed|connection (was )?(reset|closed)/i.test(message);
}
/**
 * Worth a retry: throttling (429), a server error (500, 502, 503, 504), or a dropped connection.
 * Not: 501/505 (will not change), 4xx (our request or our rights are wrong), failed LROs (Azure said no).
 */
function isTransient(err) {
    const status = statusOf(err);
    if (status === 429 || status === 500 || status === 502 || status === 503 || status === 504)
        return true;
    if (status !== undefined)
        return false;
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
function isAnotherOperationInProgress(err) {
    const status = err instanceof ApplyFailure ? err.applyError.status : statusOf(err);
    if (status !== 409 && status !== 429 && status !== 400)
        return false;
    const code = err instanceof ApplyFailure ? err.applyError.code : codeOf(err);
    if (!ANOTHER_OPERATION_CODES.has(code))
        return false;
    if (code === 'AnotherOperationInProgress' || code === 'RetryableErrorDueToAnotherOperation')
        return true;
    const message = err instanceof ApplyFailure ? err.applyError.message : messageOf(err);
    return /in progress|another operation/i.test(message);
}
/** The ApplyError for anything thrown; an applier may already have thrown an ApplyFailure with advice. */
function toApplyError(err) {
    if (err instanceof ApplyFailure)
        return err.applyError;
    const headers = headersOf(err);
    const error = { code: codeOf(err), message: messageOf(err) };
    // @azure/core-lro reports a failed operation as a plain Error: "The long-running operation has failed. Code. Message".
    const lro = /^The long-running operation has failed(?:\. ([^.\s]+)\. ([\s\S]*))?$/.exec(error.message);
    if (lro !== null) {
        error.code = lro[1] ?? 'OperationFailed';
        error.message = `the long-running operation failed${lro[2] !== undefined ? `: ${lro[2]}` : ''}`;
    }
    const status = statusOf(err);
    if (status !== undefined)
        error.status = status;
    const correlationId = headers?.get('x-ms-correlation-request-id');
    if (correlationId !== undefined)
        error.correlationId = correlationId;
    const requestId = headers?.get('x-ms-request-id');
    if (requestId !== undefined)
        error.requestId = requestId;
    return error;
}
/** An error an applier raises on purpose, with what to do about it. Never retried. */
class ApplyFailure extends Error {
    applyError;
    constructor(applyError, options) {
        super(applyError.message, options);
        this.name = 'ApplyFailure';
        this.applyError = applyError;
    }
}


/***/ }),

/***/ 72947:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  WH: () => (/* binding */ DEFAULT_CONCURRENCY),
  u8: () => (/* binding */ DEFAULT_DEADLINE_MS),
  vY: () => (/* binding */ executePlan)
});

// UNUSED EXPORTS: DEFAULT_MAX_IN_FLIGHT, prerequisites, refusalReasons

// EXTERNAL MODULE: ./src/plan/model.ts + 1 modules
var model = __webpack_require__(84228);
// EXTERNAL MODULE: ./src/plan/address.ts
var address = __webpack_require__(61651);
;// CONCATENATED MODULE: ./src/apply/backoff.ts
// Exponential backoff with full jitter (AWS Architecture Blog, "Exponential Backoff and Jitter"):
// the wait before retry n is uniform in [0, min(cap, base * 2^(n-1))], but never shorter than what
// the server asked for with Retry-After.
const DEFAULT_BACKOFF = {
    maxAttempts: 8,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    random: Math.random,
};
/** The wait before the retry that follows failed attempt `attempt` (1-based). */
function backoffDelayMs(policy, attempt, retryAfterMs) {
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    const jittered = Math.floor(policy.random() * ceiling);
    return retryAfterMs === undefined ? jittered : Math.max(retryAfterMs, jittered);
}

// EXTERNAL MODULE: ./src/apply/clock.ts
var apply_clock = __webpack_require__(9714);
// EXTERNAL MODULE: ./src/apply/errors.ts
var errors = __webpack_require__(73045);
// EXTERNAL MODULE: ./src/apply/progress.ts
var apply_progress = __webpack_require__(47425);
;// CONCATENATED MODULE: ./src/apply/executor.ts






const DEFAULT_CONCURRENCY = 4;
const DEFAULT_MAX_IN_FLIGHT = 32;
const DEFAULT_DEADLINE_MS = 60 * 60 * 1000;
/** Why a plan must not be applied; empty when it may be. Pure: used before anything is written. */
function refusalReasons(plan, appliers) {
    const reasons = [];
    if (plan.refused)
        reasons.push('the plan is refused (it contains a refusal or an error finding)');
    for (const f of plan.findings) {
        if (f.severity === 'error')
            reasons.push(`error finding ${f.ruleId} at ${f.path || '(file)'}: ${f.message}`);
    }
    const addresses = new Map();
    for (const c of plan.changes) {
        if (c.action === 'refuse')
            reasons.push(`${c.address}: refused: ${c.reason}`);
        if (addresses.has(c.address))
            reasons.push(`${c.address}: two changes share this address`);
        addresses.set(c.address, c);
    }
    const runnable = plan.changes.filter((c) => (0,model/* writes */.D3)(c.action));
    for (const c of runnable) {
        if (!model/* STEP_ORDER */.SA.includes(c.step))
            reasons.push(`${c.address}: unknown step '${c.step}'`);
        else if (appliers[c.step] === undefined)
            reasons.push(`${c.address}: no applier for step '${c.step}'`);
        // Defence in depth against a plan the types did not check (e.g. read from a file): its fields as plain values.
        const loose = c;
        if (loose.action !== 'delete' && loose.after === null)
            reasons.push(`${c.address}: a ${c.action} without the values to write`);
        // The only thing amlnet ever deletes is an NSG rule it owns.
        if (loose.action === 'delete' && loose.resourceType !== 'Microsoft.Network/networkSecurityGroups/securityRules') {
            reasons.push(`${c.address}: amlnet never deletes a ${loose.resourceType}`);
        }
        for (const d of c.dependsOn) {
            if (!addresses.has(d))
                reasons.push(`${c.address}: depends on '${d}', which is not in the plan`);
        }
    }
    const cycle = findCycle(runnable);
    if (cycle !== undefined)
        reasons.push(`dependency cycle: ${cycle.join(' -> ')}`);
    return reasons;
}
/** Edges of the run graph: explicit dependsOn among runnable changes, plus earlier-step barriers on its track. */
function prerequisites(change, runnable) {
    const byAddress = new Map(runnable.map((c) => [c.address, c]));
    const required = change.dependsOn.flatMap((d) => {
        const dep = byAddress.get(d);
        return dep === undefined ? [] : [dep];
    });
    const rank = model/* STEP_ORDER */.SA.indexOf(change.step);
    const track = (0,address/* trackOf */.VS)(change.address);
    const barrier = runnable.filter((c) => {
        if (model/* STEP_ORDER */.SA.indexOf(c.step) >= rank)
            return false;
        const other = (0,address/* trackOf */.VS)(c.address);
        return other === address/* NETWORK_TRACK */.ls || other === track;
    });
    return { required, barrier };
}
function findCycle(runnable) {
    const state = new Map();
    const byAddress = new Map(runnable.map((c) => [c.address, c]));
    const stack = [];
    const visit = (c) => {
        const s = state.get(c.address);
        if (s === 'done')
            return undefined;
        if (s === 'visiting')
            return [...stack.slice(stack.indexOf(c.address)), c.address];
        state.set(c.address, 'visiting');
        stack.push(c.address);
        const { required, barrier } = prerequisites(c, runnable);
        for (const d of [...required, ...barrier]) {
            const found = visit(byAddress.get(d.address));
            if (found !== undefined)
                return found;
        }
        stack.pop();
        state.set(c.address, 'done');
        return undefined;
    };
    for (const c of runnable) {
        const found = visit(c);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
/** A counting semaphore; FIFO so that the plan's order is kept among ready changes. */
class Slots {
    free;
    waiters = [];
    constructor(size) {
        this.free = size;
    }
    async acquire() {
        if (this.free > 0) {
            this.free -= 1;
            return;
        }
        await new Promise((resolve) => this.waiters.push(resolve));
    }
    release() {
        const next = this.waiters.shift();
        if (next !== undefined)
            next();
        else
            this.free += 1;
    }
}
class DeadlineExceeded extends Error {
    constructor() {
        super('the apply deadline passed');
        this.name = 'DeadlineExceeded';
    }
}
class Interrupted extends Error {
    constructor() {
        super('the apply was interrupted');
        this.name = 'Interrupted';
    }
}
async function executePlan(plan, options) {
    const clock = options.clock ?? apply_clock/* systemClock */.m;
    const log = options.log ?? (() => undefined);
    const progress = options.progress;
    const heartbeatMs = Math.max(1, options.heartbeatMs ?? apply_progress/* DEFAULT_HEARTBEAT_MS */.UC);
    const stopped = () => options.stop?.aborted === true || options.abandon?.aborted === true;
    const backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    const concurrency = Math.max(1, options.concurrency ?? DEFAULT_CONCURRENCY);
    const startedAt = clock.now();
    const deadlineAt = startedAt + (options.deadlineMs ?? DEFAULT_DEADLINE_MS);
    const unchanged = plan.changes.filter((c) => c.action === 'no-op').map((c) => c.address);
    const refusal = refusalReasons(plan, options.appliers);
    if (refusal.length > 0) {
        return {
            planHash: plan.planHash,
            status: 'refused',
            refusal,
            outcomes: [],
            unchanged,
            writes: 0,
            startedAt,
            finishedAt: clock.now(),
        };
    }
    const runnable = plan.changes.filter((c) => (0,model/* writes */.D3)(c.action));
    if (runnable.length === 0) {
        return {
            planHash: plan.planHash,
            status: 'nothing-to-do',
            outcomes: [],
            unchanged,
            writes: 0,
            startedAt,
            finishedAt: clock.now(),
        };
    }
    // The deadline aborts whatever is in flight; it is a timer of the injected clock so tests run it virtually.
    const deadline = new AbortController();
    const stopTimer = new AbortController();
    clock.sleep(deadlineAt - startedAt, stopTimer.signal).then(() => deadline.abort(new DeadlineExceeded()), () => undefined);
    // Abandoning (a second Ctrl-C, or the interrupt grace passed) aborts what is in flight the same way.
    const abandon = () => deadline.abort(new Interrupted());
    if (options.abandon?.aborted)
        abandon();
    else
        options.abandon?.addEventListener('abort', abandon, { once: true });
    /** Why a change that cannot start now is skipped. */
    const notStartedBecause = () => deadline.signal.reason instanceof Interrupted || stopped() ? 'interrupted' : 'deadline';
    const slots = new Slots(concurrency);
    const inFlight = new Slots(Math.max(concurrency, options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT));
    const outcomes = new Map();
    const started = [];
    const finished = new Map();
    const runOne = async (change) => {
        const { required, barrier } = prerequisites(change, runnable);
        const deps = await Promise.all(required.map((d) => finished.get(d.address)));
        await Promise.all(barrier.map((d) => finished.get(d.address)));
        const base = {
            address: change.address,
            resourceType: change.resourceType,
            resourceId: change.resourceId,
            step: change.step,
            action: change.action,
            status: 'skipped',
            attempts: 0,
            writes: 0,
        };
        if (stopped())
            return { ...base, skippedBecause: ['interrupted'] };
        const failedDeps = deps.filter((d) => d.status !== 'done').map((d) => d.address);
        if (failedDeps.length > 0) {
            log(`${change.address}: skipped, dependency not done: ${failedDeps.join(', ')}`);
            return { ...base, skippedBecause: failedDeps };
        }
        if (deadline.signal.aborted)
            return { ...base, skippedBecause: [notStartedBecause()] };
        await inFlight.acquire();
        await slots.acquire();
        if (deadline.signal.aborted || stopped()) {
            slots.release();
            inFlight.release();
            return { ...base, skippedBecause: [notStartedBecause()] };
        }
        started.push(change.address);
        const outcome = { ...base, startedAt: clock.now() };
        let holding = true;
        let azureStatus;
        const beats = new AbortController();
        if (progress !== undefined) {
            const startedAt = outcome.startedAt;
            progress.onStart({ address: change.address, action: change.action, startedAt });
            // A heartbeat every heartbeatMs on the executor's clock until the change finishes.
            void (async () => {
                for (;;) {
                    try {
                        await clock.sleep(heartbeatMs, beats.signal);
                    }
                    catch {
                        return;
                    }
                    progress.onHeartbeat({
                        address: change.address,
                        action: change.action,
                        elapsedMs: clock.now() - startedAt,
                        ...(azureStatus !== undefined ? { azureStatus } : {}),
                    });
                }
            })();
        }
        const ctx = {
            signal: deadline.signal,
            outputsOf: (address) => outcomes.get(address)?.outputs,
            countWrite: () => {
                outcome.writes += 1;
            },
            log: (message) => {
                log(`${change.address}: ${message}`);
                progress?.onLog?.(change.address, message);
            },
            reportStatus: (status) => {
                azureStatus = status;
            },
            whileWaiting: async (work) => {
                if (!holding)
                    return work();
                holding = false;
                slots.release();
                try {
                    return await work();
                }
                finally {
                    await slots.acquire();
                    holding = true;
                }
            },
            sleep: (ms) => ctx.whileWaiting(() => clock.sleep(ms, deadline.signal)),
        };
        const applier = options.appliers[change.step];
        try {
            for (;;) {
                outcome.attempts += 1;
                try {
                    if (deadline.signal.aborted)
                        throw deadline.signal.reason;
                    const result = await applier.apply(change, ctx);
                    outcome.status = 'done';
                    if (result.detail !== undefined)
                        outcome.detail = result.detail;
                    if (result.outputs !== undefined)
                        outcome.outputs = result.outputs;
                    break;
                }
                catch (err) {
                    if (deadline.signal.aborted) {
                        outcome.status = 'failed';
                        outcome.error = abortedError(deadline.signal.reason, err, deadlineAt - startedAt, outcome.writes);
                        break;
                    }
                    // Another operation on the resource is waited out until the deadline (no attempt cap): the
                    // next attempt re-reads live state, so two applies of one spec started together both converge.
                    const busy = (0,errors/* isAnotherOperationInProgress */.Pt)(err);
                    const transient = busy || (0,errors/* isTransient */.dg)(err);
                    if (!transient || (!busy && outcome.attempts >= backoff.maxAttempts)) {
                        outcome.status = 'failed';
                        outcome.error = (0,errors/* toApplyError */._z)(err);
                        if (transient)
                            outcome.error.message += ` (gave up after ${outcome.attempts} attempts)`;
                        break;
                    }
                    const delay = backoffDelayMs(backoff, busy ? Math.min(outcome.attempts, backoff.maxAttempts) : outcome.attempts, (0,errors/* retryAfterMs */.Vs)(err, clock.now()));
                    if (clock.now() + delay >= deadlineAt) {
                        outcome.status = 'failed';
                        outcome.error = deadlineError(err, deadlineAt - startedAt);
                        break;
                    }
                    const retrying = `${(0,errors/* toApplyError */._z)(err).code}, retry ${outcome.attempts} in ${delay} ms`;
                    log(`${change.address}: ${retrying}`);
                    progress?.onLog?.(change.address, retrying);
                    try {
                        await ctx.whileWaiting(() => clock.sleep(delay, deadline.signal));
                    }
                    catch {
                        outcome.status = 'failed';
                        outcome.error = abortedError(deadline.signal.reason, err, deadlineAt - startedAt, outcome.writes);
                        break;
                    }
                }
            }
        }
        finally {
            beats.abort();
            if (holding)
                slots.release();
            inFlight.release();
        }
        outcome.finishedAt = clock.now();
        log(`${change.address}: ${outcome.status}${outcome.error ? ` (${outcome.error.code})` : ''}`);
        return outcome;
    };
    // Register every change's promise before any starts, so that prerequisites can await them.
    const order = [...runnable].sort((a, b) => model/* STEP_ORDER */.SA.indexOf(a.step) - model/* STEP_ORDER */.SA.indexOf(b.step));
    const resolvers = new Map();
    for (const c of order) {
        finished.set(c.address, new Promise((resolve) => {
            resolvers.set(c.address, resolve);
        }));
    }
    await Promise.all(order.map(async (c) => {
        let outcome;
        try {
            outcome = await runOne(c);
        }
        catch (err) {
            // runOne handles applier errors; this is a bug guard so one change cannot hang the others.
            outcome = {
                address: c.address,
                resourceType: c.resourceType,
                resourceId: c.resourceId,
                step: c.step,
                action: c.action,
                status: 'failed',
                attempts: 0,
                writes: 0,
                error: (0,errors/* toApplyError */._z)(err),
            };
        }
        outcomes.set(c.address, outcome);
        progress?.onFinish(outcome);
        resolvers.get(c.address)(outcome);
    }));
    stopTimer.abort();
    options.abandon?.removeEventListener('abort', abandon);
    const startIndex = new Map(started.map((a, i) => [a, i]));
    const planIndex = new Map(plan.changes.map((c, i) => [c.address, i]));
    const list = [...outcomes.values()].sort((a, b) => {
        const sa = startIndex.get(a.address) ?? Number.MAX_SAFE_INTEGER;
        const sb = startIndex.get(b.address) ?? Number.MAX_SAFE_INTEGER;
        return sa !== sb ? sa - sb : (planIndex.get(a.address) ?? 0) - (planIndex.get(b.address) ?? 0);
    });
    return {
        planHash: plan.planHash,
        status: list.every((o) => o.status === 'done') ? 'applied' : 'failed',
        outcomes: list,
        unchanged,
        writes: list.reduce((n, o) => n + o.writes, 0),
        startedAt,
        finishedAt: clock.now(),
        ...(stopped() ? { interrupted: true } : {}),
    };
}
/** The error of a change whose wait was cut off: by the deadline, or by an interrupt (SIGINT/SIGTERM). */
function abortedError(reason, last, deadlineMs, writes) {
    if (!(reason instanceof Interrupted))
        return deadlineError(last, deadlineMs);
    return {
        code: 'Interrupted',
        message: writes > 0
            ? 'interrupted while Azure was still working on it: the request was sent and the operation goes on in Azure'
            : 'interrupted before anything was written for it',
        advice: 'run the apply again: it waits for what is still running and resumes from the live state',
    };
}
function deadlineError(last, deadlineMs) {
    const aborted = last instanceof DeadlineExceeded || (last instanceof Error && last.name === 'AbortError');
    const cause = aborted ? undefined : (0,errors/* toApplyError */._z)(last);
    return {
        code: 'DeadlineExceeded',
        message: `the apply deadline (${deadlineMs} ms) passed before this change finished` +
            (cause ? `; last error: ${cause.code}: ${cause.message}` : ''),
        ...(cause?.status !== undefined ? { status: cause.status } : {}),
        ...(cause?.correlationId !== undefined ? { correlationId: cause.correlationId } : {}),
        advice: 'run the apply again: it resumes from the live state',
    };
}


/***/ }),

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

/***/ 2193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  applyExitCode: () => (/* binding */ applyExitCode),
  applyPlanToAzure: () => (/* binding */ applyPlanToAzure)
});

;// CONCATENATED MODULE: ./src/apply/aci.ts
function aciDeploymentValues(spec) {
    const aci = spec.aci;
    if (aci === undefined || aci === null)
        return undefined;
    const { resourceGroup, name } = spec.network;
    return {
        vnetName: name,
        subnetName: aci.subnet,
        vnetResourceGroup: resourceGroup,
        subnetId: `/subscriptions/${spec.subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Network/virtualNetworks/${name}/subnets/${aci.subnet}`,
    };
}
/** The result with `aci` set when the spec has ACI and its subnet change (if any) did not fail. */
function withAciValues(result, spec) {
    const values = aciDeploymentValues(spec);
    if (values === undefined || result.status === 'refused')
        return result;
    const subnetOutcome = result.outcomes.find((o) => o.resourceId.toLowerCase() === values.subnetId.toLowerCase());
    if (subnetOutcome !== undefined && subnetOutcome.status !== 'done')
        return result;
    return { ...result, aci: values };
}

// EXTERNAL MODULE: ./src/spec/defaults.ts
var defaults = __webpack_require__(77649);
// EXTERNAL MODULE: ./src/plan/address.ts
var plan_address = __webpack_require__(61651);
// EXTERNAL MODULE: ./src/live/types.ts
var types = __webpack_require__(10003);
// EXTERNAL MODULE: ./src/live/ids.ts
var ids = __webpack_require__(9376);
;// CONCATENATED MODULE: ./src/apply/kubernetes.ts




/** The router address the live extension reports, if any. */
function liveRouterAddress(live, extensionId) {
    const ext = live?.kubernetesExtensions?.[extensionId.toLowerCase()];
    return ext === undefined || ext === null || (0,types/* isUnreadable */.GZ)(ext) ? null : ext.routerAddress;
}
function withKubernetesValues(result, spec, live) {
    if (result.status === 'refused')
        return result;
    const values = [];
    for (const c of (0,defaults/* resolveKubernetesClusters */.MT)(spec)) {
        const address = (0,plan_address/* kubernetesAddresses */.tL)(c.name).compute;
        const compute = result.outcomes.find((o) => o.address === address);
        const inPlace = compute !== undefined ? compute.status === 'done' : result.unchanged.includes(address);
        if (!inPlace)
            continue;
        const ext = result.outcomes.find((o) => o.address === `${address}.extension`);
        const written = ext?.status === 'done' ? ext.outputs?.scoringAddress : undefined;
        const extensionId = live === undefined ? '' : (0,ids/* kubernetesExtensionId */.b6)((0,ids/* kubernetesClusterId */.Ab)(live.subscriptionId, c), c.extensionName);
        const scoring = typeof written === 'string' ? written : liveRouterAddress(live, extensionId);
        values.push({
            computeName: c.name,
            namespace: c.namespace,
            workspace: spec.workspace.name,
            resourceGroup: spec.workspace.resourceGroup,
            inferenceRouter: c.inferenceRouter,
            scoringAddress: typeof scoring === 'string' ? scoring : null,
        });
    }
    return values.length === 0 ? result : { ...result, kubernetes: values };
}

// EXTERNAL MODULE: ./src/apply/executor.ts + 1 modules
var apply_executor = __webpack_require__(72947);
// EXTERNAL MODULE: ./src/apply/clock.ts
var apply_clock = __webpack_require__(9714);
// EXTERNAL MODULE: ./src/plan/build.ts
var build = __webpack_require__(6595);
;// CONCATENATED MODULE: ./src/apply/verify.ts

const IN_PROGRESS = new Set(['creating', 'updating', 'deleting', 'accepted', 'running', 'migrating']);
function state(value) {
    if (value === null || typeof value !== 'object')
        return null;
    const s = value.provisioningState;
    return typeof s === 'string' ? s : null;
}
/** Keys (compute names, managed cluster ids) of computes and managed clusters still in a transitional provisioning state. */
function stillInProgress(live) {
    const out = [];
    for (const [id, value] of [...Object.entries(live.computes), ...Object.entries(live.managedClusters)]) {
        const s = state(value);
        if (s !== null && IN_PROGRESS.has(s.toLowerCase()))
            out.push(`${id} (${s})`);
    }
    return out.sort();
}
async function verifyConverged(spec, options) {
    let reads = 0;
    for (;;) {
        const live = await options.read(spec);
        reads += 1;
        const busy = stillInProgress(live);
        if (busy.length > 0) {
            if (options.clock.now() + options.pollIntervalMs < options.deadlineAt) {
                await options.clock.sleep(options.pollIntervalMs);
                continue;
            }
            return {
                converged: false,
                reads,
                live,
                error: {
                    code: 'NotConverged',
                    message: `the apply deadline passed while still in progress: ${busy.join(', ')}`,
                },
            };
        }
        const pending = (0,build/* buildPlan */.G)(spec, live, []).changes.filter((c) => c.action !== 'no-op');
        if (pending.length === 0)
            return { converged: true, reads, live };
        return {
            converged: false,
            reads,
            live,
            error: {
                code: 'NotConverged',
                message: 'after the apply, live state still differs from the spec: ' +
                    pending.map((c) => `${c.address} (${c.action}: ${c.reason})`).join('; '),
            },
        };
    }
}

// EXTERNAL MODULE: ./src/azure/live/read.ts + 1 modules
var read = __webpack_require__(18297);
// EXTERNAL MODULE: ./src/apply/errors.ts
var apply_errors = __webpack_require__(73045);
// EXTERNAL MODULE: ./src/plan/model.ts + 1 modules
var model = __webpack_require__(84228);
;// CONCATENATED MODULE: ./src/apply/dispatch.ts
// One dispatch from a plan change to the applier of its kind: an exhaustive switch, so a new kind of change
// does not compile until it has an applier. The executor sees one applier per step (each is this dispatch).


function isRunnable(change) {
    return (0,model/* writes */.D3)(change.action);
}
async function dispatch(appliers, change, ctx) {
    if (!isRunnable(change)) {
        throw new apply_errors/* ApplyFailure */.NV({
            code: 'PlanIncomplete',
            message: `${change.address}: a ${change.action} change is never applied`,
        });
    }
    switch (change.kind) {
        case 'subnet':
            return appliers.subnet.apply(change, ctx);
        case 'subnet-security-group':
            return appliers['subnet-security-group'].apply(change, ctx);
        case 'security-group':
            return appliers['security-group'].apply(change, ctx);
        case 'security-rule':
            return appliers['security-rule'].apply(change, ctx);
        case 'managed-cluster':
            return appliers['managed-cluster'].apply(change, ctx);
        case 'compute':
            return appliers.compute.apply(change, ctx);
        case 'role':
            return appliers.role.apply(change, ctx);
        case 'load-balancer':
            return appliers['load-balancer'].apply(change, ctx);
        case 'kubernetes-extension':
            return appliers['kubernetes-extension'].apply(change, ctx);
        case 'kubernetes-compute':
            return appliers['kubernetes-compute'].apply(change, ctx);
        default:
            return (0,model/* assertNever */.xb)(change, 'kind of change');
    }
}
/** The executor's registry: every step runs through the one dispatch. */
function stepRegistry(appliers) {
    const one = { apply: (change, ctx) => dispatch(appliers, change, ctx) };
    return Object.fromEntries(model/* STEP_ORDER */.SA.map((step) => [step, one]));
}

// EXTERNAL MODULE: ./src/plan/compute-state.ts
var compute_state = __webpack_require__(90954);
;// CONCATENATED MODULE: ./src/azure/apply/desired.ts
// What each applier writes, read from a plan change: its `resourceId` and its typed `after`
// (src/plan/change-kinds.ts). One spelling, no defaults: the plan resolved every value (src/spec/defaults.ts);
// a value the plan does not carry is a plan bug and fails the change with a clear message, never a guess.



function planBug(change, what) {
    return new apply_errors/* ApplyFailure */.NV({
        code: 'PlanIncomplete',
        message: `${change.address}: the plan does not say ${what}`,
        advice: 'this is an amlnet bug; re-run `amlnet plan` and report it with the plan JSON',
    });
}
/** Resource group and names along an ARM id, e.g. {rg, names: ['vnet', 'subnet']}. */
function idParts(change, depth) {
    const parsed = (0,ids/* parseResourceId */.RQ)(change.resourceId);
    if (parsed === undefined || parsed.segments.length < depth * 2)
        throw planBug(change, `a valid resource id ('${change.resourceId}')`);
    const names = parsed.segments.filter((_, i) => i % 2 === 1).slice(0, depth);
    return { subscriptionId: parsed.subscriptionId, resourceGroup: parsed.resourceGroup, names };
}
/** A subnet write: the subnet itself (kind subnet) or its NSG association (kind subnet-security-group). */
function desiredSubnet(change) {
    const { resourceGroup, names } = idParts(change, 2);
    const desired = { resourceGroup, vnet: names[0], subnet: names[1], delegations: [] };
    if (change.kind === 'subnet') {
        desired.delegations = [...change.after.delegations];
        if (change.after.addressPrefix !== null)
            desired.addressPrefix = change.after.addressPrefix;
    }
    else {
        if (change.after.networkSecurityGroup === null)
            throw planBug(change, 'the security group to associate');
        desired.networkSecurityGroupId = change.after.networkSecurityGroup;
    }
    return desired;
}
function desiredNsg(change) {
    const { resourceGroup, names } = idParts(change, 1);
    return { resourceGroup, name: names[0], location: change.after.location };
}
function desiredRule(change) {
    const { resourceGroup, names } = idParts(change, 2);
    const a = change.after;
    return {
        resourceGroup,
        nsg: names[0],
        name: names[1],
        direction: a.direction,
        access: a.access,
        protocol: a.protocol,
        priority: a.priority,
        sourceAddressPrefixes: [...a.sourceAddressPrefixes],
        sourcePortRanges: [...a.sourcePortRanges],
        destinationAddressPrefixes: [...a.destinationAddressPrefixes],
        destinationPortRanges: [...a.destinationPortRanges],
        description: a.description,
    };
}
function desiredManagedCluster(change) {
    const { resourceGroup, names } = idParts(change, 1);
    const a = change.after;
    const [pool] = a.agentPoolProfiles;
    return {
        resourceGroup,
        name: names[0],
        location: a.location,
        dnsPrefix: a.dnsPrefix,
        vmSize: pool.vmSize,
        agentCount: pool.count,
        maxPods: pool.maxPods,
        maxSurge: pool.upgradeSettings.maxSurge,
        subnetId: pool.vnetSubnetID,
        networkPlugin: a.networkProfile.networkPlugin,
        networkPluginMode: a.networkProfile.networkPluginMode,
        podCidr: a.networkProfile.podCidr,
        serviceCidr: a.networkProfile.serviceCidr,
        dnsServiceIP: a.networkProfile.dnsServiceIP,
        enablePrivateCluster: a.apiServerAccessProfile.enablePrivateCluster,
        enablePrivateClusterPublicFqdn: a.apiServerAccessProfile.enablePrivateClusterPublicFqdn,
    };
}
function desiredCompute(change) {
    const { resourceGroup, names } = idParts(change, 2);
    const a = change.after;
    const desired = {
        resourceGroup,
        workspace: names[0],
        name: names[1],
        clusterPurpose: a.clusterPurpose,
        loadBalancerType: a.loadBalancerType,
        loadBalancerSubnet: a.loadBalancerType === 'InternalLoadBalancer' ? a.loadBalancerSubnet : null,
    };
    if ((0,model/* isAttachBody */.WO)(a)) {
        desired.attachResourceId = a.resourceId;
        return desired;
    }
    desired.computeLocation = a.computeLocation;
    desired.agentCount = a.agentCount;
    desired.agentVmSize = a.agentVmSize;
    const n = a.aksNetworkingConfiguration;
    desired.networking = { subnetId: n.subnetId };
    if (n.serviceCidr !== null)
        desired.networking.serviceCidr = n.serviceCidr;
    if (n.dnsServiceIP !== null)
        desired.networking.dnsServiceIP = n.dnsServiceIP;
    if (n.dockerBridgeCidr !== null)
        desired.networking.dockerBridgeCidr = n.dockerBridgeCidr;
    return desired;
}
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function desiredRole(change) {
    const a = change.after;
    const roleGuid = a.roleDefinitionId.split('/').pop() ?? '';
    if (!GUID.test(roleGuid))
        throw planBug(change, `a role definition id ('${a.roleDefinitionId}')`);
    const desired = { scope: a.scope, roleGuid };
    if (a.principalId !== model/* KNOWN_AFTER_APPLY */.Ai)
        desired.principalId = a.principalId;
    if ('computeId' in a)
        desired.computeId = a.computeId;
    if ('managedClusterId' in a)
        desired.managedClusterId = a.managedClusterId;
    return desired;
}
function desiredLoadBalancer(change) {
    const { resourceGroup, names } = idParts(change, 2);
    return {
        resourceGroup,
        workspace: names[0],
        name: names[1],
        loadBalancerType: change.after.loadBalancerType,
        loadBalancerSubnet: change.after.loadBalancerSubnet,
    };
}

;// CONCATENATED MODULE: ./src/azure/apply/lro-status.ts
const ARM_STATUS = {
    notstarted: 'Accepted',
    running: 'InProgress',
    succeeded: 'Succeeded',
    failed: 'Failed',
    canceled: 'Canceled',
    cancelled: 'Canceled',
};
/** core-lro's status as ARM names it; anything else as it came. */
function armOperationStatus(status) {
    return ARM_STATUS[status.toLowerCase()] ?? status;
}
/** Either kind of poller state, as ARM names the status. */
function statusOfState(state) {
    if (typeof state.status === 'string')
        return armOperationStatus(state.status);
    if (state.isCancelled === true)
        return 'Canceled';
    if (state.isCompleted === true)
        return state.error !== undefined ? 'Failed' : 'Succeeded';
    return state.isStarted === true ? 'InProgress' : 'Accepted';
}
/**
 * Azure's own words in a response body: an Azure-AsyncOperation poll's `status` (InProgress...), else the resource's
 * provisioningState (Creating...). Undefined for a body without either (a Location poll's empty 202).
 */
function statusOfBody(body) {
    if (typeof body !== 'object' || body === null)
        return undefined;
    const b = body;
    const s = b.status ?? b.properties?.provisioningState ?? b.provisioningState;
    return typeof s === 'string' && s !== '' ? s : undefined;
}
/**
 * Options for an SDK call of the core-client generation (arm-machinelearning), whose pollers pass onResponse to
 * every poll: Azure's status as it wrote it, reported after each response. Spread into the call's options.
 */
function reportingResponses(ctx) {
    return {
        onResponse: (raw) => {
            const status = statusOfBody(raw.parsedBody);
            if (status !== undefined)
                ctx.reportStatus?.(status);
        },
    };
}
/**
 * Waits for an operation without holding an executor slot (ctx.whileWaiting), reporting Azure's status after each
 * poll. The poller must have been created with the change's signal (ctx.signal), so an abort stops the polling.
 */
async function waitForOperation(ctx, poller) {
    ctx.reportStatus?.('Accepted');
    poller.onProgress((state) => {
        // The legacy flags say no more than "started" while it runs: there, the responses' own words
        // (reportingResponses) are better, so only the end is reported from them.
        if (typeof state.status === 'string' || state.isCompleted === true || state.isCancelled === true)
            ctx.reportStatus?.(statusOfState(state));
    });
    return ctx.whileWaiting(() => poller.pollUntilDone());
}
/** While waiting for a resource in a non-terminal provisioning state (waitUntilSettled): that state, e.g. Creating. */
function reportProvisioningState(ctx, state) {
    if (state !== undefined)
        ctx.reportStatus?.(state);
}

;// CONCATENATED MODULE: ./src/azure/apply/common.ts
// Helpers every applier uses: 404 as "absent", permission errors turned into advice, waiting for a
// resource another run (or an earlier attempt of this one) left in a non-terminal provisioning state.


/** The SDK call's value, or undefined when Azure says 404 (the resource does not exist). */
async function getOrUndefined(get) {
    try {
        return await get();
    }
    catch (err) {
        if ((0,apply_errors/* statusOf */.c2)(err) === 404)
            return undefined;
        throw err;
    }
}
function isPermissionError(err) {
    const { code, status } = (0,apply_errors/* toApplyError */._z)(err);
    return status === 403 || code === 'AuthorizationFailed' || code === 'LinkedAuthorizationFailed';
}
/**
 * Runs `work`; a permission error becomes an ApplyFailure that keeps Azure's code, message and
 * correlation id and says which role the identity running amlnet lacks, and where.
 */
async function withPermissionAdvice(role, scope, work) {
    try {
        return await work();
    }
    catch (err) {
        if (!isPermissionError(err))
            throw err;
        const e = (0,apply_errors/* toApplyError */._z)(err);
        throw new apply_errors/* ApplyFailure */.NV({
            ...e,
            advice: `the identity running amlnet needs ${role} on ${scope} (a Reader can only plan)`,
        }, { cause: err });
    }
}
const TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'cancelled']);
function provisioningState(resource) {
    if (typeof resource !== 'object' || resource === null)
        return undefined;
    const r = resource;
    const s = r.provisioningState ?? r.properties?.provisioningState;
    return typeof s === 'string' ? s : undefined;
}
function isInProgress(resource) {
    const s = provisioningState(resource);
    return s !== undefined && !TERMINAL.has(s.toLowerCase());
}
function hasFailed(resource) {
    const s = provisioningState(resource)?.toLowerCase();
    return s === 'failed' || s === 'canceled' || s === 'cancelled';
}
/**
 * Re-reads a resource until its provisioning state is terminal (Succeeded/Failed/Canceled): another
 * writer, or this apply's own earlier attempt whose poll was cut off, is still working on it. Writing
 * over a resource in flight would race that operation. Does not hold an executor slot while waiting.
 */
async function waitUntilSettled(ctx, pollIntervalMs, get, first) {
    let current = first;
    while (current !== undefined && isInProgress(current)) {
        ctx.log(`waiting: provisioningState ${provisioningState(current)}`);
        reportProvisioningState(ctx, provisioningState(current));
        await ctx.sleep(pollIntervalMs);
        current = await get();
    }
    return current;
}
function sameText(a, b) {
    return (a ?? '').toLowerCase() === (b ?? '').toLowerCase();
}
/**
 * A compute left in state Failed, met by a step that does not write the compute itself (the role, the load
 * balancer switch): the compute step of the next plan PUTs it again (src/plan/compute-state.ts), so this
 * step fails with that advice. amlnet never deletes a compute or a cluster.
 */
function failedComputeError(name, workspace, resource) {
    const errors = resource.properties?.provisioningErrors;
    const first = errors?.[0]?.error;
    return new apply_errors/* ApplyFailure */.NV({
        code: 'ComputeProvisioningFailed',
        message: `compute ${name} in workspace ${workspace} is in provisioning state Failed` +
            (first ? ` (${first.code ?? 'error'}: ${first.message ?? ''})` : ''),
        advice: 'run amlnet plan and apply again: the plan puts the failed operation of the compute again first',
    });
}

;// CONCATENATED MODULE: ./src/azure/apply/compute.ts






/**
 * Pure: the PUT body for a new compute (or one whose create failed), always with a public IP (the switch needs
 * the role first); `retry`: the body that repeats a failed update, with the load balancer the plan says it has.
 * `location` is the workspace's.
 */
function computeBody(d, location, retry = false) {
    const inner = {};
    if (d.attachResourceId === undefined) {
        if (d.agentCount !== undefined)
            inner.agentCount = d.agentCount;
        if (d.agentVmSize !== undefined)
            inner.agentVmSize = d.agentVmSize;
        if (d.networking !== undefined)
            inner.aksNetworkingConfiguration = { ...d.networking };
    }
    if (d.clusterPurpose !== undefined)
        inner.clusterPurpose = d.clusterPurpose;
    if (retry && d.loadBalancerType === 'InternalLoadBalancer') {
        inner.loadBalancerType = 'InternalLoadBalancer';
        if (d.loadBalancerSubnet)
            inner.loadBalancerSubnet = d.loadBalancerSubnet;
    }
    else {
        inner.loadBalancerType = 'PublicIp';
    }
    const properties = { computeType: 'AKS', properties: inner };
    if (d.attachResourceId !== undefined)
        properties.resourceId = d.attachResourceId;
    else
        properties.computeLocation = d.computeLocation ?? location;
    return { location, properties };
}
function computeOutputs(live) {
    const out = {};
    if (live.id)
        out.computeId = live.id;
    const resourceId = live.properties?.resourceId;
    if (resourceId)
        out.managedClusterId = resourceId;
    return out;
}
/**
 * The cluster to attach must exist and have provisioned: attaching a cluster whose creation failed gives
 * a compute without a working cluster (and an identity that may not exist in the directory).
 */
async function checkAttachable(clusterId, ctx, deps) {
    const parsed = (0,ids/* parseResourceId */.RQ)(clusterId);
    if (parsed === undefined)
        return; // the plan validated the id; AML reports anything else
    const aks = await deps.clients.containerService();
    const get = () => getOrUndefined(() => aks.managedClusters.get(parsed.resourceGroup, parsed.name, { abortSignal: ctx.signal }));
    const cluster = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
    if (cluster === undefined) {
        throw new apply_errors/* ApplyFailure */.NV({
            code: 'ManagedClusterNotFound',
            message: `the cluster to attach, ${clusterId}, does not exist`,
            advice: 'check the resourceId in the spec (or run the apply again if an earlier step creates it)',
        });
    }
    if (hasFailed(cluster)) {
        throw new apply_errors/* ApplyFailure */.NV({
            code: 'ManagedClusterProvisioningFailed',
            message: `the cluster to attach, ${parsed.name}, is in provisioning state ${cluster.provisioningState ?? 'Failed'}`,
            advice: `repair it first (az aks update --resource-group ${parsed.resourceGroup} --name ${parsed.name} retries the last ` +
                'operation), then run the apply again; amlnet never attaches a failed cluster',
        });
    }
}
/** The failed-compute policy (plan/compute-state.ts) applied to what the compute applier reads now. */
async function verdictOf(live, name, ctx, deps) {
    if (!hasFailed(live))
        return { kind: 'healthy' };
    const aks = live.properties;
    const clusterId = aks?.resourceId ?? null;
    let cluster = 'missing';
    const parsed = clusterId === null ? undefined : (0,ids/* parseResourceId */.RQ)(clusterId);
    if (parsed !== undefined) {
        const client = await deps.clients.containerService();
        try {
            const mc = await getOrUndefined(() => client.managedClusters.get(parsed.resourceGroup, parsed.name, { abortSignal: ctx.signal }));
            cluster = mc === undefined ? 'missing' : hasFailed(mc) ? 'failed' : 'working';
        }
        catch (e) {
            if (ctx.signal.aborted)
                throw e;
            cluster = 'unreadable';
        }
    }
    return (0,compute_state/* computeVerdict */.z)({
        name,
        provisioningState: aks?.provisioningState ?? 'Failed',
        attached: aks?.isAttachedCompute === true,
        clusterId,
        cluster,
    });
}
function computeApplier(deps) {
    return {
        async apply(change, ctx) {
            const d = desiredCompute(change);
            const ml = await deps.clients.machineLearning();
            const get = () => getOrUndefined(() => ml.computeOperations.get(d.resourceGroup, d.workspace, d.name, { abortSignal: ctx.signal }));
            const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
            const verdict = live === undefined ? undefined : await verdictOf(live, d.name, ctx, deps);
            if (verdict?.kind === 'refuse') {
                throw new apply_errors/* ApplyFailure */.NV({
                    code: 'ComputeProvisioningFailed',
                    message: verdict.reason,
                    advice: 'amlnet never deletes or detaches a compute or a cluster',
                });
            }
            if (live !== undefined && verdict?.kind === 'healthy') {
                const attachedTo = live.properties?.resourceId;
                const note = d.attachResourceId !== undefined &&
                    attachedTo &&
                    attachedTo.toLowerCase() !== d.attachResourceId.toLowerCase()
                    ? `; it is attached to ${attachedTo}, not ${d.attachResourceId} (never replaced)`
                    : '';
                return { detail: `already exists${note}`, outputs: computeOutputs(live) };
            }
            // The compute resource lives where its workspace does (SDK v1 sends the workspace location).
            const location = (await ml.workspaces.get(d.resourceGroup, d.workspace, { abortSignal: ctx.signal })).location ??
                d.computeLocation;
            if (location === undefined)
                throw planBug(change, `the location of workspace ${d.workspace}`);
            if (d.attachResourceId !== undefined)
                await checkAttachable(d.attachResourceId, ctx, deps);
            const body = computeBody(d, location, verdict?.kind === 'retry-update');
            const done = await withPermissionAdvice('Contributor (Microsoft.MachineLearningServices/workspaces/computes/write)', `workspace ${d.workspace} (resource group ${d.resourceGroup})`, async () => {
                ctx.countWrite();
                const poller = await ml.computeOperations.beginCreateOrUpdate(d.resourceGroup, d.workspace, d.name, body, {
                    updateIntervalInMs: deps.pollIntervalMs,
                    abortSignal: ctx.signal,
                    ...reportingResponses(ctx),
                });
                return waitForOperation(ctx, poller);
            });
            const verb = d.attachResourceId !== undefined ? `attached ${d.attachResourceId}` : 'created';
            const again = verdict?.kind === 'recreate'
                ? `${verb} again (the previous create had failed)`
                : verdict?.kind === 'retry-update'
                    ? 'updated again (the previous update had failed)'
                    : verb;
            return {
                detail: again,
                outputs: computeOutputs(done),
            };
        },
    };
}

// EXTERNAL MODULE: ./src/util/records.ts
var records = __webpack_require__(79378);
;// CONCATENATED MODULE: ./src/azure/apply/raw-resource.ts

function rawObject(v) {
    return (0,records/* isRecord */.u)(v) ? v : {};
}
function rawProps(v) {
    return rawObject(rawObject(v).properties);
}
function rawState(v) {
    const s = rawProps(v).provisioningState;
    return typeof s === 'string' ? s : '';
}
const raw_resource_TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'cancelled']);
function rawSettled(v) {
    const s = rawState(v).toLowerCase();
    return s === '' || raw_resource_TERMINAL.has(s);
}
function rawFailed(v) {
    const s = rawState(v).toLowerCase();
    return s === 'failed' || s === 'canceled' || s === 'cancelled';
}
/** The resource, or undefined when Azure says 404. */
async function getRaw(deps, id, apiVersion) {
    const body = await deps.clients.getResource(id, apiVersion);
    return body === undefined ? undefined : rawObject(body);
}
/**
 * Re-reads the resource until its provisioning state is terminal, waiting pollIntervalMs, then twice as long each
 * time up to 15 times pollIntervalMs (2 s -> 30 s in production: an extension install takes minutes, and 30 s
 * keeps it to a few dozen reads). Resolves the last read; undefined if it disappeared.
 */
async function waitRawSettled(ctx, deps, id, apiVersion, first) {
    let current = first;
    let wait = deps.pollIntervalMs;
    while (current !== undefined && !rawSettled(current)) {
        ctx.log(`waiting: provisioningState ${rawState(current)}`);
        await ctx.sleep(wait);
        wait = Math.min(wait * 2, deps.pollIntervalMs * 15);
        current = await getRaw(deps, id, apiVersion);
    }
    return current;
}

;// CONCATENATED MODULE: ./src/azure/apply/kubernetes-compute.ts





/** A stable Machine Learning api-version with Kubernetes computes. */
const ML_API_VERSION = '2024-04-01';
/** Read-only or secret inner properties AML fills in: never sent back. */
const READ_ONLY_INNER = new Set([
    'extensionInstanceReleaseTrain',
    'extensionPrincipalId',
    'relayConnectionString',
    'serviceBusConnectionString',
]);
function desiredKubernetesCompute(change) {
    const { resourceId, namespace, location } = change.after;
    return { resourceId, namespace, location };
}
/** Pure: the PUT body, merged into what exists. */
function kubernetesComputePutBody(existing, d) {
    const p = rawProps(existing);
    const inner = {};
    for (const [k, v] of Object.entries(rawObject(p.properties)))
        if (!READ_ONLY_INNER.has(k) && v !== undefined)
            inner[k] = v;
    inner.namespace = d.namespace;
    const identity = rawObject(existing?.identity);
    return {
        location: typeof existing?.location === 'string' && existing.location !== '' ? existing.location : d.location,
        identity: typeof identity.type === 'string' && identity.type !== 'None'
            ? { type: identity.type }
            : { type: 'SystemAssigned' },
        ...((0,records/* isRecord */.u)(existing?.tags) ? { tags: existing.tags } : {}),
        properties: {
            computeType: 'Kubernetes',
            resourceId: d.resourceId,
            description: typeof p.description === 'string' ? p.description : 'Azure ML v2 Kubernetes compute (amlnet)',
            properties: inner,
        },
    };
}
function kubernetesComputeApplier(deps) {
    return {
        async apply(change, ctx) {
            const d = desiredKubernetesCompute(change);
            const id = change.resourceId;
            const get = () => getRaw(deps, id, ML_API_VERSION);
            const outputs = {
                computeId: id,
                computeName: id.split('/').pop() ?? '',
                namespace: d.namespace,
                clusterId: d.resourceId,
            };
            const live = await waitRawSettled(ctx, deps, id, ML_API_VERSION, await get());
            if (live !== undefined) {
                const p = rawProps(live);
                const type = typeof p.computeType === 'string' ? p.computeType : '';
                const rid = typeof p.resourceId === 'string' ? p.resourceId : null;
                if (type.toLowerCase() !== 'kubernetes' || (rid !== null && !(0,ids/* sameId */.s)(rid, d.resourceId))) {
                    throw new apply_errors/* ApplyFailure */.NV({
                        code: 'ComputeConflict',
                        message: `compute ${id} exists as ${type || 'an unknown type'} on ${rid ?? 'no cluster'}; amlnet never replaces or detaches a compute`,
                    });
                }
                const ns = rawObject(p.properties).namespace;
                if (!rawFailed(live) && (typeof ns === 'string' ? ns : 'default') === d.namespace)
                    return { detail: 'attached', outputs };
            }
            await withPermissionAdvice('Contributor or AzureML Data Scientist (Microsoft.MachineLearningServices/workspaces/computes/write)', `the workspace of ${id}`, async () => {
                ctx.countWrite();
                await deps.clients.putResource(id, ML_API_VERSION, kubernetesComputePutBody(live, d), ctx.signal);
            });
            const done = await ctx.whileWaiting(async () => waitRawSettled(ctx, deps, id, ML_API_VERSION, await get()));
            if (done === undefined || rawFailed(done)) {
                const errors = rawProps(done).provisioningErrors;
                const first = Array.isArray(errors) ? rawObject(rawObject(errors[0]).error) : {};
                throw new apply_errors/* ApplyFailure */.NV({
                    code: typeof first.code === 'string' ? first.code : 'ComputeProvisioningFailed',
                    message: `compute ${id} ${done === undefined ? 'vanished after its PUT' : 'is in provisioning state Failed'}${typeof first.message === 'string' ? `: ${first.message}` : ''}`,
                    advice: 'run amlnet plan and apply again: the compute is PUT again, never deleted',
                });
            }
            return {
                detail: live === undefined ? `attached in namespace ${d.namespace}` : `updated (namespace ${d.namespace})`,
                outputs,
            };
        },
    };
}

// EXTERNAL MODULE: ./src/plan/kubernetes-extension.ts
var kubernetes_extension = __webpack_require__(33403);
// EXTERNAL MODULE: ./src/azure/live/read-kubernetes.ts
var read_kubernetes = __webpack_require__(33921);
;// CONCATENATED MODULE: ./src/azure/apply/kubernetes-extension.ts






function stringSettings(v) {
    const out = {};
    if ((0,records/* isRecord */.u)(v))
        for (const [k, val] of Object.entries(v))
            if (typeof val === 'string')
                out[k] = val;
    return out;
}
/** The router's private address, when the extension reports it (InferenceRouterAddress status). */
function routerAddressOf(ext) {
    const statuses = rawProps(ext).statuses;
    if (!Array.isArray(statuses))
        return undefined;
    for (const s of statuses.map(rawObject)) {
        if (s.code === 'InferenceRouterAddress' && typeof s.message === 'string' && s.message !== '')
            return s.message;
    }
    return undefined;
}
function outputs(id, ext) {
    const address = ext === undefined ? undefined : routerAddressOf(ext);
    return { extensionId: id, ...(address !== undefined ? { scoringAddress: address } : {}) };
}
/** Pure: the PUT body over an existing extension (or none): its own settings and release choices kept. */
function extensionPutBody(existing, desired) {
    const p = rawProps(existing);
    const merged = (0,kubernetes_extension/* mergeExtensionSettings */.Fe)(stringSettings(p.configurationSettings), desired);
    const body = (0,kubernetes_extension/* extensionBody */.aV)(merged);
    const props = body.properties;
    if (typeof p.releaseTrain === 'string')
        props.releaseTrain = p.releaseTrain;
    if (typeof p.autoUpgradeMinorVersion === 'boolean')
        props.autoUpgradeMinorVersion = p.autoUpgradeMinorVersion;
    if (typeof p.version === 'string' && p.autoUpgradeMinorVersion === false)
        props.version = p.version;
    return body;
}
function failure(id, ext) {
    const info = rawObject(rawProps(ext).errorInfo);
    return new apply_errors/* ApplyFailure */.NV({
        code: typeof info.code === 'string' ? info.code : 'ExtensionOperationFailed',
        message: `extension ${id} is in provisioning state ${String(rawProps(ext).provisioningState)}${typeof info.message === 'string' ? `: ${info.message}` : ''}`,
        advice: 'fix the cause Azure gives (for an internal load balancer: the cluster identity needs Network Contributor on the subnet), then run amlnet plan and apply again: the extension is PUT again, never deleted',
    });
}
function kubernetesExtensionApplier(deps) {
    return {
        async apply(change, ctx) {
            const id = change.resourceId;
            const desired = change.after.configurationSettings;
            const get = () => getRaw(deps, id, read_kubernetes/* EXTENSION_API_VERSION */.kc);
            // Another operation (an earlier attempt whose wait was cut off) may still run on it: never write over it.
            const live = await waitRawSettled(ctx, deps, id, read_kubernetes/* EXTENSION_API_VERSION */.kc, await get());
            if (live !== undefined) {
                const p = rawProps(live);
                const scope = rawObject(rawObject(p.scope).cluster).releaseNamespace;
                const conflict = (0,kubernetes_extension/* extensionConflict */.ox)({
                    extensionType: typeof p.extensionType === 'string' ? p.extensionType : '',
                    releaseNamespace: typeof scope === 'string' ? scope : null,
                });
                if (conflict !== undefined) {
                    throw new apply_errors/* ApplyFailure */.NV({
                        code: 'ExtensionConflict',
                        message: `extension ${id} exists and ${conflict}`,
                        advice: 'amlnet never overwrites another extension: give the AzureML extension another extensionName',
                    });
                }
                const settings = stringSettings(p.configurationSettings);
                const same = Object.keys((0,kubernetes_extension/* extensionSettingsDiff */.AB)(settings, desired)).length === 0;
                if (same && !rawFailed(live))
                    return { detail: 'installed, settings match', outputs: outputs(id, live) };
            }
            const body = extensionPutBody(live, desired);
            await withPermissionAdvice('Kubernetes Extension Contributor or Contributor (Microsoft.KubernetesConfiguration/extensions/write)', `the cluster ${id.split('/providers/Microsoft.KubernetesConfiguration')[0]}`, async () => {
                ctx.countWrite();
                await deps.clients.putResource(id, read_kubernetes/* EXTENSION_API_VERSION */.kc, body, ctx.signal);
            });
            const done = await ctx.whileWaiting(async () => waitRawSettled(ctx, deps, id, read_kubernetes/* EXTENSION_API_VERSION */.kc, await get()));
            if (done === undefined)
                throw new apply_errors/* ApplyFailure */.NV({ code: 'ExtensionMissing', message: `extension ${id} vanished after its PUT` });
            if (rawFailed(done))
                throw failure(id, done);
            return {
                detail: live === undefined
                    ? 'installed the AzureML extension'
                    : 'updated the AzureML extension settings (others kept)',
                outputs: outputs(id, done),
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/azure/apply/load-balancer.ts




/** Drops null and undefined members, recursively (SDK v1 sends no nulls). */
function withoutNulls(value) {
    if (Array.isArray(value))
        return value.map((v) => withoutNulls(v));
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [k, v] of Object.entries(value))
        if (v !== null && v !== undefined)
            out[k] = withoutNulls(v);
    return out;
}
/**
 * Pure: the compute body to PUT with only the load balancer fields changed, as SDK v1 (azureml-core
 * AksCompute.update) builds it: the compute read back, without sslConfiguration (it deletes it: the service
 * keeps the cluster's certificate), without read-only values (id, name, type, systemData, provisioningState,
 * createdOn, modifiedOn, provisioningErrors, isAttachedCompute, systemServices; readOnly in the Compute
 * definitions of https://github.com/Azure/azure-rest-api-specs/tree/main/specification/machinelearningservices)
 * and without nulls. Undefined when already so. Subnet names compare case-insensitively, as Azure's do.
 */
function switchLoadBalancer(live, d) {
    const props = live.properties;
    const inner = props?.properties ?? {};
    const sameType = (inner.loadBalancerType ?? 'PublicIp').toLowerCase() === d.loadBalancerType.toLowerCase();
    const sameSubnet = d.loadBalancerSubnet === null ||
        (inner.loadBalancerSubnet ?? '').toLowerCase() === d.loadBalancerSubnet.toLowerCase();
    if (sameType && sameSubnet)
        return undefined;
    const { sslConfiguration: _ssl, systemServices: _system, ...settable } = inner;
    const nextInner = { ...settable, loadBalancerType: d.loadBalancerType };
    if (d.loadBalancerSubnet !== null)
        nextInner.loadBalancerSubnet = d.loadBalancerSubnet;
    else
        delete nextInner.loadBalancerSubnet;
    const outer = {
        computeType: 'AKS',
        computeLocation: props?.computeLocation,
        description: props?.description,
        resourceId: props?.resourceId,
        disableLocalAuth: props?.disableLocalAuth,
        properties: nextInner,
    };
    return withoutNulls({
        location: live.location,
        tags: live.tags,
        sku: live.sku,
        identity: live.identity,
        properties: outer,
    });
}
function loadBalancerApplier(deps) {
    return {
        async apply(change, ctx) {
            const d = desiredLoadBalancer(change);
            const ml = await deps.clients.machineLearning();
            const get = () => getOrUndefined(() => ml.computeOperations.get(d.resourceGroup, d.workspace, d.name, { abortSignal: ctx.signal }));
            const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
            if (live === undefined) {
                throw new apply_errors/* ApplyFailure */.NV({
                    code: 'ComputeNotFound',
                    message: `compute ${d.name} does not exist in workspace ${d.workspace}`,
                    advice: 'run the apply again: the compute step creates it first',
                });
            }
            if (hasFailed(live))
                throw failedComputeError(d.name, d.workspace, live);
            const body = switchLoadBalancer(live, d);
            if (body === undefined)
                return { detail: `already ${d.loadBalancerType}` };
            await withPermissionAdvice('Contributor (Microsoft.MachineLearningServices/workspaces/computes/write)', `workspace ${d.workspace} (resource group ${d.resourceGroup})`, async () => {
                ctx.countWrite();
                const poller = await ml.computeOperations.beginCreateOrUpdate(d.resourceGroup, d.workspace, d.name, body, {
                    updateIntervalInMs: deps.pollIntervalMs,
                    abortSignal: ctx.signal,
                    ...reportingResponses(ctx),
                });
                await waitForOperation(ctx, poller);
            });
            return {
                detail: `load balancer ${d.loadBalancerType}${d.loadBalancerSubnet ? ` in subnet ${d.loadBalancerSubnet}` : ''}`,
            };
        },
    };
}

;// CONCATENATED MODULE: ./src/azure/apply/managed-cluster.ts



/** Pure: the PUT body of a new private cluster. */
function managedClusterBody(d) {
    const networkProfile = {
        networkPlugin: d.networkPlugin,
        loadBalancerSku: 'standard',
    };
    if (d.networkPluginMode !== null)
        networkProfile.networkPluginMode = d.networkPluginMode;
    if (d.podCidr !== null)
        networkProfile.podCidr = d.podCidr;
    if (d.serviceCidr !== null)
        networkProfile.serviceCidr = d.serviceCidr;
    if (d.dnsServiceIP !== null)
        networkProfile.dnsServiceIP = d.dnsServiceIP;
    return {
        location: d.location,
        identity: { type: 'SystemAssigned' },
        dnsPrefix: d.dnsPrefix,
        agentPoolProfiles: [
            {
                name: 'agentpool',
                mode: 'System',
                osType: 'Linux',
                type: 'VirtualMachineScaleSets',
                count: d.agentCount,
                vmSize: d.vmSize,
                maxPods: d.maxPods,
                vnetSubnetID: d.subnetId,
                ...(d.maxSurge !== null ? { upgradeSettings: { maxSurge: d.maxSurge } } : {}),
            },
        ],
        networkProfile,
        apiServerAccessProfile: {
            enablePrivateCluster: d.enablePrivateCluster,
            enablePrivateClusterPublicFqdn: d.enablePrivateClusterPublicFqdn,
        },
    };
}
/** The identity that needs Network Contributor, as later steps want it. */
function clusterOutputs(live) {
    const out = {};
    if (live.id)
        out.managedClusterId = live.id;
    const principal = clusterPrincipal(live);
    if (principal.principalId !== undefined)
        out.principalId = principal.principalId;
    if (principal.servicePrincipalClientId !== undefined)
        out.servicePrincipalClientId = principal.servicePrincipalClientId;
    return out;
}
/**
 * Whose identity the cluster uses: with servicePrincipalProfile.clientId "msi" (any case) or no
 * service principal, the managed identity (system-assigned, else the one user-assigned); otherwise
 * the service principal, whose OBJECT id still has to be looked up from its client id.
 */
function clusterPrincipal(live) {
    const clientId = live.servicePrincipalProfile?.clientId;
    if (clientId !== undefined && clientId !== '' && clientId.toLowerCase() !== 'msi')
        return { servicePrincipalClientId: clientId };
    const system = live.identity?.principalId;
    if (system)
        return { principalId: system };
    const users = Object.values(live.identity?.userAssignedIdentities ?? {});
    const user = users.length === 1 ? users[0].principalId : undefined;
    return user ? { principalId: user } : {};
}
function managedClusterApplier(deps) {
    return {
        async apply(change, ctx) {
            const d = desiredManagedCluster(change);
            const aks = await deps.clients.containerService();
            const get = () => getOrUndefined(() => aks.managedClusters.get(d.resourceGroup, d.name, { abortSignal: ctx.signal }));
            const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
            if (live !== undefined && !hasFailed(live)) {
                return { detail: 'already exists (left as it is)', outputs: clusterOutputs(live) };
            }
            const created = await withPermissionAdvice('Contributor (Microsoft.ContainerService/managedClusters/write) and Network Contributor on the subnet (subnets/join/action)', `resource group ${d.resourceGroup}`, async () => {
                ctx.countWrite();
                const poller = aks.managedClusters.createOrUpdate(d.resourceGroup, d.name, managedClusterBody(d), {
                    updateIntervalInMs: deps.pollIntervalMs,
                    abortSignal: ctx.signal,
                });
                await poller.submitted();
                return waitForOperation(ctx, poller);
            });
            return {
                detail: `created ${d.enablePrivateCluster ? 'private ' : ''}cluster${live !== undefined ? ' (the previous attempt had failed)' : ''}`,
                outputs: clusterOutputs(created),
            };
        },
    };
}

// EXTERNAL MODULE: ./src/plan/roles.ts
var roles = __webpack_require__(2682);
;// CONCATENATED MODULE: ./src/azure/apply/role.ts






/** PrincipalNotFound retries (directory replication of a brand-new identity). */
const PRINCIPAL_NOT_FOUND_ROUNDS = 5;
function lastSegment(id) {
    return (id
        .split('/')
        .filter((s) => s !== '')
        .pop() ?? '');
}
async function resolvePrincipal(change, ctx, deps) {
    const d = desiredRole(change);
    if (d.principalId !== undefined)
        return d.principalId;
    let managedClusterId = d.managedClusterId;
    let computeId = d.computeId;
    for (const dep of change.dependsOn) {
        const out = ctx.outputsOf(dep);
        if (typeof out?.principalId === 'string')
            return out.principalId;
        if (managedClusterId === undefined && typeof out?.managedClusterId === 'string')
            managedClusterId = out.managedClusterId;
        if (computeId === undefined && typeof out?.computeId === 'string')
            computeId = out.computeId;
    }
    if (managedClusterId === undefined && computeId !== undefined) {
        const p = (0,ids/* parseResourceId */.RQ)(computeId);
        if (p === undefined || p.segments.length < 4)
            throw planBug(change, `a valid compute id ('${computeId}')`);
        const ml = await deps.clients.machineLearning();
        const get = () => getOrUndefined(() => ml.computeOperations.get(p.resourceGroup, p.segments[1], p.segments[3], { abortSignal: ctx.signal }));
        // A compute still Creating (an earlier run's, or this run's whose poll was cut off) has no cluster yet: wait.
        const compute = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
        if (compute === undefined)
            throw planBug(change, `the compute ${computeId} to exist`);
        if (hasFailed(compute))
            throw failedComputeError(p.segments[3], p.segments[1], compute);
        managedClusterId = compute.properties?.resourceId;
    }
    if (managedClusterId === undefined)
        throw planBug(change, 'which cluster identity gets the role');
    const mc = (0,ids/* parseResourceId */.RQ)(managedClusterId);
    if (mc === undefined)
        throw planBug(change, `a valid cluster id ('${managedClusterId}')`);
    const aks = await deps.clients.containerService();
    const cluster = await aks.managedClusters.get(mc.resourceGroup, mc.name, { abortSignal: ctx.signal });
    const principal = clusterPrincipal(cluster);
    if (principal.principalId !== undefined)
        return principal.principalId;
    if (principal.servicePrincipalClientId !== undefined) {
        const objectId = await deps.resolveServicePrincipal?.(principal.servicePrincipalClientId, ctx.signal);
        if (objectId !== undefined)
            return objectId;
        throw new apply_errors/* ApplyFailure */.NV({
            code: 'ServicePrincipalUnresolved',
            message: `cluster ${mc.name} uses the service principal ${principal.servicePrincipalClientId}, whose object id amlnet cannot look up`,
            advice: `assign Network Contributor to it yourself: az role assignment create --assignee ${principal.servicePrincipalClientId} ` +
                `--role 4d97b98b-1d4f-4787-a291-c67834d212e7 --scope ${d.scope}; or give the cluster a managed identity`,
        });
    }
    throw new apply_errors/* ApplyFailure */.NV({
        code: 'ClusterIdentityMissing',
        message: `cluster ${mc.name} has neither a managed identity principal nor a service principal`,
        advice: 'enable a system-assigned managed identity on the cluster and run the apply again',
    });
}
function roleApplier(deps) {
    return {
        async apply(change, ctx) {
            const d = desiredRole(change);
            const principalId = await resolvePrincipal(change, ctx, deps);
            const name = (0,roles/* roleAssignmentName */.P_)(d.scope, d.roleGuid, principalId);
            const subscription = /^\/subscriptions\/([^/]+)/i.exec(d.scope)?.[1] ?? deps.clients.subscriptionId;
            const roleDefinitionId = `/subscriptions/${subscription}/providers/Microsoft.Authorization/roleDefinitions/${d.roleGuid}`;
            const outputs = {
                principalId,
                roleAssignmentId: `${d.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`,
            };
            const auth = await deps.clients.authorization();
            const byName = await getOrUndefined(() => auth.roleAssignments.get(d.scope, name, { abortSignal: ctx.signal }));
            if (byName !== undefined)
                return { detail: `already assigned to ${principalId}`, outputs };
            // The same role for the same principal under another name (made by hand or by the portal) also counts.
            for await (const ra of auth.roleAssignments.listForScope(d.scope, {
                filter: `principalId eq '${principalId}'`,
                abortSignal: ctx.signal,
            })) {
                if (lastSegment(ra.roleDefinitionId ?? '').toLowerCase() === d.roleGuid.toLowerCase() &&
                    (0,roles/* scopeCovers */.pp)(ra.scope ?? '', d.scope)) {
                    return { detail: `already assigned to ${principalId} (as ${ra.name ?? 'another assignment'})`, outputs };
                }
            }
            for (let round = 1;; round++) {
                try {
                    await withPermissionAdvice('Owner, User Access Administrator or Role Based Access Control Administrator (Microsoft.Authorization/roleAssignments/write)', d.scope, async () => {
                        ctx.countWrite();
                        await auth.roleAssignments.create(d.scope, name, { roleDefinitionId, principalId, principalType: 'ServicePrincipal' }, { abortSignal: ctx.signal });
                    });
                    return { detail: `assigned Network Contributor to ${principalId}`, outputs };
                }
                catch (err) {
                    if ((0,apply_errors/* statusOf */.c2)(err) === 409 && (0,apply_errors/* codeOf */.$N)(err) === 'RoleAssignmentExists') {
                        return { detail: `already assigned to ${principalId} (RoleAssignmentExists)`, outputs };
                    }
                    if ((0,apply_errors/* codeOf */.$N)(err) === 'PrincipalNotFound' && round < PRINCIPAL_NOT_FOUND_ROUNDS) {
                        ctx.log(`principal ${principalId} not replicated yet; waiting`);
                        await ctx.sleep(deps.pollIntervalMs * round);
                        continue;
                    }
                    throw err;
                }
            }
        },
    };
}

;// CONCATENATED MODULE: ./src/azure/apply/security-group.ts




function securityGroupApplier(deps) {
    return {
        async apply(change, ctx) {
            const d = desiredNsg(change);
            const net = await deps.clients.network();
            const get = () => getOrUndefined(() => net.networkSecurityGroups.get(d.resourceGroup, d.name, { abortSignal: ctx.signal }));
            const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
            if (live !== undefined && !hasFailed(live))
                return { detail: 'already exists (left as it is)' };
            // New: only our minimal NSG, and only if nobody created one meanwhile (If-None-Match).
            // Failed: the NSG as read, rules and all, only if nobody changed it meanwhile (If-Match).
            const body = live ?? { location: d.location };
            const headers = live === undefined ? { 'If-None-Match': '*' } : live.etag ? { 'If-Match': live.etag } : {};
            try {
                await withPermissionAdvice('Network Contributor (Microsoft.Network/networkSecurityGroups/write)', `resource group ${d.resourceGroup}`, async () => {
                    ctx.countWrite();
                    const poller = net.networkSecurityGroups.createOrUpdate(d.resourceGroup, d.name, body, {
                        requestOptions: { headers },
                        updateIntervalInMs: deps.pollIntervalMs,
                        abortSignal: ctx.signal,
                    });
                    await poller.submitted();
                    await waitForOperation(ctx, poller);
                });
            }
            catch (err) {
                // 412: someone created (or fixed) it between our GET and PUT; the next attempt reads it again.
                if ((0,apply_errors/* statusOf */.c2)(err) === 412 && (await get()) !== undefined)
                    return { detail: 'created by someone else meanwhile (left as it is)' };
                throw err;
            }
            return { detail: live === undefined ? `created in ${d.location}` : 'retried the failed NSG as it was' };
        },
    };
}

;// CONCATENATED MODULE: ./src/azure/apply/subnet.ts




/** Concurrent-writer retries (412) before giving up; each round re-reads the subnet. */
const MAX_ETAG_ROUNDS = 5;
/** A delegation's name: unique in the subnet and recognisable as amlnet's. */
function delegationName(serviceName) {
    return serviceName.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
}
/** Pure: the subnet to PUT, from the live one (or none) and what amlnet manages. */
function mergeSubnet(live, desired) {
    const changes = [];
    const kept = [];
    if (live === undefined) {
        const body = { name: desired.subnet };
        if (desired.addressPrefix === undefined) {
            return { changes, kept: ['the subnet does not exist and the plan gives no address prefix'] };
        }
        body.addressPrefix = desired.addressPrefix;
        changes.push(`create with address prefix ${desired.addressPrefix}`);
        if (desired.delegations.length > 0) {
            body.delegations = desired.delegations.map((serviceName) => ({ name: delegationName(serviceName), serviceName }));
            changes.push(`delegate to ${desired.delegations.join(', ')}`);
        }
        if (desired.networkSecurityGroupId !== undefined) {
            body.networkSecurityGroup = { id: desired.networkSecurityGroupId };
            changes.push(`associate NSG ${desired.networkSecurityGroupId}`);
        }
        return { body, changes, kept };
    }
    // Copy the live subnet as read: the SDK serializer writes back every writable property it read.
    const body = { ...live };
    const existing = [...(live.delegations ?? [])];
    const missing = desired.delegations.filter((s) => !existing.some((d) => sameText(d.serviceName, s)));
    if (missing.length > 0) {
        body.delegations = [
            ...existing,
            ...missing.map((serviceName) => ({ name: uniqueName(delegationName(serviceName), existing), serviceName })),
        ];
        changes.push(`add delegation ${missing.join(', ')}`);
    }
    if (desired.networkSecurityGroupId !== undefined) {
        const current = live.networkSecurityGroup?.id;
        if (current === undefined || current === '') {
            body.networkSecurityGroup = { id: desired.networkSecurityGroupId };
            changes.push(`associate NSG ${desired.networkSecurityGroupId}`);
        }
        else if (!sameText(current, desired.networkSecurityGroupId)) {
            kept.push(`the subnet keeps its NSG ${current} (amlnet never replaces an association)`);
        }
    }
    if (desired.addressPrefix !== undefined &&
        live.addressPrefix !== undefined &&
        live.addressPrefix !== desired.addressPrefix) {
        kept.push(`the subnet keeps its address prefix ${live.addressPrefix} (amlnet never changes an existing one)`);
    }
    return changes.length > 0 ? { body, changes, kept } : { changes, kept };
}
function uniqueName(name, existing) {
    const taken = new Set(existing.map((d) => (d.name ?? '').toLowerCase()));
    let candidate = name;
    for (let i = 2; taken.has(candidate); i++)
        candidate = `${name}-${i}`;
    return candidate;
}
function subnetApplier(deps) {
    return {
        async apply(change, ctx) {
            const desired = desiredSubnet(change);
            const net = await deps.clients.network();
            const vnetScope = `virtual network ${desired.vnet} (resource group ${desired.resourceGroup})`;
            const get = () => getOrUndefined(() => net.subnets.get(desired.resourceGroup, desired.vnet, desired.subnet, { abortSignal: ctx.signal }));
            for (let round = 1;; round++) {
                const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
                const merge = mergeSubnet(live, desired);
                if (merge.body === undefined) {
                    if (live === undefined)
                        throw planBug(change, `the address prefix of the new subnet ${desired.subnet}`);
                    return { detail: ['already as desired', ...merge.kept].join('; ') };
                }
                const headers = live === undefined ? { 'If-None-Match': '*' } : live.etag ? { 'If-Match': live.etag } : {};
                try {
                    await withPermissionAdvice('Network Contributor (Microsoft.Network/virtualNetworks/subnets/write)', vnetScope, async () => {
                        ctx.countWrite();
                        const poller = net.subnets.createOrUpdate(desired.resourceGroup, desired.vnet, desired.subnet, merge.body, {
                            requestOptions: { headers },
                            updateIntervalInMs: deps.pollIntervalMs,
                            abortSignal: ctx.signal,
                        });
                        await poller.submitted();
                        await waitForOperation(ctx, poller);
                    });
                    return { detail: [...merge.changes, ...merge.kept].join('; ') };
                }
                catch (err) {
                    if ((0,apply_errors/* statusOf */.c2)(err) === 412 && round < MAX_ETAG_ROUNDS) {
                        ctx.log(`subnet ${desired.subnet} changed since it was read (412); reading it again`);
                        continue;
                    }
                    throw err;
                }
            }
        },
    };
}

// EXTERNAL MODULE: ./src/live/ownership.ts
var ownership = __webpack_require__(99527);
;// CONCATENATED MODULE: ./src/azure/apply/ownership.ts




const queues = new Map();
/** Runs `work` after every earlier call for the same key has finished (a per-NSG lock within the process). */
function serialised(key, work) {
    const previous = queues.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    queues.set(key, next.catch(() => undefined));
    return next;
}
/**
 * Adds `add` to and removes `remove` from the ownership record of an NSG. Returns true when it wrote (false when
 * the record already said so: an apply run again writes nothing).
 */
function updateOwnership(deps, ctx, nsg, change) {
    return serialised(`${nsg.resourceGroup}/${nsg.name}`.toLowerCase(), async () => {
        const net = await deps.clients.network();
        for (let round = 1;; round++) {
            const live = await net.networkSecurityGroups.get(nsg.resourceGroup, nsg.name, {
                abortSignal: ctx.signal,
            });
            const tags = live.tags ?? {};
            const removed = new Set((change.remove ?? []).map((n) => n.toLowerCase()));
            const names = [...(0,ownership/* ownedRuleNames */.sr)(tags).filter((n) => !removed.has(n.toLowerCase())), ...(change.add ?? [])];
            const next = (0,ownership/* withOwnedRuleNames */.sF)(tags, names);
            if (sameTags(tags, next))
                return false;
            try {
                await withPermissionAdvice('Network Contributor (Microsoft.Network/networkSecurityGroups/write)', `network security group ${nsg.name} (resource group ${nsg.resourceGroup})`, async () => {
                    ctx.countWrite();
                    await net.networkSecurityGroups.updateTags(nsg.resourceGroup, nsg.name, { tags: next }, { abortSignal: ctx.signal, requestOptions: { headers: live.etag ? { 'If-Match': live.etag } : {} } });
                });
                return true;
            }
            catch (err) {
                if ((0,apply_errors/* statusOf */.c2)(err) === 412 && round < MAX_ETAG_ROUNDS)
                    continue;
                throw err;
            }
        }
    });
}
function sameTags(a, b) {
    const ka = Object.keys(a).sort();
    const kb = Object.keys(b).sort();
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && a[k] === b[k]);
}

;// CONCATENATED MODULE: ./src/azure/apply/security-rule.ts









function list(plural, single) {
    if (plural !== undefined && plural.length > 0)
        return [...plural].sort();
    return single !== undefined && single !== '' ? [single] : [];
}
function sameList(a, b) {
    const x = [...a].map((s) => s.toLowerCase()).sort();
    const y = [...b].map((s) => s.toLowerCase()).sort();
    return x.length === y.length && x.every((v, i) => v === y[i]);
}
/** Pure: the differences between a live rule and the desired one (empty = equal). */
function ruleDifferences(live, d) {
    const diffs = [];
    const eq = (a, b) => (a ?? '').toLowerCase() === b.toLowerCase();
    if (!eq(live.direction, d.direction))
        diffs.push(`direction ${live.direction} -> ${d.direction}`);
    if (!eq(live.access, d.access))
        diffs.push(`access ${live.access} -> ${d.access}`);
    if (!eq(live.protocol, d.protocol))
        diffs.push(`protocol ${live.protocol} -> ${d.protocol}`);
    if (live.priority !== d.priority)
        diffs.push(`priority ${live.priority} -> ${d.priority}`);
    const pairs = [
        ['sourceAddressPrefixes', list(live.sourceAddressPrefixes, live.sourceAddressPrefix), d.sourceAddressPrefixes],
        ['sourcePortRanges', list(live.sourcePortRanges, live.sourcePortRange), d.sourcePortRanges],
        [
            'destinationAddressPrefixes',
            list(live.destinationAddressPrefixes, live.destinationAddressPrefix),
            d.destinationAddressPrefixes,
        ],
        ['destinationPortRanges', list(live.destinationPortRanges, live.destinationPortRange), d.destinationPortRanges],
    ];
    for (const [name, a, b] of pairs)
        if (!sameList(a, b))
            diffs.push(`${name} [${a.join(', ')}] -> [${b.join(', ')}]`);
    if ((live.description ?? '') !== (d.description ?? ''))
        diffs.push('description');
    return diffs;
}
/** The rule body: one value goes in the singular field (Azure rejects '*' in the plural lists). */
function ruleBody(d) {
    const body = {
        name: d.name,
        direction: d.direction,
        access: d.access,
        protocol: d.protocol,
        priority: d.priority,
    };
    const put = (values, single, plural) => {
        if (values.length === 1)
            body[single] = values[0];
        else
            body[plural] = values;
    };
    put(d.sourceAddressPrefixes, 'sourceAddressPrefix', 'sourceAddressPrefixes');
    put(d.sourcePortRanges, 'sourcePortRange', 'sourcePortRanges');
    put(d.destinationAddressPrefixes, 'destinationAddressPrefix', 'destinationAddressPrefixes');
    put(d.destinationPortRanges, 'destinationPortRange', 'destinationPortRanges');
    if (d.description !== null)
        body.description = d.description;
    return body;
}
function securityRuleApplier(deps) {
    return {
        async apply(change, ctx) {
            if (change.action === 'delete')
                return deleteOwnedRule(deps, change, ctx);
            const d = desiredRule(change);
            const net = await deps.clients.network();
            await updateOwnership(deps, ctx, { resourceGroup: d.resourceGroup, name: d.nsg }, { add: [d.name] });
            const get = () => getOrUndefined(() => net.securityRules.get(d.resourceGroup, d.nsg, d.name, { abortSignal: ctx.signal }));
            for (let round = 1;; round++) {
                const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
                const diffs = live === undefined ? ['create'] : ruleDifferences(live, d);
                if (diffs.length === 0)
                    return { detail: 'already as desired' };
                const headers = live === undefined ? { 'If-None-Match': '*' } : live.etag ? { 'If-Match': live.etag } : {};
                try {
                    await withPermissionAdvice('Network Contributor (Microsoft.Network/networkSecurityGroups/securityRules/write)', `network security group ${d.nsg} (resource group ${d.resourceGroup})`, async () => {
                        ctx.countWrite();
                        const poller = net.securityRules.createOrUpdate(d.resourceGroup, d.nsg, d.name, ruleBody(d), {
                            requestOptions: { headers },
                            updateIntervalInMs: deps.pollIntervalMs,
                            abortSignal: ctx.signal,
                        });
                        await poller.submitted();
                        await waitForOperation(ctx, poller);
                    });
                    return {
                        detail: live === undefined ? `created (priority ${d.priority} ${d.direction})` : `updated: ${diffs.join('; ')}`,
                    };
                }
                catch (err) {
                    if ((0,apply_errors/* statusOf */.c2)(err) === 412 && round < MAX_ETAG_ROUNDS)
                        continue;
                    throw err;
                }
            }
        },
    };
}
/**
 * Deletes a rule amlnet owns (the plan checked the ownership record; it is checked again here, just before the
 * DELETE, so a record changed since the plan never lets amlnet delete a rule it did not create), then drops it
 * from the record. If-Match on the rule's etag: a rule someone changed since it was read is not deleted blindly.
 */
async function deleteOwnedRule(deps, change, ctx) {
    const p = (0,ids/* parseResourceId */.RQ)(change.resourceId);
    if (p === undefined || p.segments.length !== 4 || p.segments[2].toLowerCase() !== 'securityrules') {
        throw new apply_errors/* ApplyFailure */.NV({
            code: 'PlanIncomplete',
            message: `${change.address}: ${change.resourceId} is not an NSG rule`,
        });
    }
    const [, nsgName, , ruleName] = p.segments;
    const nsg = { resourceGroup: p.resourceGroup, name: nsgName };
    const net = await deps.clients.network();
    const group = await net.networkSecurityGroups.get(nsg.resourceGroup, nsg.name, { abortSignal: ctx.signal });
    if (!(0,ownership/* isOwned */.go)(group.tags, ruleName)) {
        throw new apply_errors/* ApplyFailure */.NV({
            code: 'NotOwned',
            message: `${change.address}: rule ${ruleName} is no longer recorded as amlnet's in NSG ${nsg.name}; not deleted`,
        });
    }
    const get = () => getOrUndefined(() => net.securityRules.get(nsg.resourceGroup, nsg.name, ruleName, { abortSignal: ctx.signal }));
    const live = await waitUntilSettled(ctx, deps.pollIntervalMs, get, await get());
    if (live !== undefined) {
        await withPermissionAdvice('Network Contributor (Microsoft.Network/networkSecurityGroups/securityRules/delete)', `network security group ${nsg.name} (resource group ${nsg.resourceGroup})`, async () => {
            ctx.countWrite();
            const poller = net.securityRules.delete(nsg.resourceGroup, nsg.name, ruleName, {
                requestOptions: { headers: live.etag ? { 'If-Match': live.etag } : {} },
                updateIntervalInMs: deps.pollIntervalMs,
                abortSignal: ctx.signal,
            });
            await poller.submitted();
            await waitForOperation(ctx, poller);
        });
    }
    await updateOwnership(deps, ctx, nsg, { remove: [ruleName] });
    return {
        detail: live === undefined ? 'already gone (ownership record cleared)' : 'deleted (owned by amlnet, pruned)',
    };
}

;// CONCATENATED MODULE: ./src/azure/apply/index.ts
// The appliers for every step, over one set of Azure clients. The clients must be built for apply:
// their SDK retry policies are removed (withoutSdkRetries) because the executor owns retries
// (src/apply/executor.ts); otherwise a 429 storm would be retried 4 x 8 times.










/** The production appliers, one per kind of change, behind the one dispatch (src/apply/dispatch.ts). */
function createAppliers(deps) {
    const subnet = subnetApplier(deps);
    const appliers = {
        subnet,
        // Associating the NSG is a subnet write: the same GET-merge-PUT with If-Match.
        'subnet-security-group': subnet,
        'security-group': securityGroupApplier(deps),
        'security-rule': securityRuleApplier(deps),
        'managed-cluster': managedClusterApplier(deps),
        compute: computeApplier(deps),
        role: roleApplier(deps),
        'load-balancer': loadBalancerApplier(deps),
        'kubernetes-extension': kubernetesExtensionApplier(deps),
        'kubernetes-compute': kubernetesComputeApplier(deps),
    };
    return stepRegistry(appliers);
}
/**
 * The same clients with the SDKs' retry policies removed (the pipeline's whole "Retry" phase), so that
 * the executor's retries, backoff and deadline are the only ones. The token requests are not affected.
 */
function withoutSdkRetries(clients) {
    const strip = (make) => {
        let value;
        return () => (value ??= make().then((client) => {
            client.pipeline.removePolicy({ phase: 'Retry' });
            return client;
        }));
    };
    const authorization = strip(() => clients.authorization());
    return {
        ...clients,
        network: strip(() => clients.network()),
        containerService: strip(() => clients.containerService()),
        machineLearning: strip(() => clients.machineLearning()),
        authorization,
        // Raw requests go through the authorization client's pipeline: strip it first, whichever request comes first.
        getResource: async (id, v) => {
            await authorization();
            return clients.getResource(id, v);
        },
        putResource: async (id, v, body, signal) => {
            await authorization();
            return clients.putResource(id, v, body, signal);
        },
    };
}

;// CONCATENATED MODULE: ./src/azure/apply/run.ts
// Apply a plan against Azure: the appliers over apply-mode clients (SDK retries off), the executor, and
// the ACI values. The one entry point for the CLI (`amlnet apply`) and the action's apply mode.







async function applyPlanToAzure(plan, spec, options) {
    const { clients, pollIntervalMs, resolveServicePrincipal, verify, ...executor } = options;
    const deps = {
        clients: withoutSdkRetries(clients),
        pollIntervalMs: pollIntervalMs ?? clients.pollIntervalMs,
    };
    if (resolveServicePrincipal !== undefined)
        deps.resolveServicePrincipal = resolveServicePrincipal;
    const result = await (0,apply_executor/* executePlan */.vY)(plan, { ...executor, appliers: createAppliers(deps) });
    // An interrupted apply ends now: the next one resumes (and verifies) from the live state.
    if (verify !== false &&
        result.interrupted !== true &&
        (result.status === 'applied' || result.status === 'nothing-to-do')) {
        const reader = (0,read/* azureLiveReader */.$t)(clients);
        const clock = executor.clock ?? apply_clock/* systemClock */.m;
        // A stop (SIGINT/SIGTERM) during verification ends its wait: every change is done; the next run verifies.
        const verdict = await verifyConverged(spec, {
            read: async (s) => (await reader.read(s)).live,
            clock: { now: () => clock.now(), sleep: (ms) => clock.sleep(ms, executor.stop) },
            deadlineAt: result.startedAt + (executor.deadlineMs ?? apply_executor/* DEFAULT_DEADLINE_MS */.u8),
            pollIntervalMs: deps.pollIntervalMs,
        }).catch((err) => {
            if (executor.stop?.aborted === true)
                return undefined;
            throw err;
        });
        if (verdict === undefined)
            return withAciValues({ ...result, interrupted: true }, spec);
        if (!verdict.converged) {
            const failed = { ...result, status: 'failed' };
            if (verdict.error !== undefined)
                failed.notConverged = verdict.error;
            return withKubernetesValues(withAciValues(failed, spec), spec, verdict.live);
        }
        return withKubernetesValues(withAciValues(result, spec), spec, verdict.live);
    }
    return withKubernetesValues(withAciValues(result, spec), spec);
}
/**
 * The exit code of an apply (README.md, "Command-line reference"): 0 all done or nothing to do, 1 anything failed or
 * refused.
 */
function applyExitCode(result) {
    return result.status === 'applied' || result.status === 'nothing-to-do' ? 0 : 1;
}


/***/ })

};
