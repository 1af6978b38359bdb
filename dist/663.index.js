export const id = 663;
export const ids = [663,327];
export const modules = {

/***/ 17327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   prerequisitesOf: () => (/* binding */ prerequisitesOf)
/* harmony export */ });
function prerequisitesOf(spec, opts = {}) {
    const sub = spec.subscriptionId;
    const location = spec.network.location ?? spec.location;
    const groups = new Set([
        spec.workspace.resourceGroup,
        spec.network.resourceGroup,
        spec.network.securityGroup?.resourceGroup ?? spec.network.resourceGroup,
    ]);
    const rgId = (rg) => `/subscriptions/${sub}/resourceGroups/${rg}`;
    return [
        ...[...groups].map((rg) => ({
            id: rgId(rg),
            name: rg,
            type: 'Microsoft.Resources/resourceGroups',
            location,
            properties: { provisioningState: 'Succeeded' },
        })),
        {
            id: `${rgId(spec.network.resourceGroup)}/providers/Microsoft.Network/virtualNetworks/${spec.network.name}`,
            name: spec.network.name,
            type: 'Microsoft.Network/virtualNetworks',
            location: opts.vnetLocation ?? location,
            properties: {
                provisioningState: 'Succeeded',
                addressSpace: { addressPrefixes: spec.network.addressSpace ?? ['10.0.0.0/8'] },
                subnets: opts.subnets ?? [],
            },
        },
        {
            id: `${rgId(spec.workspace.resourceGroup)}/providers/Microsoft.MachineLearningServices/workspaces/${spec.workspace.name}`,
            name: spec.workspace.name,
            type: 'Microsoft.MachineLearningServices/workspaces',
            location: spec.location,
            properties: { provisioningState: 'Succeeded' },
        },
    ];
}


/***/ }),

/***/ 18663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEMO_SPEC: () => (/* binding */ DEMO_SPEC),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(41692);
/* harmony import */ var node_tls__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _emulator_prerequisites_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17327);
/* harmony import */ var _spec_parse_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73054);
// `amlnet demo`: plays a pull request and its merge against the local emulator, through the action's own
// code path (src/main.ts run(), with the runner's environment variables), and prints what a reviewer would
// see: the plan comment on the pull request, then the job summary of the apply that ran on merge.
// Both are written to files (default .amlnet/demo/). Needs no network and no credentials.





const usage = `usage: amlnet demo [--out DIR]

Starts the emulator in this process with a virtual network and an Azure ML workspace, writes a spec,
plays a pull request (validate, plan, sticky comment) and its merge (apply with GitHub OIDC), and
prints the plan comment and the apply summary. Files go to DIR (default .amlnet/demo).`;
const SUBSCRIPTION = '00000000-0000-0000-0000-000000000000';
const REPOSITORY = 'octo-org/octo-repo';
/** The spec the pull request adds: an inference cluster on a private IP, an ACI subnet, one scoring rule. */
const DEMO_SPEC = `# Added by pull request #1: private scoring for the inference cluster, and ACI in the VNet.
version: 1
subscriptionId: ${SUBSCRIPTION}
location: eastus2

workspace:
  resourceGroup: ml-rg
  name: ml-ws

network:
  resourceGroup: ml-rg
  name: ml-vnet
  addressSpace: [10.1.0.0/16]
  subnets:
    - name: aks-subnet
      addressPrefix: 10.1.0.0/22
    - name: aci-subnet
      addressPrefix: 10.1.8.0/24
      delegation: Microsoft.ContainerInstance/containerGroups
  securityGroup:
    name: ml-nsg
    rules:
      - name: allow-scoring-inbound
        direction: Inbound
        access: Allow
        protocol: Tcp
        priority: 200
        sourceAddressPrefixes: [10.1.0.0/16]
        destinationPortRanges: ['443']
        description: Scoring clients inside the virtual network

aksClusters:
  - name: myaks
    mode: create
    vmSize: Standard_D3_v2
    agentCount: 3
    subnet: aks-subnet
    networkPlugin: azure
    serviceCidr: 10.0.0.0/16
    dnsServiceIp: 10.0.0.10
    dockerBridgeCidr: 172.17.0.1/16
    loadBalancerType: InternalLoadBalancer
    loadBalancerSubnet: aks-subnet

aci:
  subnet: aci-subnet
`;
/** What exists before the pull request (amlnet never creates these): the resource group, the VNet, the workspace. */
function world() {
    return {
        resources: (0,_emulator_prerequisites_js__WEBPACK_IMPORTED_MODULE_4__.prerequisitesOf)((0,_spec_parse_js__WEBPACK_IMPORTED_MODULE_3__/* .parseSpecText */ .g)(DEMO_SPEC).value),
        // Long-running operations finish quickly so the demo runs in seconds.
        timings: { lroMs: { default: 20, 'retry-after': 0 } },
    };
}
function parseArgs(argv) {
    let out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)('.amlnet', 'demo');
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--help' || a === '-h')
            return { help: true };
        if (a === '--out') {
            const v = argv[++i];
            if (v === undefined || v.startsWith('--'))
                return { error: '--out needs a directory' };
            out = v;
        }
        else if (a.startsWith('--out='))
            out = a.slice('--out='.length);
        else
            return { error: `unknown argument '${a}'` };
    }
    return { out };
}
/** Runs the action once with the runner's variables; its workflow commands go to a log file, not the terminal. */
async function runJob(files, env, run) {
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(files.dir, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(files.output, '');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(files.summary, '');
    const saved = { ...process.env };
    Object.assign(process.env, env, { GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary });
    const lines = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk) => {
        lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
    });
    const exitCode = process.exitCode;
    process.exitCode = 0;
    try {
        await run();
    }
    finally {
        process.stdout.write = write;
        for (const key of Object.keys(process.env))
            if (!(key in saved))
                delete process.env[key];
        Object.assign(process.env, saved);
    }
    const failed = process.exitCode === 1;
    process.exitCode = exitCode;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(files.log, lines.join(''));
    const outputs = {};
    const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(files.output, 'utf8').split('\n');
    for (let i = 0; i < text.length; i++) {
        const m = /^([^<]+)<<(.+)$/.exec(text[i]);
        if (m === null)
            continue;
        const value = [];
        for (i++; i < text.length && text[i] !== m[2]; i++)
            value.push(text[i]);
        outputs[m[1]] = value.join('\n');
    }
    return { failed, outputs };
}
async function run(argv) {
    const args = parseArgs(argv);
    if ('help' in args) {
        process.stdout.write(usage + '\n');
        return 0;
    }
    if ('error' in args) {
        process.stderr.write(`amlnet demo: ${args.error}\n\n${usage}\n`);
        return 2;
    }
    const started = Date.now();
    const out = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(args.out);
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'workspace');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(workspace, { recursive: true });
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(workspace, 'amlnet.yml'), DEMO_SPEC);
    const [{ startEmulator }, { run: runAction }, { createPipeline }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(49), __webpack_require__.e(829)]).then(__webpack_require__.bind(__webpack_require__, 30829)),
        Promise.all(/* import() */[__webpack_require__.e(253), __webpack_require__.e(72), __webpack_require__.e(957), __webpack_require__.e(277), __webpack_require__.e(595), __webpack_require__.e(95), __webpack_require__.e(911)]).then(__webpack_require__.bind(__webpack_require__, 63911)),
        Promise.all(/* import() */[__webpack_require__.e(253), __webpack_require__.e(957), __webpack_require__.e(595), __webpack_require__.e(95), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 27456)),
    ]);
    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'emulator'), { recursive: true });
    const emu = await startEmulator({ state: world(), dataDir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'emulator') });
    try {
        // Trust the emulator's CA in this process (Node >= 24.5), as NODE_EXTRA_CA_CERTS would for a child.
        node_tls__WEBPACK_IMPORTED_MODULE_2__.setDefaultCACertificates([...node_tls__WEBPACK_IMPORTED_MODULE_2__.getCACertificates('default'), emu.caCertPem]);
        const info = emu.info;
        const control = async (path, body) => {
            const res = await fetch(`${info.armEndpoint}/_emulator${path}`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify(body),
            });
            if (!res.ok)
                throw new Error(`emulator ${path}: HTTP ${res.status}`);
            return (await res.json());
        };
        const pipeline = createPipeline({ pollIntervalMs: 10, maxRetryAfterSeconds: 0 });
        const action = () => runAction(pipeline);
        const repo = emu.world.github.repositories[0];
        const pull = repo.pulls.find((p) => p.state === 'open');
        if (pull === undefined)
            throw new Error('the emulator has no open pull request');
        const common = {
            GITHUB_ACTIONS: 'true',
            GITHUB_REPOSITORY: REPOSITORY,
            GITHUB_WORKSPACE: workspace,
            GITHUB_SERVER_URL: 'https://github.com',
            GITHUB_API_URL: info.githubApiUrl,
            GITHUB_RUN_ID: '1',
            RUNNER_TEMP: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'runner-temp'),
            ACTIONS_ID_TOKEN_REQUEST_URL: info.oidcRequestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: info.oidcRequestToken,
            INPUT_SPEC: 'amlnet.yml',
            INPUT_COMMAND: 'auto',
            'INPUT_CLIENT-ID': info.clientId,
            'INPUT_TENANT-ID': info.tenantId,
            'INPUT_ARM-ENDPOINT': info.armEndpoint,
            'INPUT_AUTHORITY-HOST': info.authorityHost,
            'INPUT_GITHUB-TOKEN': info.githubToken,
            INPUT_COMMENT: 'true',
            'INPUT_ON-PLAN-CHANGE': 'fail',
        };
        const repoPayload = {
            full_name: REPOSITORY,
            name: 'octo-repo',
            owner: { login: 'octo-org' },
            default_branch: 'main',
        };
        // 1. The pull request: plan + sticky comment (OIDC subject repo:octo-org/octo-repo:pull_request).
        process.stdout.write(`amlnet demo: pull request #${pull.number} adds amlnet.yml; running the action (pull_request)\n`);
        const prEvent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'pull_request.json');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(prEvent, JSON.stringify({
            action: 'opened',
            number: pull.number,
            pull_request: {
                number: pull.number,
                head: { sha: pull.headSha, ref: pull.headRef, repo: repoPayload },
                base: { ref: 'main', repo: repoPayload },
            },
            repository: repoPayload,
        }));
        const pr = await runJob({
            dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'pr'),
            output: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'pr', 'output.txt'),
            summary: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'pr', 'summary.md'),
            log: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'pr', 'action.log'),
        }, {
            ...common,
            GITHUB_EVENT_NAME: 'pull_request',
            GITHUB_EVENT_PATH: prEvent,
            GITHUB_SHA: pull.headSha,
            GITHUB_REF: `refs/pull/${pull.number}/merge`,
        }, action);
        const marker = '<!-- amlnet:plan spec=amlnet.yml -->';
        const comment = (repo.comments[pull.number] ?? []).find((c) => c.body.includes(marker));
        if (pr.failed || comment === undefined) {
            process.stderr.write(`amlnet demo: the pull request run failed; see ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'pr', 'action.log')}\n`);
            return 1;
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'plan-comment.md'), comment.body);
        // 2. The merge: apply in the protected environment (OIDC subject ...:environment:production).
        const merged = await control('/github/merge', { number: pull.number });
        const mergeSha = String(merged['mergeCommitSha']);
        await control('/oidc', { subject: `repo:${REPOSITORY}:environment:production` });
        process.stdout.write(`amlnet demo: merged as ${mergeSha.slice(0, 12)}; running the action (push to main)\n`);
        const pushEvent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'push.json');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(pushEvent, JSON.stringify({ ref: 'refs/heads/main', after: mergeSha, repository: repoPayload }));
        const apply = await runJob({
            dir: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'apply'),
            output: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'apply', 'output.txt'),
            summary: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'apply', 'summary.md'),
            log: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'apply', 'action.log'),
        }, {
            ...common,
            GITHUB_EVENT_NAME: 'push',
            GITHUB_EVENT_PATH: pushEvent,
            GITHUB_SHA: mergeSha,
            GITHUB_REF: 'refs/heads/main',
        }, action);
        const summary = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'apply', 'summary.md'), 'utf8');
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'apply-summary.md'), summary);
        const rule = '-'.repeat(100);
        process.stdout.write([
            '',
            rule,
            `The plan comment on pull request #${pull.number} (${pr.outputs['comment-url'] ?? 'comment'}):`,
            rule,
            comment.body.trimEnd(),
            '',
            rule,
            'The job summary of the apply on merge:',
            rule,
            summary.trimEnd(),
            rule,
            '',
            `plan comment:  ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'plan-comment.md')}`,
            `apply summary: ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'apply-summary.md')}`,
            `action logs:   ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'pr', 'action.log')}, ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(out, 'apply', 'action.log')}`,
            `apply ${apply.failed ? 'FAILED' : 'succeeded'}: plan-hash ${apply.outputs['plan-hash'] ?? '?'}` +
                (apply.outputs['aci-subnet'] ? `, ACI subnet ${apply.outputs['aci-subnet']}` : ''),
            `demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s`,
            '',
        ].join('\n'));
        return apply.failed ? 1 : 0;
    }
    finally {
        await emu.close();
    }
}


/***/ })

};
