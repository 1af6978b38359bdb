export const id = 739;
export const ids = [739];
export const modules = {

/***/ 1739:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run),
/* harmony export */   runEmulator: () => (/* binding */ runEmulator)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

const usage = `usage: amlnet emulator [--state FILE] [--for SPEC] [--port N] [--data-dir DIR] [--verbose]

Starts the local HTTPS emulator of Azure Resource Manager, Microsoft Entra ID, GitHub's OIDC token service
and GitHub's REST API on 127.0.0.1, and prints one line of JSON (endpoints, tokens, CA path) when ready.

options:
  --state FILE     seed the world from a YAML or JSON state file (see emulator/README.md)
  --for SPEC       also seed what the amlnet spec presupposes and amlnet never creates: its resource
                   groups, the virtual network (no subnets) and the workspace (unless --state has them)
  --port N         port to listen on (default 0: a free port)
  --data-dir DIR   where ca.pem is written (default: a fresh temporary directory, removed on exit)
  --verbose        log each request on stderr
  -h, --help       show this help

Stop it with Ctrl-C (SIGINT) or SIGTERM.`;
function parseArgs(argv) {
    const out = { port: 0, verbose: false, help: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const [flag, inline] = arg.startsWith('--') && arg.includes('=')
            ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
            : [arg, undefined];
        const value = () => inline ?? argv[++i];
        switch (flag) {
            case '-h':
            case '--help':
                out.help = true;
                break;
            case '--verbose':
                out.verbose = true;
                break;
            case '--state': {
                const v = value();
                if (v === undefined || v === '')
                    return '--state needs a file path';
                out.state = v;
                break;
            }
            case '--for': {
                const v = value();
                if (v === undefined || v === '')
                    return '--for needs a spec file path';
                out.forSpec = v;
                break;
            }
            case '--data-dir': {
                const v = value();
                if (v === undefined || v === '')
                    return '--data-dir needs a directory';
                out.dataDir = v;
                break;
            }
            case '--port': {
                const v = value();
                if (v === undefined || !/^\d+$/.test(v) || Number(v) > 65535)
                    return `--port needs a port number 0..65535, got ${JSON.stringify(v ?? '')}`;
                out.port = Number(v);
                break;
            }
            default:
                return `unknown option '${arg}'`;
        }
    }
    return out;
}
function processSignals() {
    return new Promise((resolve) => {
        const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
    });
}
/** The resources a spec presupposes; a spec with errors is refused with its first error. */
async function prerequisitesFromSpec(path) {
    const [{ validateSpecFile }, { prerequisitesOf }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(253), __webpack_require__.e(16), __webpack_require__.e(54)]).then(__webpack_require__.bind(__webpack_require__, 87016)),
        __webpack_require__.e(/* import() */ 327).then(__webpack_require__.bind(__webpack_require__, 17327)),
    ]);
    const result = await validateSpecFile(path);
    const error = result.findings.find((f) => f.severity === 'error');
    if (result.spec === undefined || error !== undefined) {
        const where = error ? `${result.file}:${error.line}:${error.column}: ${error.ruleId} ${error.message}` : path;
        throw new Error(`--for ${path}: the spec has errors (run amlnet validate): ${where}`);
    }
    return prerequisitesOf(result.spec);
}
/** The command with its I/O injected, so tests run it in-process. */
async function runEmulator(argv, io) {
    const args = parseArgs(argv);
    if (typeof args === 'string') {
        io.stderr(`amlnet emulator: ${args}\n\n${usage}\n`);
        return 2;
    }
    if (args.help) {
        io.stdout(`${usage}\n`);
        return 0;
    }
    const { startEmulator } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(49), __webpack_require__.e(829)]).then(__webpack_require__.bind(__webpack_require__, 30829));
    let emulator;
    try {
        const prerequisites = args.forSpec === undefined ? undefined : await prerequisitesFromSpec(args.forSpec);
        emulator = await startEmulator({
            prerequisites,
            port: args.port,
            statePath: args.state,
            dataDir: args.dataDir,
            onRequest: args.verbose
                ? (e) => io.stderr(`${e.time} ${e.method} ${e.path} ${e.status}${e.fault !== null ? ` fault=${e.fault}` : ''} ${e.durationMs}ms\n`)
                : undefined,
        });
    }
    catch (err) {
        io.stderr(`amlnet emulator: ${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .errorMessage */ .g)(err)}\n`);
        return 2;
    }
    const stopped = io.stopSignal();
    io.stdout(`${JSON.stringify(emulator.info)}\n`);
    await stopped;
    await emulator.close();
    return 0;
}
async function run(argv) {
    return runEmulator(argv, {
        stdout: (t) => process.stdout.write(t),
        stderr: (t) => process.stderr.write(t),
        stopSignal: processSignals,
    });
}


/***/ })

};
