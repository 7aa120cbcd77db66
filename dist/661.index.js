export const id = 661;
export const ids = [661];
export const modules = {

/***/ 681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HK: () => (/* binding */ ACR_SUFFIXES),
/* harmony export */   lU: () => (/* binding */ cloudFor),
/* harmony export */   n0: () => (/* binding */ isAcrHost)
/* harmony export */ });
const CLOUDS = {
    AzureCloud: {
        name: 'AzureCloud',
        armEndpoint: 'https://management.azure.com',
        authorityHost: 'https://login.microsoftonline.com',
        armScope: 'https://management.azure.com/.default',
        acrSuffix: 'azurecr.io',
        acrScope: 'https://containerregistry.azure.net/.default'
    },
    AzureChinaCloud: {
        name: 'AzureChinaCloud',
        armEndpoint: 'https://management.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
        armScope: 'https://management.chinacloudapi.cn/.default',
        acrSuffix: 'azurecr.cn',
        acrScope: 'https://containerregistry.azure.cn/.default'
    },
    AzureUSGovernment: {
        name: 'AzureUSGovernment',
        armEndpoint: 'https://management.usgovcloudapi.net',
        authorityHost: 'https://login.microsoftonline.us',
        armScope: 'https://management.usgovcloudapi.net/.default',
        acrSuffix: 'azurecr.us',
        acrScope: 'https://containerregistry.azure.us/.default'
    }
};
const ACR_SUFFIXES = Object.values(CLOUDS).map((c) => c.acrSuffix);
function cloudFor(azure) {
    const base = CLOUDS[azure.environment];
    return {
        ...base,
        armEndpoint: azure.armEndpoint ?? base.armEndpoint,
        authorityHost: azure.authorityHost ?? base.authorityHost,
        custom: azure.armEndpoint !== undefined || azure.authorityHost !== undefined
    };
}
/** An Azure Container Registry login server of any known cloud (`<name>.azurecr.io`, …). */
function isAcrHost(registry) {
    const host = registry.replace(/:\d+$/, '').toLowerCase();
    return ACR_SUFFIXES.some((s) => host.endsWith(`.${s}`));
}


/***/ }),

/***/ 9261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DockerError),
/* harmony export */   Docker: () => (/* binding */ Docker),
/* harmony export */   JR: () => (/* binding */ hintFor),
/* harmony export */   vf: () => (/* binding */ isTransientDockerFailure)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4116);
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7895);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17);
/* harmony import */ var _report_mask_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9488);
/**
 * The docker CLI wrapper: argument arrays only, passwords on stdin, build-arg values through the
 * child's environment. All docker calls of the action go through `Docker.run`.
 */




class Docker {
    bin;
    configDir;
    /** @param configDir the DOCKER_CONFIG every call uses (the temporary one made by login). */
    constructor(bin = 'docker', configDir) {
        this.bin = bin;
        this.configDir = configDir;
    }
    async run(args, opts = {}) {
        if (!opts.quiet)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_report_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(`[command]${(0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__/* .displayCommand */ .k)(this.bin, args)}`));
        const env = { ...(this.configDir ? { DOCKER_CONFIG: this.configDir } : {}), ...opts.env };
        try {
            const sink = (line) => process.stdout.write((0,_report_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(line) + '\n');
            return await (0,_util_exec_js__WEBPACK_IMPORTED_MODULE_1__.execArgs)(this.bin, args, { input: opts.input, env, stream: opts.stream, sink });
        }
        catch (e) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.ActionError(`Cannot run docker: ${e.message}.`, 'Install the Docker CLI on the runner (GitHub-hosted Ubuntu runners have it).');
        }
    }
    /** Runs and throws on a non-zero exit with the command's own last words. */
    async ok(args, opts = {}) {
        const r = await this.run(args, opts);
        if (r.code !== 0)
            throw new DockerError(args, r);
        return r;
    }
    async hasBuildx() {
        const r = await this.run(['buildx', 'version'], { quiet: true });
        return r.code === 0;
    }
    /** The driver of the current buildx builder (`docker`, `docker-container`, …). */
    async buildxDriver() {
        const r = await this.run(['buildx', 'inspect'], { quiet: true });
        return r.code === 0 ? /^Driver:\s*(\S+)/m.exec(r.stdout)?.[1] : undefined;
    }
}
/** A docker command that exited non-zero; `detail` is the tail of what it printed. */
class DockerError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_2__.ActionError {
    result;
    detail;
    constructor(args, result, hint) {
        const detail = (0,_report_mask_js__WEBPACK_IMPORTED_MODULE_3__/* .redact */ .E)(tail(result.stderr.trim() || result.stdout.trim(), 12));
        super(`docker ${args[0]}${args[0] === 'buildx' ? ` ${args[1]}` : ''} failed (exit ${result.code}):\n${detail}`, hint ?? hintFor(detail));
        this.name = 'DockerError';
        this.result = result;
        this.detail = detail;
    }
}
function tail(text, lines) {
    return text.split(/\r?\n/).slice(-lines).join('\n');
}
/** Errors worth another attempt: the network or the registry failed, not the request. */
function isTransientDockerFailure(err) {
    if (!(err instanceof DockerError))
        return false;
    return /(connection reset|connection refused|broken pipe|EOF|i\/o timeout|TLS handshake timeout|timed out|timeout exceeded|server misbehaving|no such host|temporar(y|ily)|\b50[0234]\b|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout|toomanyrequests|too many requests|failed commit on ref)/i.test(err.detail);
}
function hintFor(detail) {
    if (/unauthorized|authentication required|\b401\b/i.test(detail)) {
        return 'The registry refused the credentials: check registry-username/registry-password, or for ACR that the identity has the AcrPush role on the registry and the right tenant.';
    }
    if (/denied|\b403\b|forbidden/i.test(detail)) {
        return 'The registry denied access: the identity can log in but may not push here (for ACR: assign AcrPush on the registry), or the repository is protected.';
    }
    if (/repository name must be lowercase/i.test(detail))
        return 'Use a lower-case repository input.';
    if (/toomanyrequests/i.test(detail))
        return 'Rate-limited by the registry (Docker Hub pulls?): log in to Docker Hub or mirror the base image into your ACR.';
    if (/Cannot connect to the Docker daemon|docker daemon is not running/i.test(detail))
        return 'No Docker engine is reachable: run on a runner with Docker, or set DOCKER_HOST.';
    if (/buildx component is missing|BuildKit is enabled but/i.test(detail))
        return 'Install buildx (docker/setup-buildx-action) to use build-secrets.';
    return undefined;
}


/***/ }),

/***/ 5404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iD: () => (/* binding */ login),
/* harmony export */   nS: () => (/* binding */ removeDockerConfig),
/* harmony export */   pX: () => (/* binding */ planLogin),
/* harmony export */   x0: () => (/* binding */ makeDockerConfig)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4116);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _docker_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9261);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4266);
/* harmony import */ var _report_mask_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9488);
/* harmony import */ var _azure_clouds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(681);
/**
 * Registry login into a temporary DOCKER_CONFIG that the post step deletes, so no credential
 * outlives the job in ~/.docker. The password reaches docker on stdin only.
 */







/**
 * `auto`: password when a username is given, entra for an ACR login server (any cloud), else none.
 * entra and admin need an ACR host — or a custom arm-endpoint, since custom clouds have their own
 * registry suffix (checked with the inputs, in config/).
 */
function planLogin(config) {
    const { registryAuth: auth, image } = config;
    switch (auth.mode) {
        case 'none':
            return { kind: 'none', reason: 'registry-auth: none' };
        case 'password':
            return { kind: 'password' };
        case 'entra':
            return { kind: 'entra', reason: 'registry-auth: entra' };
        case 'admin':
            return { kind: 'admin' };
        case 'auto':
            if (auth.username && auth.password)
                return { kind: 'password' };
            if ((0,_azure_clouds_js__WEBPACK_IMPORTED_MODULE_5__/* .isAcrHost */ .n0)(image.registry))
                return { kind: 'entra', reason: `auto: ${image.registry} is an Azure Container Registry` };
            return { kind: 'none', reason: 'no registry credentials were given (registry-auth: auto)' };
    }
}
/**
 * Makes a fresh DOCKER_CONFIG (mode 0700). The builder set up by docker/setup-buildx-action, CLI
 * plugins and docker contexts live in the original config dir: they are linked in, and the current
 * context is carried over, so buildx keeps working; credentials are not copied.
 */
function makeDockerConfig(tmpRoot, originalDir) {
    const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(tmpRoot, 'docker-config-'));
    const config = { auths: {} };
    if (originalDir && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(originalDir)) {
        for (const sub of ['cli-plugins', 'buildx', 'contexts']) {
            const src = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(originalDir, sub);
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(src))
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.symlinkSync)(src, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, sub));
        }
        try {
            const original = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(originalDir, 'config.json'), 'utf8'));
            for (const key of ['currentContext', 'proxies', 'features'])
                if (original[key] !== undefined)
                    config[key] = original[key];
        }
        catch {
            // no readable config.json: nothing to carry over
        }
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'config.json'), JSON.stringify(config, null, 2), { mode: 0o600 });
    return dir;
}
function removeDockerConfig(dir) {
    // Links are removed, never followed: the original config dir stays untouched.
    if (dir && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir) && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.lstatSync)(dir).isDirectory())
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(dir, { recursive: true, force: true });
}
async function login(docker, registry, cred) {
    (0,_report_mask_js__WEBPACK_IMPORTED_MODULE_4__/* .secret */ .r)(cred.password);
    const args = ['login', '--username', cred.username, '--password-stdin', registry];
    await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_6__.retry)(async () => {
        const r = await docker.run(args, { input: cred.password });
        if (r.code !== 0) {
            const text = `${r.stderr}\n${r.stdout}`;
            const refused = /unauthorized|incorrect username or password|authentication required|\b401\b|denied|\b403\b/i.test(text);
            throw new _docker_js__WEBPACK_IMPORTED_MODULE_3__/* .DockerError */ .Bi(args, r, refused ? loginHint(cred) : (0,_docker_js__WEBPACK_IMPORTED_MODULE_3__/* .hintFor */ .JR)(text) ?? `The registry ${registry} did not answer the login: check the registry input and that this runner can reach it.`);
        }
    }, {
        attempts: 4,
        baseDelayMs: 1000,
        maxDelayMs: 8000,
        retryable: _docker_js__WEBPACK_IMPORTED_MODULE_3__/* .isTransientDockerFailure */ .vf,
        onRetry: (e, n, ms) => _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`docker login to ${registry} failed (attempt ${n}), retrying in ${ms} ms: ${e.detail.split('\n').pop()}`)
    });
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Logged in to ${registry} as ${cred.username} (${cred.source}).`);
}
function loginHint(cred) {
    switch (cred.source) {
        case 'password':
            return 'Check registry-username and registry-password (for ACR with a service principal: the client id and secret, and the AcrPush role).';
        case 'entra':
            return 'The registry refused the Entra refresh token: the identity needs AcrPush on the registry, in the registry\'s tenant.';
        case 'admin':
            return 'The admin credentials were refused: the admin user may have been disabled or its password regenerated.';
    }
}


/***/ }),

/***/ 6661:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   post: () => (/* binding */ post)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4116);
/* harmony import */ var _image_login_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5404);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2462);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_3__);
/** The post step: remove the temporary docker config (and with it the registry credentials). */




async function post() {
    for (const dir of _state_js__WEBPACK_IMPORTED_MODULE_2__/* .state */ .w.cleanup()) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_3__.rmSync)(dir, { recursive: true, force: true });
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Removed ${dir}.`);
        }
        catch (e) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not remove ${dir}: ${e.message}`);
        }
    }
    const dir = _state_js__WEBPACK_IMPORTED_MODULE_2__/* .state */ .w.dockerConfig();
    if (dir) {
        try {
            (0,_image_login_js__WEBPACK_IMPORTED_MODULE_1__/* .removeDockerConfig */ .nS)(dir);
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.info('Removed the temporary docker config and its registry credentials.');
        }
        catch (e) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__.warning(`Could not remove the temporary docker config ${dir}: ${e.message}`);
        }
    }
}


/***/ }),

/***/ 7895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   execArgs: () => (/* binding */ execArgs),
/* harmony export */   k: () => (/* binding */ displayCommand)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Runs a program with an argument array. Never through a shell: `spawn(file, args)` with
 * `shell: false`, so branch names, PR titles and tags are just bytes in argv.
 * Secrets travel on stdin or in the child's environment, never in argv.
 */

async function execArgs(file, args, opts = {}) {
    const env = { ...process.env };
    for (const [k, v] of Object.entries(opts.env ?? {})) {
        if (v === undefined)
            delete env[k];
        else
            env[k] = v;
    }
    const sink = opts.sink ?? ((line) => process.stdout.write(line + '\n'));
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(file, [...args], { cwd: opts.cwd, env, shell: false, stdio: ['pipe', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        const pending = { stdout: '', stderr: '' };
        const forward = (key, chunk) => {
            if (!opts.stream)
                return;
            const text = pending[key] + chunk.toString('utf8');
            const lines = text.split(/\r?\n/);
            pending[key] = lines.pop() ?? '';
            for (const l of lines)
                sink(l);
        };
        child.stdout.on('data', (c) => {
            out.push(c);
            forward('stdout', c);
        });
        child.stderr.on('data', (c) => {
            err.push(c);
            forward('stderr', c);
        });
        let timer;
        if (opts.timeoutMs)
            timer = setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs);
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            reject(e.code === 'ENOENT' ? new Error(`${file} was not found on PATH`) : e);
        });
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (opts.stream)
                for (const key of ['stdout', 'stderr'])
                    if (pending[key])
                        sink(pending[key]);
            resolve({ code: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
        });
        child.stdin.on('error', () => undefined); // the child may exit before reading stdin
        child.stdin.end(opts.input ?? '');
    });
}
/** How a command line is shown in the log: each argument quoted only when it needs it. Display only. */
function displayCommand(file, args) {
    return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retry: () => (/* binding */ retry),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function retry(fn, o) {
    const wait = o.sleep ?? sleep;
    const rand = o.random ?? Math.random;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (err) {
            if (attempt >= o.attempts || !o.retryable(err))
                throw err;
            const asked = o.delayFor?.(err);
            const backoff = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** (attempt - 1));
            const delay = Math.min(o.maxDelayMs, asked ?? Math.round(backoff * (0.5 + rand() / 2)));
            o.onRetry?.(err, attempt, delay);
            await wait(delay);
        }
    }
}


/***/ })

};
