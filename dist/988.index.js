export const id = 988;
export const ids = [988];
export const modules = {

/***/ 51201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IL: () => (/* binding */ armClientOptions),
/* harmony export */   JS: () => (/* binding */ armCall),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   describeAzureError: () => (/* binding */ describeAzureError),
/* harmony export */   uf: () => (/* binding */ AzureCallError)
/* harmony export */ });
/* unused harmony exports ARM_REQUEST_TIMEOUT_MS, azureErrorBody */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/**
 * Error bodies by request id. The SDK parses App Service's PascalCase bodies away (its error says
 * only "Unexpected status code"), and per-call `onResponse` never sees LRO polls: a per-call
 * pipeline policy keeps every 4xx/5xx body so the error shown has Azure's Code and Message.
 */
const errorBodies = new Map();
const captureErrorBodies = {
    name: 'captureErrorBodies',
    async sendRequest(req, next) {
        const res = await next(req);
        if (res.status >= 400) {
            if (errorBodies.size > 200)
                errorBodies.clear();
            errorBodies.set(req.requestId, { status: res.status, body: res.bodyAsText ?? undefined });
        }
        return res;
    }
};
/** Every ARM request is bounded: an endpoint that accepts the connection and never answers fails the call instead of hanging the step. */
const ARM_REQUEST_TIMEOUT_MS = 60_000;
const boundEveryRequest = {
    name: 'boundEveryRequest',
    async sendRequest(req, next) {
        if (!req.timeout)
            req.timeout = ARM_REQUEST_TIMEOUT_MS;
        return next(req);
    }
};
function armClientOptions(cloud) {
    return {
        endpoint: cloud.armEndpoint,
        credentials: { scopes: [cloud.armScope] },
        // The SDK retries 5xx, 429 with Retry-After and connection resets itself; armCall adds 409 and 429 without Retry-After.
        retryOptions: { maxRetries: 4, retryDelayInMs: 1000, maxRetryDelayInMs: 15_000 },
        userAgentOptions: { userAgentPrefix: 'azure-functions-container-deploy' },
        additionalPolicies: [
            { policy: captureErrorBodies, position: 'perCall' },
            { policy: boundEveryRequest, position: 'perRetry' }
        ]
    };
}
/** Azure's Code and Message from an error body: ARM's `{error:{code,message}}` or App Service's `{Code,Message}`. */
function azureErrorBody(text) {
    if (!text)
        return {};
    try {
        const body = JSON.parse(text);
        const inner = (body.error ?? body.Error);
        if (inner && typeof inner === 'object')
            return { code: str(inner.code ?? inner.Code), message: str(inner.message ?? inner.Message) };
        return { code: str(body.Code ?? body.code), message: str(body.Message ?? body.message) };
    }
    catch {
        return { message: text.slice(0, 300) };
    }
}
const str = (v) => (typeof v === 'string' ? v : undefined);
function statusOf(err) {
    const e = err;
    return e?.statusCode ?? e?.response?.status ?? (e?.request?.requestId ? errorBodies.get(e.request.requestId)?.status : undefined);
}
function bodyOf(e) {
    return e?.response?.bodyAsText ?? (e?.request?.requestId ? errorBodies.get(e.request.requestId)?.body : undefined) ?? undefined;
}
/** A failed ARM call: the message to show, plus Azure's status, Code and Message for decisions (never parse the text). */
class AzureCallError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError {
    status;
    azureCode;
    azureMessage;
    constructor(message, hint, status, azureCode, azureMessage, cause) {
        super(message, hint, { cause });
        this.status = status;
        this.azureCode = azureCode;
        this.azureMessage = azureMessage;
        this.name = 'AzureCallError';
    }
}
/** The error to show for a failed ARM call: operation, status, Code and Message, and a hint where one is known. */
function describeAzureError(err, operation, hint) {
    if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError)
        return err;
    const e = err;
    const status = statusOf(err);
    const body = azureErrorBody(bodyOf(e));
    const code = body.code ?? e?.code;
    const message = body.message ?? e?.message ?? String(err);
    const where = status ? `${operation} failed with HTTP ${status}` : `${operation} failed`;
    const entra = /AADSTS\d+/.test(message)
        ? 'Entra ID refused the token: check client-id, tenant-id and the federated credential (subject) or secret of the identity.'
        : undefined;
    const timedOut = /timeout|aborted/i.test(e?.name ?? '') || /request timed out|operation was aborted/i.test(message);
    const text = timedOut
        ? `${operation} got no answer within ${ARM_REQUEST_TIMEOUT_MS / 1000} s (${message})`
        : `${where}: ${code ? `${code}: ` : ''}${message}`;
    return new AzureCallError(text, hint ?? entra ?? hintForStatus(status, code), status, code, body.message ?? e?.message, err);
}
function hintForStatus(status, code) {
    if (status === 401)
        return 'The token was refused: check tenant-id and the credential.';
    if (status === 403 || code === 'AuthorizationFailed')
        return 'The identity lacks a role here: grant it Website Contributor (function app) or the role named in the message, on the resource or its resource group.';
    if (status === 404)
        return 'Check the resource names, resource-group and subscription-id.';
    return undefined;
}
/**
 * One ARM operation with the action's retry layer on top of the SDK's (which already retries 5xx,
 * 429 with Retry-After and connection resets): 409 "operation in progress" and 429 without
 * Retry-After are retried with bounded backoff; everything else fails at once with Azure's Code and
 * Message.
 */
async function armCall(operation, fn, o = {}) {
    const { retry } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 4266));
    return retry(fn, {
        attempts: o.attempts ?? 6,
        baseDelayMs: o.baseDelayMs ?? 2000,
        maxDelayMs: 20_000,
        retryable: (err) => {
            const status = statusOf(err);
            if (status === 409)
                return /in progress|another operation|conflict/i.test(describeAzureError(err, operation).message);
            if (status === 429)
                return true;
            return false;
        },
        onRetry: async (err, n, ms) => {
            const core = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 46058));
            core.warning(`${describeAzureError(err, operation).message} — retrying in ${Math.round(ms / 1000)} s (attempt ${n}).`);
        }
    }).catch((err) => {
        const status = statusOf(err);
        const body = azureErrorBody(bodyOf(err));
        throw describeAzureError(err, operation, o.hint?.(status, body.code ?? err?.code, body.message));
    });
}


/***/ }),

/***/ 19261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ DockerError),
/* harmony export */   Docker: () => (/* binding */ Docker),
/* harmony export */   JR: () => (/* binding */ hintFor),
/* harmony export */   vf: () => (/* binding */ isTransientDockerFailure)
/* harmony export */ });
/* harmony import */ var _util_exec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37895);
/**
 * The docker CLI on the shared `Cli` wrapper (util/exec): argument arrays only, passwords on
 * stdin, build-arg values through the child's environment. All docker calls go through `Docker.run`.
 */

class Docker {
    bin;
    configDir;
    cli;
    /** @param configDir the DOCKER_CONFIG every call uses (the temporary one made by login). */
    constructor(bin = 'docker', configDir) {
        this.bin = bin;
        this.configDir = configDir;
        this.cli = new _util_exec_js__WEBPACK_IMPORTED_MODULE_0__.Cli(bin, {
            name: 'docker',
            installHint: 'Install the Docker CLI on the runner (GitHub-hosted Ubuntu runners have it).',
            fail: (args, result, hint) => new DockerError(args, result, hint),
            env: () => (this.configDir ? { DOCKER_CONFIG: this.configDir } : {})
        });
    }
    run(args, opts = {}) {
        return this.cli.run(args, opts);
    }
    /** Runs and throws a DockerError on a non-zero exit with the command's own last words. */
    ok(args, opts = {}) {
        return this.cli.ok(args, opts);
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
/** A docker command that exited non-zero; `detail` is the redacted tail of what it printed. */
class DockerError extends _util_exec_js__WEBPACK_IMPORTED_MODULE_0__.CliError {
    constructor(args, result, hint) {
        super(`docker ${describe(args)}`, result, hint ?? hintFor((0,_util_exec_js__WEBPACK_IMPORTED_MODULE_0__/* .outputTail */ .ci)(result, 12)));
        this.name = 'DockerError';
    }
}
/** How a failed docker command is named: its subcommand (`push`, `buildx build`). */
function describe(args) {
    return args[0] === 'buildx' ? `buildx ${args[1]}` : args[0];
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

/***/ 14031:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   bp: () => (/* binding */ untrusted),
/* harmony export */   xs: () => (/* binding */ mdCode)
/* harmony export */ });
/**
 * Text from the event — branch, tag, release and pull-request fields, workflow_dispatch inputs,
 * repository description — is not trusted as text. The runner reads every stdout line that starts
 * with `::` (after blanks) as a workflow command, and `##[name]` anywhere in a line as a legacy one:
 * a branch `main\n::stop-commands::x` would switch off command processing, and with it the masking
 * of every later secret. `untrusted()` is the one function that makes such text safe to print in
 * the log or an annotation; `mdText()` and `mdCode()` build on it for the job summary and comments.
 */
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/**
 * Line breaks and every other control character become visible escapes (`\n`, `\u001b`), so the
 * text stays on its line; `##[` becomes `##\[` and a leading `::` becomes `\::`, so no part of it
 * can be read as a command wherever it stands in a line.
 */
function untrusted(value) {
    return (String(value)
        // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped here
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
        .replace(/##\[/g, '##\\[')
        .replace(/^(\s*):/, '$1\\:'));
}
/** Untrusted text as Markdown text in a table cell or a paragraph: no line break, table cell, link, HTML or emphasis it can start. */
function mdText(value) {
    return untrusted(value)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[|\\`*_[\]~]/g, (c) => `\\${c}`);
}
/** Untrusted text in `<code>` (HTML, so Markdown is not interpreted inside; `|` as an entity so a table cell holds). */
function mdCode(value) {
    const html = untrusted(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '&#124;');
    return `<code>${html}</code>`;
}


/***/ }),

/***/ 20988:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: describeIntent

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./src/config/parse.ts
/**
 * Parsers for the shapes of action inputs: booleans, enums, durations, integers, lists,
 * `KEY=VALUE` lines, settings objects. Each throws InputError naming the input, the value
 * (or `***` when the input is secret) and the accepted forms. Pure: no environment, no I/O.
 */


/** How a value appears in an error message. */
function shown(raw, value = raw.value) {
    return raw.secret ? '***' : JSON.stringify(value);
}
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** YAML 1.2 core booleans, as `core.getBooleanInput` accepts them. */
function parseBool(raw, fallback) {
    const v = raw.value.trim();
    if (v === '')
        return fallback;
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    throw new errors/* InputError */.d(raw.name, `${shown(raw)} is not a boolean.`, 'Accepted: true or false.');
}
/** One of a closed set, matched case-insensitively, returned in its canonical spelling. */
function parseEnum(raw, allowed) {
    const v = raw.value.trim();
    if (v === '')
        return undefined;
    const found = allowed.find((a) => a.toLowerCase() === v.toLowerCase());
    if (found === undefined) {
        throw new errors/* InputError */.d(raw.name, `${shown(raw)} is not accepted.`, `Accepted: ${allowed.join(', ')}.`);
    }
    return found;
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `10m`, `1h30m`, `500ms`, `7d`, or a bare number of seconds. Returns milliseconds. */
function parseDuration(raw, opts = {}) {
    const v = raw.value.trim();
    if (v === '')
        return undefined;
    let ms;
    if (/^\d+(\.\d+)?$/.test(v)) {
        ms = Math.round(Number(v) * 1000);
    }
    else if (/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(v)) {
        ms = 0;
        for (const part of v.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g))
            ms += Number(part[1]) * UNIT_MS[part[2]];
        ms = Math.round(ms);
    }
    const hint = 'Accepted: a number of seconds or a duration such as 90s, 10m, 1h30m, 7d.';
    if (ms === undefined)
        throw new errors/* InputError */.d(raw.name, `${shown(raw)} is not a duration.`, hint);
    if (opts.min !== undefined && ms < opts.min) {
        throw new errors/* InputError */.d(raw.name, `${shown(raw)} is shorter than ${opts.min / 1000}s.`, hint);
    }
    if (opts.max !== undefined && ms > opts.max) {
        throw new errors/* InputError */.d(raw.name, `${shown(raw)} is longer than ${opts.max / 1000}s.`, hint);
    }
    return ms;
}
/** A whole number within bounds. */
function parseInteger(raw, opts = {}) {
    const v = raw.value.trim();
    if (v === '')
        return undefined;
    const bounds = `a whole number${opts.min !== undefined ? ` ≥ ${opts.min}` : ''}${opts.max !== undefined ? ` ≤ ${opts.max}` : ''}`;
    if (!/^-?\d+$/.test(v))
        throw new errors/* InputError */.d(raw.name, `${shown(raw)} is not a whole number.`, `Accepted: ${bounds}.`);
    const n = Number(v);
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
        throw new errors/* InputError */.d(raw.name, `${shown(raw)} is out of range.`, `Accepted: ${bounds}.`);
    }
    return n;
}
/** A list: one item per line (and, unless `commas` is false, per comma); `#` comment lines and blanks dropped. */
function parseList(raw, opts = {}) {
    const items = [];
    for (const line of raw.value.split(/\r?\n/)) {
        const t = line.trim();
        if (t === '' || t.startsWith('#'))
            continue;
        for (const part of opts.commas === false ? [t] : t.split(',')) {
            const p = part.trim();
            if (p !== '')
                items.push(p);
        }
    }
    return items;
}
/**
 * `KEY=VALUE` lines. `#` lines and blanks are skipped; a value may be wrapped in single or double
 * quotes; a double-quoted value may span lines and understands \n, \t, \" and \\ escapes.
 * The split is on the first `=`, so values may contain `=`.
 */
function parseKeyValueLines(raw, keyPattern, keyForms) {
    const lines = raw.value.split(/\r?\n/);
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (line === '' || line.startsWith('#'))
            continue;
        const eq = line.indexOf('=');
        const lineNo = i + 1;
        if (eq <= 0) {
            // Never echo the line: it may hold a value.
            throw new errors/* InputError */.d(raw.name, `line ${lineNo} is not KEY=VALUE.`, `Accepted: one KEY=VALUE per line, where KEY is ${keyForms}; # starts a comment line.`);
        }
        const key = line.slice(0, eq).trim();
        if (!keyPattern.test(key)) {
            throw new errors/* InputError */.d(raw.name, `line ${lineNo}: ${JSON.stringify(key)} is not a valid name.`, `Accepted names: ${keyForms}.`);
        }
        let value = line.slice(eq + 1).trim();
        if (value.startsWith('"')) {
            let text = value.slice(1);
            while (!endsWithUnescapedQuote(text)) {
                i++;
                if (i >= lines.length) {
                    throw new errors/* InputError */.d(raw.name, `line ${lineNo}: the quoted value of ${key} is not closed.`, 'Close the value with a double quote.');
                }
                text += '\n' + lines[i];
            }
            value = unescapeDouble(text.replace(/\s*$/, '').slice(0, -1));
        }
        else if (value.startsWith("'") && value.endsWith("'") && value.length >= 2) {
            value = value.slice(1, -1);
        }
        out.push([key, value]);
    }
    return out;
}
function endsWithUnescapedQuote(text) {
    const t = text.replace(/\s*$/, '');
    if (!t.endsWith('"'))
        return false;
    let backslashes = 0;
    for (let j = t.length - 2; j >= 0 && t[j] === '\\'; j--)
        backslashes++;
    return backslashes % 2 === 0;
}
function unescapeDouble(s) {
    return s.replace(/\\(["\\nt])/g, (_m, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
}
/**
 * App settings as `KEY=VALUE` lines, a JSON object, a YAML mapping, or the JSON array the az CLI
 * prints (`[{"name","value","slotSetting"}]`). Scalar values are turned into strings; nested
 * objects are refused. Errors never quote a value.
 */
function parseSettings(raw, keyPattern, keyForms) {
    const text = raw.value.trim();
    if (text === '')
        return [];
    const forms = `KEY=VALUE lines, a JSON object, a YAML mapping, or [{"name","value","slotSetting"}]`;
    if (text.startsWith('{') ||
        text.startsWith('[') ||
        /^[A-Za-z_][\w.-]*\s*:\s/m.test(text.split(/\r?\n/).find((l) => l.trim() && !l.trim().startsWith('#')) ?? '')) {
        let doc;
        try {
            doc = text.startsWith('{') || text.startsWith('[') ? JSON.parse(text) : (0,js_yaml/* load */.Hh)(text);
        }
        catch {
            try {
                doc = (0,js_yaml/* load */.Hh)(text);
            }
            catch {
                throw new errors/* InputError */.d(raw.name, 'is neither valid JSON nor valid YAML.', `Accepted: ${forms}.`);
            }
        }
        const settings = [];
        const add = (name, value, sticky) => {
            if (typeof name !== 'string' || !keyPattern.test(name)) {
                throw new errors/* InputError */.d(raw.name, `${JSON.stringify(String(name))} is not a valid setting name.`, `Accepted names: ${keyForms}.`);
            }
            if (value !== null && typeof value === 'object') {
                throw new errors/* InputError */.d(raw.name, `the value of ${name} is an object or list.`, 'Values must be strings, numbers or booleans.');
            }
            settings.push({ name, value: value === null || value === undefined ? '' : String(value), ...(sticky === true ? { sticky: true } : {}) });
        };
        if (Array.isArray(doc)) {
            for (const item of doc) {
                if (!item || typeof item !== 'object' || !('name' in item)) {
                    throw new errors/* InputError */.d(raw.name, 'a list entry has no "name".', `Accepted: ${forms}.`);
                }
                const rec = item;
                add(rec.name, rec.value, rec.slotSetting);
            }
        }
        else if (doc && typeof doc === 'object') {
            for (const [k, v] of Object.entries(doc))
                add(k, v);
        }
        else {
            throw new errors/* InputError */.d(raw.name, 'is not a mapping of names to values.', `Accepted: ${forms}.`);
        }
        return dedupe(settings);
    }
    return dedupe(parseKeyValueLines(raw, keyPattern, keyForms).map(([name, value]) => ({ name, value })));
}
function dedupe(settings) {
    const byName = new Map();
    for (const s of settings) {
        byName.delete(s.name);
        byName.set(s.name, s);
    }
    return [...byName.values()];
}

;// CONCATENATED MODULE: ./src/config/inputs.ts
/**
 * Reading one input: its raw text, trimmed, matched against a pattern, as a GUID or an https URL.
 * Secret inputs are handed to `mask` the moment they are read, before anything can print them.
 */


const GUID_RE = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

/** Values too plain to be secrets; masking them would blank every `true` in the log. */
function maskable(value) {
    return value.length >= 3 && !['true', 'false', 'True', 'False', 'null'].includes(value);
}
function inputs(read, mask) {
    // maskAll: the whole value and each line (secret inputs); settings-like inputs are masked per value by maskSetting.
    const raw = (name, secret = false, maskAll = secret) => {
        const value = read(name) ?? '';
        if (maskAll && value !== '') {
            const parts = new Set([
                value,
                ...value
                    .split(/\r?\n/)
                    .map((l) => l.trim())
                    .filter(maskable)
            ]);
            for (const p of parts)
                mask(p);
        }
        return { name, value, ...(secret ? { secret: true } : {}) };
    };
    const str = (name, secret = false) => {
        const v = raw(name, secret).value.trim();
        return v === '' ? undefined : v;
    };
    const matching = (name, re, forms, secret = false) => {
        const r = raw(name, secret);
        const v = r.value.trim();
        if (v === '')
            return undefined;
        if (!re.test(v))
            throw new errors/* InputError */.d(name, `${shown(r, v)} is not valid.`, `Accepted: ${forms}.`);
        return v;
    };
    const guid = (name) => matching(name, GUID_RE, 'a GUID such as 00000000-0000-0000-0000-000000000000');
    const httpsUrl = (name) => {
        const v = str(name);
        if (v === undefined)
            return undefined;
        let u;
        try {
            u = new URL(v);
        }
        catch {
            u = undefined;
        }
        if (!u || u.protocol !== 'https:')
            throw new errors/* InputError */.d(name, `${JSON.stringify(v)} is not an https:// URL.`, 'Accepted: an https URL such as https://management.azure.com.');
        return v.replace(/\/+$/, '');
    };
    return { read, mask, raw, str, matching, guid, httpsUrl };
}

// EXTERNAL MODULE: ./src/util/patterns.ts
var patterns = __webpack_require__(38817);
;// CONCATENATED MODULE: ./src/config/reference.ts
/**
 * The grammar of image references (registry host, repository path, tag, digest), as the
 * distribution reference grammar defines them. Pure.
 */



const HOST_COMPONENT = '(?:[a-z0-9]|[a-z0-9][a-z0-9-]*[a-z0-9])';
const REGISTRY_RE = new RegExp(`^(?:${HOST_COMPONENT}(?:\\.${HOST_COMPONENT})*|\\[[0-9a-f:]+\\])(?::[0-9]{1,5})?$`);
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const REPOSITORY_RE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`);
const TAG_RE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
/** `registry/repo[:tag][@sha256:…]`; the registry part is required (a host with a dot or port, or localhost). */
function parseImageReference(text, input) {
    const forms = 'registry/repository:tag or registry/repository@sha256:<64 hex>, e.g. contoso.azurecr.io/app@sha256:…';
    let rest = text.trim();
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!patterns/* DIGEST_RE */.Vt.test(digest))
            throw new errors/* InputError */.d(input, `${JSON.stringify(text)} has an invalid digest.`, `Accepted: ${forms}.`);
    }
    const slash = rest.indexOf('/');
    const host = slash > 0 ? rest.slice(0, slash) : '';
    if (!host || !(host.includes('.') || host.includes(':') || host === 'localhost') || !REGISTRY_RE.test(host)) {
        throw new errors/* InputError */.d(input, `${JSON.stringify(text)} does not name its registry.`, `Accepted: ${forms}.`);
    }
    let path = rest.slice(slash + 1);
    let tag;
    const colon = path.lastIndexOf(':');
    if (colon >= 0) {
        tag = path.slice(colon + 1);
        path = path.slice(0, colon);
        if (!TAG_RE.test(tag))
            throw new errors/* InputError */.d(input, `${JSON.stringify(text)} has an invalid tag.`, `Accepted: ${forms}.`);
    }
    if (!REPOSITORY_RE.test(path))
        throw new errors/* InputError */.d(input, `${JSON.stringify(text)} has an invalid repository (lower-case only).`, `Accepted: ${forms}.`);
    if (!tag && !digest)
        throw new errors/* InputError */.d(input, `${JSON.stringify(text)} has neither a tag nor a digest.`, `Accepted: ${forms}.`);
    return { registry: host, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}
/** A repository name derived from free text (e.g. the GitHub repository name): lower-cased and fitted to the grammar. */
function toRepositoryName(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9._/-]+/g, '-')
        .split('/')
        .map((c) => c.replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '').replace(/[._-]{2,}/g, '-'))
        .filter(Boolean)
        .join('/');
}

// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(69488);
;// CONCATENATED MODULE: ./src/config/image.ts
/** The image inputs: registry, repository or prebuilt image, and how to build it. */





const BUILD_ARG_RE = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SECRET_ID_RE = /^[A-Za-z0-9_.-]+$/;
const LABEL_KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const PLATFORM_RE = /^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;
/** A Dockerfile stage name (`FROM … AS <name>`), as docker accepts it. */
const STAGE_RE = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const SECRET_NAME_HINT = /(PASSWORD|PASSWD|SECRET|TOKEN|APIKEY|API_KEY|PRIVATE_KEY|CONNECTION_?STRING)/i;
function readRegistry(i) {
    const registry = i.raw('registry').value.trim();
    if (registry === '')
        throw new errors/* InputError */.d('registry', 'is required.', 'Accepted: a registry login server such as contoso.azurecr.io or 127.0.0.1:5000.');
    if (/^[a-z]+:\/\//i.test(registry)) {
        throw new errors/* InputError */.d('registry', `${JSON.stringify(registry)} has a scheme.`, `Give the login server only, e.g. ${registry.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '')}.`);
    }
    if (!REGISTRY_RE.test(registry)) {
        throw new errors/* InputError */.d('registry', `${JSON.stringify(registry)} is not a registry host.`, 'Accepted: a lower-case host name with an optional :port and no path, e.g. contoso.azurecr.io.');
    }
    return registry;
}
function readRepository(i) {
    const repository = i.str('repository');
    if (repository !== undefined && !REPOSITORY_RE.test(repository)) {
        throw new errors/* InputError */.d('repository', `${JSON.stringify(repository)} is not a valid repository.`, 'Accepted: lower-case path components of letters and digits separated by . _ __ or -, joined by /, e.g. team/my-func.');
    }
    return repository;
}
/** Build args and build secrets: values masked; names the docker CLI reads itself refused. */
function readBuildValues(i, warnings) {
    const buildArgs = parseKeyValueLines(i.raw('build-args', true, false), BUILD_ARG_RE, 'letters, digits and _, not starting with a digit');
    for (const [k] of buildArgs) {
        // Values reach docker through its environment (`--build-arg NAME`), so names the CLI itself reads are refused.
        if (/^(DOCKER_|BUILDX_|BUILDKIT_)/.test(k) || ['PATH', 'HOME'].includes(k)) {
            throw new errors/* InputError */.d('build-args', `${JSON.stringify(k)} is reserved for the docker CLI.`, 'Rename the build argument (names starting with DOCKER_, BUILDX_, BUILDKIT_ and PATH, HOME are reserved).');
        }
        if (SECRET_NAME_HINT.test(k))
            warnings.push(`build-arg ${k} looks like a secret: build args stay in the image history; pass it through build-secrets instead.`);
    }
    const buildSecrets = parseKeyValueLines(i.raw('build-secrets', true), SECRET_ID_RE, 'letters, digits, _ . and -');
    for (const [k, v] of buildArgs)
        (0,mask/* maskSetting */.P2)(k, v, i.mask);
    for (const [, v] of buildSecrets)
        if (maskable(v))
            i.mask(v);
    return { buildArgs, buildSecrets };
}
function readPlatforms(i) {
    const platforms = parseList(i.raw('platforms'));
    for (const p of platforms) {
        if (!PLATFORM_RE.test(p))
            throw new errors/* InputError */.d('platforms', `${JSON.stringify(p)} is not a platform.`, 'Accepted: os/arch[/variant], e.g. linux/amd64, linux/arm64.');
    }
    return platforms.length ? platforms : ['linux/amd64'];
}
function readTags(i) {
    const extraTags = parseList(i.raw('tags'));
    for (const t of extraTags) {
        if (!TAG_RE.test(t))
            throw new errors/* InputError */.d('tags', `${JSON.stringify(t)} is not a valid tag.`, 'Accepted: up to 128 of A-Z a-z 0-9 _ . -, not starting with . or -.');
    }
    return extraTags;
}
function readImage(i, warnings) {
    const registry = readRegistry(i);
    const repository = readRepository(i);
    const imageText = i.str('image');
    const prebuilt = imageText === undefined ? undefined : parseImageReference(imageText, 'image');
    const context = i.str('context') ?? '.';
    const dockerfile = i.str('dockerfile');
    const buildTarget = i.matching('build-target', STAGE_RE, 'the name of a Dockerfile stage (FROM … AS <name>): a letter, then letters, digits, _ . and -');
    const { buildArgs, buildSecrets } = readBuildValues(i, warnings);
    const platforms = readPlatforms(i);
    const network = i.matching('network', /^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'default, host, none, or a docker network name');
    const extraTags = readTags(i);
    const labels = parseKeyValueLines(i.raw('labels'), LABEL_KEY_RE, 'letters, digits, . _ / and -, starting with a letter or digit');
    if (prebuilt && (buildArgs.length || buildSecrets.length))
        warnings.push('build-args and build-secrets are ignored: image is set, so nothing is built.');
    if (prebuilt && buildTarget)
        warnings.push('build-target is ignored: image is set, so nothing is built.');
    return {
        registry,
        repository,
        prebuilt,
        context,
        dockerfile,
        buildTarget,
        buildArgs,
        buildSecrets,
        platforms,
        network: network === 'default' ? undefined : network,
        extraTags,
        labels,
        cache: parseBool(i.raw('cache'), true),
        provenance: parseBool(i.raw('provenance'), false)
    };
}

;// CONCATENATED MODULE: ./src/azure/clouds.ts
/**
 * Endpoints of the Azure clouds the action knows: Resource Manager, Entra authority, the scope
 * (audience) of ARM tokens, the ACR login-server suffix and ACR's token audience. `arm-endpoint`
 * and `authority-host` override the endpoints (custom clouds, and the loopback emulators in tests);
 * the audiences stay the cloud's, because that is what the service checks. Pure.
 */
/** The clouds the action knows (input `azure-environment`). */
const AZURE_ENVIRONMENTS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'];
const CLOUDS = {
    AzureCloud: {
        name: 'AzureCloud',
        armEndpoint: 'https://management.azure.com',
        authorityHost: 'https://login.microsoftonline.com',
        armScope: 'https://management.azure.com/.default',
        acrSuffix: 'azurecr.io',
        acrScope: 'https://containerregistry.azure.net/.default',
        federationAudience: 'api://AzureADTokenExchange'
    },
    AzureChinaCloud: {
        name: 'AzureChinaCloud',
        armEndpoint: 'https://management.chinacloudapi.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
        armScope: 'https://management.chinacloudapi.cn/.default',
        acrSuffix: 'azurecr.cn',
        acrScope: 'https://containerregistry.azure.cn/.default',
        federationAudience: 'api://AzureADTokenExchangeChina'
    },
    AzureUSGovernment: {
        name: 'AzureUSGovernment',
        armEndpoint: 'https://management.usgovcloudapi.net',
        authorityHost: 'https://login.microsoftonline.us',
        armScope: 'https://management.usgovcloudapi.net/.default',
        acrSuffix: 'azurecr.us',
        acrScope: 'https://containerregistry.azure.us/.default',
        federationAudience: 'api://AzureADTokenExchangeUSGov'
    }
};
const ACR_SUFFIXES = Object.values(CLOUDS).map((c) => c.acrSuffix);
function cloudFor(azure) {
    const base = CLOUDS[azure.environment];
    return {
        ...base,
        armEndpoint: azure.armEndpoint ?? base.armEndpoint,
        authorityHost: azure.authorityHost ?? base.authorityHost,
        federationAudience: azure.audience ?? base.federationAudience,
        custom: azure.armEndpoint !== undefined || azure.authorityHost !== undefined
    };
}
/** An Azure Container Registry login server of any known cloud (`<name>.azurecr.io`, …). */
function isAcrHost(registry) {
    const host = registry.replace(/:\d+$/, '').toLowerCase();
    return ACR_SUFFIXES.some((s) => host.endsWith(`.${s}`));
}

;// CONCATENATED MODULE: ./src/config/azure.ts
/** The Azure inputs (the identity and its cloud) and the registry login inputs. */





const DOMAIN_RE = /^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
function readTenant(i) {
    const tenantId = i.raw('tenant-id').value.trim() || undefined;
    if (tenantId !== undefined && !GUID_RE.test(tenantId) && !DOMAIN_RE.test(tenantId)) {
        throw new errors/* InputError */.d('tenant-id', `${JSON.stringify(tenantId)} is not a tenant.`, 'Accepted: the tenant GUID or its domain, e.g. contoso.onmicrosoft.com.');
    }
    return tenantId;
}
/** `pushOrDeploy`: false for a fork's pull request, whose secrets arrive empty. */
function readAzure(i, warnings, pushOrDeploy) {
    const auth = parseEnum(i.raw('auth'), AUTH_MODES) ?? 'auto';
    const clientId = i.guid('client-id');
    const tenantId = readTenant(i);
    const subscriptionId = i.guid('subscription-id');
    const clientSecret = i.str('client-secret', true);
    const environment = parseEnum(i.raw('azure-environment'), AZURE_ENVIRONMENTS) ?? 'AzureCloud';
    const armEndpoint = i.httpsUrl('arm-endpoint');
    const authorityHost = i.httpsUrl('authority-host');
    const audience = i.matching('audience', /^[^\s,;'"`]{1,200}$/, 'an audience of a federated credential, e.g. api://AzureADTokenExchange (no spaces, commas, semicolons or quotes)');
    if (auth === 'oidc' && (!clientId || !tenantId)) {
        throw new errors/* InputError */.d('auth', "'oidc' needs client-id and tenant-id.", 'Set client-id and tenant-id to the Entra application that trusts this repository (federated credential).');
    }
    if (pushOrDeploy && auth === 'secret' && (!clientId || !tenantId || !clientSecret)) {
        throw new errors/* InputError */.d('auth', "'secret' needs client-id, tenant-id and client-secret.", 'Set all three, or use auth: oidc to avoid a stored secret.');
    }
    if (clientSecret && auth === 'oidc')
        warnings.push('client-secret is ignored with auth: oidc.');
    return { auth, clientId, tenantId, subscriptionId, clientSecret, environment, armEndpoint, authorityHost, audience };
}
function readRegistryAuth(i, registry, azure, pushOrDeploy) {
    const mode = parseEnum(i.raw('registry-auth'), REGISTRY_AUTH_MODES) ?? 'auto';
    const username = i.str('registry-username');
    const password = i.str('registry-password', true);
    if (pushOrDeploy && mode === 'password' && (!username || !password)) {
        throw new errors/* InputError */.d('registry-auth', "'password' needs registry-username and registry-password.", 'Set both, or choose registry-auth: entra for ACR without a stored secret.');
    }
    if ((mode === 'entra' || mode === 'admin') && !isAcrHost(registry) && azure.armEndpoint === undefined) {
        throw new errors/* InputError */.d('registry-auth', `'${mode}' works with Azure Container Registry, but ${JSON.stringify(registry)} is not an ACR login server (${ACR_SUFFIXES.map((s) => '*.' + s).join(', ')}).`, 'Use registry-auth: password with registry-username/registry-password for other registries (with a custom arm-endpoint any host is accepted).');
    }
    if (mode === 'admin' && !azure.subscriptionId) {
        throw new errors/* InputError */.d('subscription-id', "is required with registry-auth: 'admin' (the registry is looked up in it).", 'Set subscription-id to the subscription of the registry.');
    }
    if (mode === 'auto' && (username === undefined) !== (password === undefined)) {
        const missing = username === undefined ? 'registry-username' : 'registry-password';
        throw new errors/* InputError */.d(missing, 'is required when the other registry credential is set.', 'Set both registry-username and registry-password, or neither.');
    }
    return { mode, username, password };
}

;// CONCATENATED MODULE: ./src/config/functionapp.ts
/** The inputs of target functionapp: the app, its slot, its settings, how it pulls, swap and health path. */




/** App setting names: letters, digits, `_` and `.`; `:` is not allowed on Linux (use `__`). */
const SETTING_NAME_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
const SETTING_FORMS = 'letters, digits, _ . and -, not starting with a digit (on Linux use __ instead of :)';
const APP_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,58}[A-Za-z0-9]$/;
const RESOURCE_GROUP_RE = /^[-\w.()]{0,89}[-\w()]$/;
const SLOT_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,58}$/;
function nameList(i, name) {
    const items = parseList(i.raw(name));
    for (const n of items)
        if (!SETTING_NAME_RE.test(n))
            throw new errors/* InputError */.d(name, `${JSON.stringify(n)} is not a setting name.`, `Accepted names: ${SETTING_FORMS}.`);
    return items;
}
function readHealthPath(i) {
    const healthPath = i.str('health-path');
    if (healthPath !== undefined && (!healthPath.startsWith('/') || /\s/.test(healthPath))) {
        throw new errors/* InputError */.d('health-path', `${JSON.stringify(healthPath)} is not a path.`, 'Accepted: a URL path starting with /, e.g. /api/health.');
    }
    return healthPath;
}
function readFunctionApp(i) {
    const appName = i.matching('app-name', APP_NAME_RE, '2 to 60 letters, digits and hyphens, not starting or ending with a hyphen');
    const resourceGroup = i.matching('resource-group', RESOURCE_GROUP_RE, 'up to 90 letters, digits, _ - . ( ), not ending with a period');
    const slot = i.matching('slot', SLOT_RE, 'letters, digits and hyphens, starting with a letter or digit, up to 59 characters');
    const appSettings = parseSettings(i.raw('app-settings', true, false), SETTING_NAME_RE, SETTING_FORMS);
    for (const s of appSettings)
        (0,mask/* maskSetting */.P2)(s.name, s.value, i.mask);
    const removeAppSettings = nameList(i, 'remove-app-settings');
    const slotSettings = [...nameList(i, 'slot-settings'), ...appSettings.filter((s) => s.sticky).map((s) => s.name)];
    const both = removeAppSettings.filter((n) => appSettings.some((s) => s.name === n));
    if (both.length)
        throw new errors/* InputError */.d('remove-app-settings', `names ${both.join(', ')} that app-settings sets.`, 'A setting is either set or removed; drop it from one of the two inputs.');
    const registryPull = parseEnum(i.raw('registry-pull'), REGISTRY_PULL_MODES) ?? 'auto';
    const pullIdentityClientId = i.guid('pull-identity-client-id');
    const swap = parseBool(i.raw('swap'), false);
    const healthPath = readHealthPath(i);
    const previewEvictClosed = parseBool(i.raw('preview-evict-closed'), false);
    if (registryPull === 'credentials' && pullIdentityClientId) {
        throw new errors/* InputError */.d('pull-identity-client-id', "is set but registry-pull is 'credentials'.", 'Use registry-pull: managed-identity (or auto) with a pull identity.');
    }
    return {
        appName,
        resourceGroup,
        slot,
        appSettings,
        removeAppSettings,
        slotSettings: [...new Set(slotSettings)],
        registryPull,
        pullIdentityClientId,
        swap,
        healthPath,
        previewEvictClosed
    };
}

;// CONCATENATED MODULE: ./src/config/aks.ts
/** The inputs of target aks: the cluster, the instance's name and namespace, KEDA scaling, the Service, the manifests. */





const CLUSTER_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,61}[A-Za-z0-9]$/;
/** `<name>-pr-<N>` and `<name>-http` must stay valid names. */
const NAME_MAX = 40;
function readCluster(i) {
    const clusterName = i.matching('cluster-name', CLUSTER_RE, '1 to 63 letters, digits, _ and -');
    const clusterResourceGroup = i.matching('cluster-resource-group', RESOURCE_GROUP_RE, 'a resource group name');
    if ((clusterName === undefined) !== (clusterResourceGroup === undefined)) {
        throw new errors/* InputError */.d(clusterName ? 'cluster-resource-group' : 'cluster-name', 'is required when the other one is set.', 'Set cluster-name and cluster-resource-group together, or neither to use KUBECONFIG.');
    }
    return { clusterName, clusterResourceGroup };
}
function readPlacement(i) {
    const namespace = i.matching('namespace', patterns/* DNS1123_LABEL_RE */.iK, 'a DNS-1123 label: lower-case letters, digits and -, up to 63 characters');
    if (namespace && namespace.length > patterns/* DNS1123_LABEL_MAX */.te)
        throw new errors/* InputError */.d('namespace', `${JSON.stringify(namespace)} is longer than 63 characters.`, 'Accepted: a DNS-1123 label of at most 63 characters.');
    const name = i.matching('name', patterns/* DNS1123_LABEL_RE */.iK, 'a DNS-1123 label: lower-case letters, digits and -');
    if (name && name.length > NAME_MAX)
        throw new errors/* InputError */.d('name', `${JSON.stringify(name)} is longer than 40 characters.`, 'Accepted: at most 40 characters, so that <name>-pr-<N> and <name>-http stay valid names.');
    return { namespace, name };
}
function readScaling(i) {
    const timerScaling = parseEnum(i.raw('timer-scaling'), TIMER_SCALING_MODES) ?? 'error';
    const timerWindowMs = parseDuration(i.raw('timer-window'), { min: 60_000, max: 24 * 3600 * 1000 }) ?? 15 * 60_000;
    const unscaledReplicas = parseInteger(i.raw('unscaled-replicas'), { min: 1, max: 100 });
    const minReplicas = parseInteger(i.raw('min-replicas'), { min: 0, max: 1000 });
    const maxReplicas = parseInteger(i.raw('max-replicas'), { min: 1, max: 1000 });
    if (minReplicas !== undefined && maxReplicas !== undefined && minReplicas > maxReplicas) {
        throw new errors/* InputError */.d('min-replicas', `${minReplicas} is above max-replicas ${maxReplicas}.`, 'Accepted: min-replicas ≤ max-replicas.');
    }
    const seconds = (name, min) => {
        const ms = parseDuration(i.raw(name), { min: min * 1000, max: 24 * 3600 * 1000 });
        return ms === undefined ? undefined : Math.round(ms / 1000);
    };
    const pollingIntervalSeconds = seconds('polling-interval', 1);
    const cooldownPeriodSeconds = seconds('cooldown-period', 0);
    return {
        timerScaling,
        timerWindowMinutes: Math.round(timerWindowMs / 60_000),
        unscaledReplicas,
        minReplicas,
        maxReplicas,
        pollingIntervalSeconds,
        cooldownPeriodSeconds
    };
}
function readAks(i) {
    const cluster = readCluster(i);
    const placement = readPlacement(i);
    const functionsPath = i.str('functions-path');
    const kedaAuth = parseEnum(i.raw('keda-auth'), KEDA_AUTH_MODES) ?? 'connection-string';
    const workloadIdentityClientId = i.guid('workload-identity-client-id');
    if (kedaAuth === 'workload-identity' && !workloadIdentityClientId) {
        throw new errors/* InputError */.d('workload-identity-client-id', "is required with keda-auth: 'workload-identity'.", 'Set it to the client id of the user-assigned identity federated with the cluster.');
    }
    const scaling = readScaling(i);
    const serviceType = parseEnum(i.raw('service-type'), SERVICE_TYPES) ?? 'LoadBalancer';
    const httpScale = parseEnum(i.raw('http-scale'), HTTP_SCALE_MODES) ?? 'none';
    if (httpScale === 'keda-http' && serviceType === 'none') {
        throw new errors/* InputError */.d('http-scale', "'keda-http' routes through a Service, but service-type is 'none'.", 'Use service-type: ClusterIP with keda-http.');
    }
    const virtualNodes = parseBool(i.raw('virtual-nodes'), false);
    const manifestsDir = i.str('manifests-dir');
    const prune = parseBool(i.raw('prune'), true);
    return { ...cluster, ...placement, functionsPath, kedaAuth, workloadIdentityClientId, ...scaling, serviceType, httpScale, virtualNodes, manifestsDir, prune };
}

;// CONCATENATED MODULE: ./src/config/containerapp.ts
/**
 * The inputs only target containerapp reads. The app, its resource group, its settings, how it
 * pulls and the health path are functionapp's inputs (config/functionapp.ts), read once for both.
 */


/**
 * `traffic-steps`: the percentages of production traffic the released revision receives, one
 * step after another, each verified before the next: strictly increasing integers from 1 to 100
 * that end at 100. Default: `100` (one move).
 */
function readContainerApp(i) {
    const raw = i.raw('traffic-steps');
    const items = parseList(raw, { commas: true });
    if (!items.length)
        return { trafficSteps: [100] };
    const accepted = 'Accepted: increasing whole percentages ending at 100, e.g. `10,50,100` (default `100`).';
    const steps = items.map((s) => {
        const n = /^\d{1,3}%?$/.test(s) ? Number(s.replace('%', '')) : NaN;
        if (!Number.isInteger(n) || n < 1 || n > 100)
            throw new errors/* InputError */.d('traffic-steps', `${JSON.stringify(s)} is not a percentage from 1 to 100.`, accepted);
        return n;
    });
    for (let k = 1; k < steps.length; k++)
        if (steps[k] <= steps[k - 1])
            throw new errors/* InputError */.d('traffic-steps', `${steps.join(',')} does not increase at every step.`, accepted);
    if (steps[steps.length - 1] !== 100)
        throw new errors/* InputError */.d('traffic-steps', `${steps.join(',')} does not end at 100.`, accepted);
    return { trafficSteps: steps };
}

;// CONCATENATED MODULE: ./src/config/supply.ts
/**
 * The supply-chain inputs: attest what this run pushed (a signed SLSA provenance, stored with
 * GitHub's attestations API), and verify before deploying that a trusted build attested the digest.
 * The files they name (trusted-root, signing-config) are read and checked by supply/instance.ts
 * before the first side effect; here only their form is checked.
 */


const REPOSITORY = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
/** owner/repo/.github/workflows/<file>.yml, optionally @<ref>; a host in front is allowed (github.com/…). */
const WORKFLOW = /^(?:(?:https:\/\/)?[A-Za-z0-9.-]+\.[A-Za-z]{2,}\/)?[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}\/\.github\/workflows\/[^/@\s]+\.ya?ml(?:@\S+)?$/;
function readSupplyChain(i, warnings) {
    const attest = parseBool(i.raw('attest'), false);
    const pushToRegistry = parseBool(i.raw('attest-push-to-registry'), false);
    const verify = parseBool(i.raw('verify-attestation'), false);
    const signerRepository = i.matching('signer-repository', REPOSITORY, 'owner/repository, e.g. octo-org/app');
    const workflow = i.matching('signer-workflow', WORKFLOW, 'owner/repository/.github/workflows/<file>.yml, optionally @<ref>, e.g. octo-org/app/.github/workflows/release.yml');
    const signerWorkflow = workflow === undefined ? undefined : withoutHost(workflow);
    const trustedRoot = i.str('trusted-root');
    const signingConfig = i.str('signing-config');
    const oidcIssuer = i.httpsUrl('oidc-issuer');
    if (pushToRegistry && !attest)
        throw new errors/* InputError */.d('attest-push-to-registry', 'needs attest: true.', 'Set attest: true too, or remove attest-push-to-registry.');
    const unused = (names, needs) => names.filter(([, v]) => v !== undefined).forEach(([n]) => warnings.push(`${n} has no effect without ${needs}.`));
    if (!verify)
        unused([
            ['signer-repository', signerRepository],
            ['signer-workflow', signerWorkflow],
            ['trusted-root', trustedRoot]
        ], 'verify-attestation: true');
    if (!attest)
        unused([['signing-config', signingConfig]], 'attest: true');
    if (!attest && !verify)
        unused([['oidc-issuer', oidcIssuer]], 'attest: true or verify-attestation: true');
    return { attest, pushToRegistry, verify, signerRepository, signerWorkflow, trustedRoot, signingConfig, oidcIssuer };
}
/** `github.com/o/r/.github/…` → `o/r/.github/…` (an owner has no dot, a host does). */
function withoutHost(workflow) {
    const parts = workflow.replace(/^https:\/\//, '').split('/');
    return (parts[0].includes('.') ? parts.slice(1) : parts).join('/');
}

;// CONCATENATED MODULE: ./src/config/targets.ts
/**
 * What each target declares about the inputs, and the checks that combine the target with the
 * rest of the config. Inputs only one target reads are declared here; set with the other target
 * they have no effect, and the run says so. (health-path is read by all: aks uses it as the
 * pods' probe path.) containerapp reads functionapp's app inputs too (SHARED_INPUTS).
 */

const TARGET_ONLY_INPUTS = {
    functionapp: ['app-name', 'slot', 'remove-app-settings', 'slot-settings', 'pull-identity-client-id', 'preview-evict-closed'],
    aks: ['cluster-name', 'namespace', 'workload-identity-client-id', 'manifests-dir'],
    containerapp: ['traffic-steps']
};
/** Inputs another target declares that this one reads too (containerapp reuses functionapp's app inputs). */
const SHARED_INPUTS = {
    containerapp: ['app-name', 'remove-app-settings', 'pull-identity-client-id']
};
/** The inputs set that another target declared as its own. */
function noEffectWarnings(target, read) {
    const others = Object.keys(TARGET_ONLY_INPUTS).filter((t) => t !== target);
    return others
        .flatMap((t) => TARGET_ONLY_INPUTS[t])
        .filter((n, k, all) => all.indexOf(n) === k && !(SHARED_INPUTS[target] ?? []).includes(n))
        .filter((n) => read(n)?.trim())
        .map((n) => `${n} has no effect with target: ${target}.`);
}
/** Combinations the target refuses, before any side effect. */
function checkTargetInputs(target, mode, c) {
    if (target === 'functionapp' && !c.functionapp.appName && mode !== 'build') {
        throw new errors/* InputError */.d('app-name', 'is required with target: functionapp.', 'Set app-name to the function app to deploy to (or mode: build to only build and push).');
    }
    if (target === 'containerapp' && mode !== 'build') {
        if (!c.functionapp.appName)
            throw new errors/* InputError */.d('app-name', 'is required with target: containerapp.', 'Set app-name to the container app (kind functionapp) to deploy to (or mode: build to only build and push).');
        if (!c.functionapp.resourceGroup)
            throw new errors/* InputError */.d('resource-group', 'is required with target: containerapp.', 'Set resource-group to the resource group of the container app.');
        if (c.functionapp.swap)
            throw new errors/* InputError */.d('swap', 'is for target: functionapp.', 'A containerapp release is verified under the label staging, then takes the traffic in traffic-steps; remove swap.');
    }
    if (target === 'aks' && c.functionapp.swap)
        throw new errors/* InputError */.d('swap', 'is for target: functionapp.', 'AKS deploys roll out in place; remove swap or use target: functionapp.');
    if (mode === 'render' && target !== 'aks')
        throw new errors/* InputError */.d('mode', "'render' is for target: aks.", `Use mode: plan to see what a ${target} deploy would change.`);
}

;// CONCATENATED MODULE: ./src/config/config.ts
/**
 * All action inputs → one typed, validated Config. This is the only place inputs are read
 * (through the `read` function that config/index.ts gives, i.e. core.getInput), one reader per concern:
 * image.ts, azure.ts (with the registry login), functionapp.ts, aks.ts, containerapp.ts; targets.ts holds what
 * each target declares and the checks across them. Secret inputs are handed to `mask` the moment
 * they are read. Every check that can fail runs here, before the action's first side effect.
 */










const TARGETS = ['functionapp', 'aks', 'containerapp'];
const MODES = ['deploy', 'plan', 'render', 'teardown', 'build', 'cleanup'];
const AUTH_MODES = ['auto', 'oidc', 'secret', 'azure-cli'];
const REGISTRY_AUTH_MODES = ['auto', 'entra', 'admin', 'password', 'none'];
const REGISTRY_PULL_MODES = ['auto', 'managed-identity', 'credentials'];
const KEDA_AUTH_MODES = ['connection-string', 'workload-identity'];
const SERVICE_TYPES = ['LoadBalancer', 'ClusterIP', 'none'];
const HTTP_SCALE_MODES = ['none', 'keda-http'];
const TIMER_SCALING_MODES = ['error', 'cron'];
const ON_DRIFT_MODES = ['warn', 'fail'];
function readTarget(read) {
    const raw = { name: 'target', value: read('target') ?? '' };
    if (raw.value.trim() === '')
        throw new errors/* InputError */.d('target', 'is required.', `Accepted: ${TARGETS.join(', ')}.`);
    return parseEnum(raw, TARGETS);
}
function readCommon(i) {
    const timeoutMs = parseDuration(i.raw('timeout'), { min: 1000, max: 6 * 3600 * 1000 }) ?? 10 * 60_000;
    const onDrift = parseEnum(i.raw('on-drift'), ON_DRIFT_MODES) ?? 'warn';
    const environment = i.matching('deployment-environment', /^[^\s'"`,;:/\\][^'"`,;:/\\]{0,254}$/, 'none, or a GitHub environment name (up to 255 characters, no quotes, commas, colons, semicolons or slashes)');
    const deploymentEnvironment = environment === undefined ? undefined : environment.toLowerCase() === 'none' ? false : environment;
    return { timeoutMs, onDrift, deploymentEnvironment, githubToken: i.str('github-token', true) };
}
/** The longest max-preview-age: a year. */
const MAX_PREVIEW_AGE_MS = 366 * 24 * 3600 * 1000;
/**
 * Inputs cleanup and max-preview-age with mode: `cleanup: true` alone is mode cleanup, with mode
 * plan it lists what a cleanup would remove; with any other mode it is refused.
 */
function readCleanup(i, mode, warnings) {
    const asked = parseBool(i.raw('cleanup'), false);
    const maxAgeMs = parseDuration(i.raw('max-preview-age'), { min: 3_600_000, max: MAX_PREVIEW_AGE_MS });
    if (asked && mode !== undefined && mode !== 'plan' && mode !== 'cleanup')
        throw new errors/* InputError */.d('cleanup', `is true, and mode is ${mode}.`, 'A cleanup removes previews and deploys nothing: use cleanup: true alone (or mode: cleanup), or mode: plan with cleanup: true to list what would go.');
    const runMode = asked && mode === undefined ? 'cleanup' : mode;
    const cleaning = runMode === 'cleanup' || (asked && runMode === 'plan');
    if (!cleaning && maxAgeMs !== undefined)
        warnings.push('max-preview-age has no effect without mode: cleanup (or cleanup: true).');
    return { mode: runMode, cleanup: cleaning ? { ...(maxAgeMs !== undefined ? { maxAgeMs } : {}) } : undefined };
}
function readConfig(read, mask, options = {}) {
    const warnings = [];
    const pushOrDeploy = !options.forkPullRequest;
    const i = inputs(read, mask);
    const target = readTarget(read);
    const mode = parseEnum(i.raw('mode'), MODES);
    const image = readImage(i, warnings);
    const azure = readAzure(i, warnings, pushOrDeploy);
    const registryAuth = readRegistryAuth(i, image.registry, azure, pushOrDeploy);
    const functionapp = readFunctionApp(i);
    const aks = readAks(i);
    const containerapp = readContainerApp(i);
    const supply = readSupplyChain(i, warnings);
    const common = readCommon(i);
    const { mode: runMode, cleanup } = readCleanup(i, mode, warnings);
    checkTargetInputs(target, runMode, { functionapp });
    warnings.push(...noEffectWarnings(target, read));
    return { target, mode: runMode, image, azure, registryAuth, functionapp, aks, containerapp, supply, ...common, ...(cleanup ? { cleanup } : {}), warnings };
}

;// CONCATENATED MODULE: ./src/config/index.ts
/** The one place the action reads its inputs: through @actions/core, into readConfig. */



function readInputs(options = {}) {
    return readConfig((name) => core.getInput(name), mask/* secret */.rJ, options);
}

;// CONCATENATED MODULE: ./src/github/context.ts
/**
 * The GitHub run as the runner describes it: GITHUB_* variables and the event payload file.
 * This is the edge that reads them; everything after works on the returned object.
 */


function readEventContext(env) {
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    if (!eventName) {
        throw new errors.ActionError('GITHUB_EVENT_NAME is not set: this action runs inside a GitHub Actions job.', 'Run it as a step of a workflow (uses: owner/repo@v1).');
    }
    let payload = {};
    const path = env.GITHUB_EVENT_PATH;
    if (path) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        }
        catch (e) {
            throw new errors.ActionError(`Cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${e.message}`);
        }
    }
    return {
        eventName,
        ref: env.GITHUB_REF ?? '',
        sha: env.GITHUB_SHA ?? '',
        repository: env.GITHUB_REPOSITORY ?? '',
        serverUrl: (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, ''),
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
        workspace: env.GITHUB_WORKSPACE,
        payload
    };
}

// EXTERNAL MODULE: ./src/report/escape.ts
var report_escape = __webpack_require__(14031);
;// CONCATENATED MODULE: ./src/github/intent.ts

const obj = (v) => (v && typeof v === 'object' ? v : {});
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
const PREVIEW_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review'];
const PR_EVENTS = ['pull_request', 'pull_request_target'];
function decideIntent(ctx) {
    const p = ctx.payload;
    const repository = obj(p.repository);
    const license = obj(repository.license);
    const repo = {
        name: str(repository.name) ?? ctx.repository.split('/')[1],
        fullName: str(repository.full_name) ?? ctx.repository,
        description: str(repository.description) ?? null,
        htmlUrl: str(repository.html_url) ?? (ctx.repository ? `${ctx.serverUrl}/${ctx.repository}` : undefined),
        license: str(license.spdx_id) && license.spdx_id !== 'NOASSERTION' ? license.spdx_id : null
    };
    const defaultBranch = str(repository.default_branch);
    const runUrl = `${ctx.serverUrl}/${ctx.repository}/actions/runs/${ctx.runId}/attempts/${ctx.runAttempt}`;
    const branchOf = (ref) => (ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined);
    const tagOf = (ref) => (ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined);
    const headCommit = obj(p.head_commit);
    const commitTime = str(headCommit.id) === ctx.sha ? str(headCommit.timestamp) : undefined;
    const base = { repo, runUrl };
    if (PR_EVENTS.includes(ctx.eventName)) {
        const pr = obj(p.pull_request);
        const number = Number(p.number ?? pr.number);
        const head = obj(pr.head);
        const headRepo = obj(head.repo);
        const baseRepo = obj(obj(pr.base).repo);
        const sha = str(head.sha) ?? ctx.sha;
        const tag = { eventName: ctx.eventName, refKind: 'pr', prNumber: number, sha, defaultBranch, branch: str(head.ref) };
        const fork = !str(headRepo.full_name) || headRepo.full_name !== (str(baseRepo.full_name) ?? repo.fullName);
        const action = str(p.action) ?? '';
        if (fork && (PREVIEW_ACTIONS.includes(action) || action === 'closed')) {
            return { ...base, sha, tag, intent: { kind: 'fork-pr', pr: number, closed: action === 'closed' } };
        }
        if (action === 'closed')
            return { ...base, sha, tag, intent: { kind: 'teardown', pr: number } };
        if (PREVIEW_ACTIONS.includes(action))
            return { ...base, sha, tag, intent: { kind: 'preview', pr: number } };
        return {
            ...base,
            sha,
            tag,
            intent: {
                kind: 'skip',
                reason: `pull_request '${(0,report_escape/* untrusted */.bp)(action)}' neither deploys nor tears down a preview (opened, synchronize, reopened, ready_for_review and closed do)`
            }
        };
    }
    if (ctx.eventName === 'release') {
        const release = obj(p.release);
        const gitTag = str(release.tag_name) ?? tagOf(ctx.ref) ?? '';
        const prerelease = release.prerelease === true;
        const tag = { eventName: 'release', refKind: 'tag', gitTag, sha: ctx.sha, defaultBranch, releasePrerelease: prerelease };
        if (str(p.action) !== 'published') {
            return {
                ...base,
                sha: ctx.sha,
                tag,
                intent: { kind: 'skip', reason: `release '${(0,report_escape/* untrusted */.bp)(String(p.action))}' is not a publication (only 'published' releases)` }
            };
        }
        return { ...base, sha: ctx.sha, tag, intent: { kind: 'release', gitTag, prerelease } };
    }
    const gitTag = tagOf(ctx.ref);
    const branch = branchOf(ctx.ref);
    if (ctx.eventName === 'push' && p.deleted === true) {
        const tag = { eventName: 'push', refKind: 'other', sha: ctx.sha, defaultBranch };
        return { ...base, sha: ctx.sha, tag, intent: { kind: 'skip', reason: `the push deleted ${(0,report_escape/* untrusted */.bp)(ctx.ref)}` } };
    }
    if (gitTag !== undefined) {
        const tag = { eventName: ctx.eventName, refKind: 'tag', gitTag, sha: ctx.sha, defaultBranch };
        return { ...base, sha: ctx.sha, commitTime, tag, intent: { kind: 'release', gitTag, prerelease: false } };
    }
    const tag = { eventName: ctx.eventName, refKind: branch !== undefined ? 'branch' : 'other', branch, sha: ctx.sha, defaultBranch };
    return { ...base, sha: ctx.sha, commitTime, tag, intent: { kind: 'deploy', branch } };
}
/** The mode this run acts in: the input when given, else teardown for a closed PR, else deploy. */
function effectiveMode(input, intent) {
    if (input !== undefined)
        return input;
    return intent.kind === 'teardown' ? 'teardown' : 'deploy';
}

// EXTERNAL MODULE: ./src/util/exec.ts
var exec = __webpack_require__(37895);
;// CONCATENATED MODULE: ./src/github/git.ts
/**
 * git, read-only, on the shared `Cli` wrapper (util/exec): the commit time (for the `created` label) and the tags
 * the checkout knows (so `latest` never moves back to a back-ported release).
 */

const git = new exec.Cli('git', { name: 'git', installHint: 'Install git on the runner.' });
async function git_commitTime(cwd, sha) {
    if (!/^[0-9a-f]{7,40}$/i.test(sha))
        return undefined;
    try {
        const r = await git.run(['log', '-1', '--format=%cI', sha, '--'], { cwd, quiet: true });
        const t = r.stdout.trim();
        return r.code === 0 && t ? new Date(t).toISOString() : undefined;
    }
    catch {
        return undefined;
    }
}
async function tagNames(cwd) {
    try {
        const r = await git.run(['tag', '--list'], { cwd, quiet: true });
        return r.code === 0
            ? r.stdout
                .split('\n')
                .map((s) => s.trim())
                .filter(Boolean)
            : [];
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
;// CONCATENATED MODULE: ./src/image/tags.ts
/**
 * Image tags computed from the triggering event (shared/spec/build.md, "Tags from the event").
 *
 * Pure: no environment, network, clock or file system. The caller turns the GitHub context into
 * `TagFacts`, reads the `tags` input into `TagOptions.extraTags` and, if it can, lists the versions
 * already released (git tags) into `TagOptions.knownVersions`.
 *
 * Order of the computed tags (the first one is the primary tag and becomes the OCI version label):
 *
 * | trigger                                    | tags                                              |
 * | ------------------------------------------ | ------------------------------------------------- |
 * | tag ref / release, stable semver `v1.2.3`  | `1.2.3`, `1.2`, `1`, `sha-<7>`, `latest`          |
 * | tag ref / release, prerelease              | `<version>`, `sha-<7>`                            |
 * | tag ref / release, not a semver            | `<tag, sanitised>`, `sha-<7>`                     |
 * | pull request N                             | `pr-N`, `sha-<7 of the PR head>`                  |
 * | push to the default branch                 | `<branch>`, `sha-<7>`, `latest`                   |
 * | any other event on a branch                | `<branch, sanitised>`, `sha-<7>`                  |
 * | anything else                              | `sha-<7>`                                         |
 *
 * then the extra tags of the `tags` input. Every tag is sanitised and the list is de-duplicated,
 * keeping the first occurrence.
 *
 * Choices beyond the table:
 * - A tag ref is handled as a tag whatever the event (push of the tag, `release`, or a
 *   `workflow_dispatch` run on the tag): the image is built from that tag, so it carries its version.
 * - Major 0 is expanded like any other major: `v0.3.1` gives `0.3.1`, `0.3`, `0`. Under semver a 0.x
 *   minor may break, so `0` is of little use, but it is harmless and keeps one rule for every major
 *   (it is also what docker/metadata-action does with `{{major}}`).
 * - The guard against back-ports applies to every floating tag, not only `latest`: `1.4` is moved
 *   only if no higher 1.4.x is known, `1` only if no higher 1.x.y is known, `latest` only if no
 *   higher stable version at all is known. Equal versions do move them (a rebuild of the same tag).
 * - Build metadata (`v1.2.3+build.5`) is not part of the Docker tag (`+` is not allowed): `1.2.3`.
 * - A branch or extra tag that happens to be `latest` is kept, but `latest: true` then reflects it.
 */


/** Grammar of a Docker tag (distribution reference `tag` production). */
const DOCKER_TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const MAX_TAG_LENGTH = 128;
/** Length kept when a tag is too long; `-` and 7 hash characters follow, 128 in all. */
const TRUNCATED_LENGTH = 120;
const HASH_LENGTH = 7;
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** First 7 characters of a commit sha. */
function shortSha(sha) {
    return sha.slice(0, 7);
}
function sanitize(raw) {
    let tag = raw.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[.-]+/, '');
    let truncated = false;
    if (tag.length > MAX_TAG_LENGTH) {
        // Hash of the value as given (before sanitising), so the result is deterministic and two long
        // names that only differ after character 120 (or only in replaced characters) stay apart.
        const hash = (0,external_node_crypto_.createHash)('sha256').update(raw, 'utf8').digest('hex').slice(0, HASH_LENGTH);
        tag = `${tag.slice(0, TRUNCATED_LENGTH)}-${hash}`;
        truncated = true;
    }
    return { tag, changed: tag !== raw, truncated };
}
/**
 * Make `raw` a valid Docker tag: each run of characters outside `[A-Za-z0-9_.-]` becomes one `-`,
 * leading `.` and `-` are removed, and a result over 128 characters is cut to 120 followed by `-`
 * and the first 7 hex characters of the SHA-256 of `raw`. The result may be '' (the caller drops it).
 */
function sanitizeTag(raw) {
    const { tag, changed } = sanitize(raw);
    return { tag, changed };
}
/** Quote a value taken from the event or the inputs for a warning (control characters escaped). */
function quote(value) {
    return JSON.stringify(value);
}
/** Ordered, de-duplicated tag list that sanitises what it is given and records why it changed it. */
class TagList {
    warnings;
    tags = [];
    constructor(warnings) {
        this.warnings = warnings;
    }
    add(raw, what) {
        const { tag, changed, truncated } = sanitize(raw);
        if (tag === '') {
            this.warnings.push(`${what} ${quote(raw)} has no character allowed in a Docker tag; it is dropped.`);
            return;
        }
        if (truncated) {
            this.warnings.push(`${what} ${quote(raw)} is longer than ${MAX_TAG_LENGTH} characters as a Docker tag; it is shortened to ${quote(tag)} (first ${TRUNCATED_LENGTH} characters, '-' and a hash of the full name).`);
        }
        else if (changed) {
            this.warnings.push(`${what} ${quote(raw)} is not a valid Docker tag (allowed: letters, digits, '_', '.', '-', not first '.' or '-'); it is tagged as ${quote(tag)}.`);
        }
        if (!this.tags.includes(tag))
            this.tags.push(tag);
    }
}
/** Stable versions among `knownVersions`; anything that is not a semver, and every prerelease, is ignored. */
function stableVersions(knownVersions) {
    const versions = [];
    for (const entry of knownVersions ?? []) {
        const parsed = semver_default().parse(entry);
        if (parsed && parsed.prerelease.length === 0)
            versions.push(parsed);
    }
    return versions;
}
/** The highest of `candidates` if it is higher than `version`, else undefined. */
function higherThan(version, candidates) {
    let highest;
    for (const candidate of candidates) {
        if (semver_default().gt(candidate, version) && (!highest || semver_default().gt(candidate, highest)))
            highest = candidate;
    }
    return highest;
}
/** Tags of a tag ref (push of a tag, release): version tags, sha tag, maybe latest. */
function addVersionTags(gitTag, facts, options, list, shaTag, warnings) {
    const parsed = semver_default().parse(gitTag);
    if (!parsed) {
        list.add(gitTag, 'Git tag');
        if (shaTag)
            list.add(shaTag, 'Commit tag');
        warnings.push(`Git tag ${quote(gitTag)} is not a semantic version (such as v1.2.3): the image gets no major/minor tags and no 'latest'.`);
        return { prerelease: facts.releasePrerelease === true, latest: false };
    }
    const full = parsed.version; // major.minor.patch[-prerelease], no leading 'v', no build metadata
    if (parsed.build.length > 0) {
        warnings.push(`Build metadata of git tag ${quote(gitTag)} is not part of the Docker tag ('+' is not allowed): tagged as ${quote(full)}.`);
    }
    const minorTag = `${parsed.major}.${parsed.minor}`;
    const majorTag = `${parsed.major}`;
    const semverPrerelease = parsed.prerelease.length > 0;
    if (semverPrerelease || facts.releasePrerelease === true) {
        list.add(full, 'Version');
        if (shaTag)
            list.add(shaTag, 'Commit tag');
        if (!semverPrerelease) {
            warnings.push(`Release ${quote(gitTag)} is marked as a pre-release: the image is tagged ${quote(full)} without ${quote(minorTag)}, ${quote(majorTag)} or 'latest'.`);
        }
        return { prerelease: true, latest: false };
    }
    const known = stableVersions(options.knownVersions);
    const withheld = (floating, higher) => {
        if (!higher)
            return false;
        warnings.push(`Tag ${quote(floating)} is not moved to ${full}: ${higher.raw.trim()} is a higher version (a back-port does not move it).`);
        return true;
    };
    list.add(full, 'Version');
    if (!withheld(minorTag, higherThan(parsed, known.filter((v) => v.major === parsed.major && v.minor === parsed.minor))))
        list.add(minorTag, 'Version');
    if (!withheld(majorTag, higherThan(parsed, known.filter((v) => v.major === parsed.major))))
        list.add(majorTag, 'Version');
    if (shaTag)
        list.add(shaTag, 'Commit tag');
    const latest = !withheld('latest', higherThan(parsed, known));
    if (latest)
        list.add('latest', 'Tag');
    return { prerelease: false, latest };
}
/** Compute the tags of the image built for the event described by `facts`. */
function computeTags(facts, options = {}) {
    const warnings = [];
    const list = new TagList(warnings);
    const short = shortSha(facts.sha ?? '');
    let shaTag;
    if (/^[0-9a-f]{7}$/i.test(short)) {
        shaTag = `sha-${short.toLowerCase()}`;
    }
    else {
        warnings.push(`Commit ${quote(facts.sha ?? '')} is not a git sha: the image gets no 'sha-' tag.`);
    }
    let prerelease = false;
    const isTagRef = facts.refKind === 'tag' || facts.eventName === 'release';
    const prNumber = facts.prNumber;
    const hasPrNumber = prNumber !== undefined && Number.isSafeInteger(prNumber) && prNumber > 0;
    if (isTagRef && facts.gitTag) {
        prerelease = addVersionTags(facts.gitTag, facts, options, list, shaTag, warnings).prerelease;
    }
    else if ((PULL_REQUEST_EVENTS.has(facts.eventName) || facts.refKind === 'pr') && hasPrNumber) {
        list.add(`pr-${prNumber}`, 'Pull request tag');
        if (shaTag)
            list.add(shaTag, 'Commit tag');
    }
    else if (facts.refKind === 'branch' && facts.branch) {
        list.add(facts.branch, 'Branch name');
        if (shaTag)
            list.add(shaTag, 'Commit tag');
        if (facts.eventName === 'push') {
            if (facts.defaultBranch === undefined || facts.defaultBranch === '') {
                warnings.push(`The repository's default branch is not known: a push to ${quote(facts.branch)} does not get 'latest'.`);
            }
            else if (facts.branch === facts.defaultBranch) {
                list.add('latest', 'Tag');
            }
        }
        if (sanitize(facts.branch).tag === 'latest') {
            warnings.push(`Branch ${quote(facts.branch)} gives the tag 'latest': images built from it overwrite 'latest'.`);
        }
    }
    else if (shaTag) {
        list.add(shaTag, 'Commit tag');
    }
    for (const line of options.extraTags ?? []) {
        const extra = line.trim();
        if (extra !== '')
            list.add(extra, "Tag of the 'tags' input");
    }
    const tags = list.tags;
    return { tags, version: tags[0] ?? '', latest: tags.includes('latest'), prerelease, warnings };
}

;// CONCATENATED MODULE: ./src/image/labels.ts
/**
 * OCI image labels (shared/spec/build.md, "OCI labels").
 *
 * Pure: repository facts come from the event payload, `created` is the commit time given by the
 * caller (not the build time), so the same commit always gets the same labels.
 *
 * - The eight generated keys are `org.opencontainers.image.{title,description,url,source,version,
 *   created,revision,licenses}`. A missing value (undefined, null or '') leaves its key out instead
 *   of writing an empty label.
 * - `extra` pairs then override or add keys, the last pair for a key winning. An extra pair with an
 *   empty value is kept as given (an explicit empty label). Keys are not validated here.
 * - The result's keys are inserted in sorted order (UTF-16 code unit order). Note: JavaScript always
 *   enumerates integer-like keys ("1", "42") first, in numeric order; no real label key looks like that.
 */
const OCI_PREFIX = 'org.opencontainers.image.';
function present(value) {
    return typeof value === 'string' && value !== '';
}
/** Repository name: `name`, or the part of `fullName` after the owner. */
function repoName(repo) {
    if (present(repo.name))
        return repo.name;
    if (present(repo.fullName)) {
        const name = repo.fullName.slice(repo.fullName.lastIndexOf('/') + 1);
        if (name !== '')
            return name;
    }
    return undefined;
}
function computeLabels(input) {
    const { repo } = input;
    const generated = [
        ['title', repoName(repo)],
        ['description', repo.description],
        ['url', repo.htmlUrl],
        ['source', repo.htmlUrl],
        ['version', input.version],
        ['created', input.created],
        ['revision', input.revision],
        ['licenses', repo.license]
    ];
    const merged = new Map();
    for (const [key, value] of generated) {
        if (present(value))
            merged.set(OCI_PREFIX + key, value);
    }
    for (const [key, value] of input.extra ?? [])
        merged.set(key, value);
    const labels = {};
    for (const key of [...merged.keys()].sort()) {
        // defineProperty, not assignment: a key such as "__proto__" must stay a plain own property.
        Object.defineProperty(labels, key, { value: merged.get(key), enumerable: true, writable: true, configurable: true });
    }
    return labels;
}

;// CONCATENATED MODULE: ./src/image/plan.ts



function planImage({ config, facts, mode, commitTime, knownVersions }) {
    const { image } = config;
    const warnings = [];
    const repository = image.repository ?? toRepositoryName(facts.repo.name ?? facts.repo.fullName?.split('/').pop() ?? 'app');
    const t = computeTags(facts.tag, { extraTags: image.extraTags, knownVersions });
    warnings.push(...t.warnings);
    const generated = computeLabels({ repo: facts.repo, version: t.version, created: commitTime ?? '', revision: facts.sha, extra: image.labels });
    if (!commitTime)
        warnings.push('The commit time is unknown (not in the payload, not in the checkout): the org.opencontainers.image.created label is left out rather than set to the build time.');
    const fork = facts.intent.kind === 'fork-pr';
    // plan and teardown change nothing, so they build nothing either.
    const build = image.prebuilt === undefined && mode !== 'plan' && mode !== 'teardown';
    const push = build && !fork && mode !== 'plan';
    const registry = image.registry;
    return {
        registry,
        repository,
        tags: t.tags,
        refs: t.tags.map((tag) => `${registry}/${repository}:${tag}`),
        labels: generated,
        version: t.version,
        build,
        push,
        prebuilt: image.prebuilt,
        cacheRef: image.cache ? `${registry}/${repository}:buildcache` : undefined,
        warnings
    };
}
/** `registry/repository@sha256:…`, the only form the targets deploy. */
function digestReference(plan, digest) {
    const base = plan.prebuilt ?? { registry: plan.registry, repository: plan.repository };
    return formatReference({ registry: base.registry, repository: base.repository, digest });
}

// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/azure/credential.ts



function chooseAuth(azure, runner) {
    switch (azure.auth) {
        case 'oidc':
            if (!runner.idTokenAvailable) {
                throw new errors.ActionError("Input 'auth': 'oidc' needs a GitHub ID token, but the runner offers none (ACTIONS_ID_TOKEN_REQUEST_URL is not set).", 'Add `permissions: id-token: write` to the workflow or job (pull requests from forks never get one).');
            }
            return { kind: 'oidc', why: 'auth: oidc' };
        case 'secret':
            return { kind: 'secret', why: 'auth: secret' };
        case 'azure-cli':
            return { kind: 'azure-cli', why: 'auth: azure-cli' };
        case 'auto':
            if (azure.clientId && azure.tenantId && runner.idTokenAvailable)
                return { kind: 'oidc', why: 'auto: the runner offers an ID token and client-id is set' };
            if (azure.clientId && azure.tenantId && azure.clientSecret)
                return { kind: 'secret', why: 'auto: client-secret is set' };
            return { kind: 'azure-cli', why: 'auto: no client-id with an ID token or secret, so the Azure CLI login of an earlier azure/login step' };
    }
}
/** How long one token request (GitHub ID token, Entra, az) may take before the step fails instead of hanging. */
const TOKEN_TIMEOUT_MS = 60_000;
/** A credential whose every token request is bounded in time. */
function bounded(credential, what, ms = TOKEN_TIMEOUT_MS) {
    return {
        getToken: (scopes, options) => (0,retry/* withTimeout */.w)(credential.getToken(scopes, options), ms, `${what}: no token within ${Math.round(ms / 1000)} s (the token endpoint did not answer)`)
    };
}
async function makeCredential(azure, cloud, choice, idToken) {
    const answers = new TokenAnswers();
    const what = `Entra token request to ${cloud.authorityHost} (${choice.kind})`;
    const assertion = (audience) => githubIdToken(idToken, audience).catch((e) => {
        if (e instanceof errors.ActionError)
            answers.idTokenFailure = e;
        throw e;
    });
    return bounded(answers.explain(await unboundedCredential(azure, cloud, choice, assertion, answers.policy), what), what);
}
/**
 * Bounded retries of the GitHub ID token request, as for every other 5xx: @actions/core's client
 * retries 502/503/504 a few times within a second or two but fails at once on a 500 or a reset.
 */
const ID_TOKEN_RETRY = { attempts: 4, baseDelayMs: 1000, maxDelayMs: 8000 };
/** The HTTP status in @actions/core's getIDToken error ("Error Code : 500"), if it names one. */
function idTokenStatus(err) {
    const m = /Error Code\s*:\s*(\d{3})/.exec(err?.message ?? '');
    return m ? Number(m[1]) : undefined;
}
/** A 5xx or 429 from the runner's token endpoint, or a connection that failed: worth another attempt. */
function isTransientIdTokenFailure(err) {
    const status = idTokenStatus(err);
    if (status !== undefined)
        return status >= 500 || status === 429;
    return /ECONNRESET|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|socket hang up/i.test(err?.message ?? '');
}
const oneLine = (e) => String(e?.message ?? e)
    .replace(/\s+/g, ' ')
    .trim();
/** @actions/core's "Failed to get ID Token. Error Code : 500 Error Message: …" as "HTTP 500: …". */
function describeIdTokenError(e) {
    const status = idTokenStatus(e);
    if (status === undefined)
        return oneLine(e);
    const said = /Error Message\s*:\s*([\s\S]*)$/.exec(e.message)?.[1];
    return `the runner's token endpoint answered HTTP ${status}${said ? `: ${oneLine(said)}` : ''}`;
}
/** A GitHub ID token for `audience`, each attempt bounded in time, transient failures retried with backoff. */
async function githubIdToken(idToken, audience, o = {}) {
    try {
        return await (0,retry.retry)(() => (0,retry/* withTimeout */.w)(idToken(audience), TOKEN_TIMEOUT_MS, `the runner's ID token endpoint did not answer within ${TOKEN_TIMEOUT_MS / 1000} s`), {
            ...ID_TOKEN_RETRY,
            retryable: isTransientIdTokenFailure,
            onRetry: (e, n, ms) => {
                const status = idTokenStatus(e);
                core.warning(`The GitHub ID token request ${status ? `answered ${status}` : 'failed'} (attempt ${n} of ${ID_TOKEN_RETRY.attempts}), retrying in ${ms} ms: ${describeIdTokenError(e)}`);
            },
            ...o
        });
    }
    catch (e) {
        const transient = isTransientIdTokenFailure(e);
        throw new errors.ActionError(`Could not get a GitHub ID token for audience ${audience}${transient ? ` (${ID_TOKEN_RETRY.attempts} attempts)` : ''}: ${describeIdTokenError(e)}`, transient ? "GitHub's token service failed: re-run the job (https://www.githubstatus.com)." : 'Add `permissions: id-token: write` to the workflow or job.');
    }
}
/**
 * What the Entra token endpoint answered when it was not a token in JSON (a gateway's HTML 503
 * page, an empty 500): MSAL reports those as "network_error" and drops the answer, so a pipeline
 * policy keeps the status and the first line, and `explain` puts them into the error.
 */
class TokenAnswers {
    last;
    /** The GitHub ID token failure of the assertion callback: @azure/identity keeps only its message. */
    idTokenFailure;
    policy = {
        name: 'azure-functions-container-deploy-token-answers',
        sendRequest: async (request, next) => {
            const response = await next(request);
            if (/\/oauth2\/(v2\.0\/)?token$/.test(new URL(request.url).pathname))
                this.last = notAToken(response);
            return response;
        }
    };
    explain(credential, what) {
        return {
            getToken: async (scopes, options) => {
                try {
                    return await credential.getToken(scopes, options);
                }
                catch (e) {
                    if (this.idTokenFailure && String(e?.message).includes(this.idTokenFailure.message))
                        throw this.idTokenFailure;
                    const answer = this.last;
                    if (!answer || !/network_error/.test(e?.message ?? ''))
                        throw e;
                    throw new errors.ActionError(`The ${what} failed: it answered HTTP ${answer.status} with no token, but: ${answer.firstLine || '(an empty body)'}`, answer.status >= 500
                        ? 'Entra ID (or a proxy in front of it) is failing: re-run the job; if it persists, check the authority-host input and the Azure status page.'
                        : 'Check the authority-host input: this endpoint does not answer like Entra ID.');
                }
            }
        };
    }
}
function notAToken(response) {
    const body = response.bodyAsText ?? '';
    try {
        JSON.parse(body);
        return undefined; // a token, or an AADSTS error that MSAL reports itself
    }
    catch {
        const firstLine = body
            .split(/\r?\n/)
            .map((l) => l.trim())
            .find(Boolean) ?? '';
        return { status: response.status, firstLine: firstLine.length > 200 ? `${firstLine.slice(0, 200)}…` : firstLine };
    }
}
async function unboundedCredential(azure, cloud, choice, assertion, policy) {
    const identity = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(878), __webpack_require__.e(818), __webpack_require__.e(907)]).then(__webpack_require__.bind(__webpack_require__, 39907));
    // Instance discovery would ask login.microsoftonline.com about the authority, whatever authorityHost says:
    // off, so sovereign and custom clouds (and the loopback emulator) are asked directly.
    const options = { authorityHost: cloud.authorityHost, disableInstanceDiscovery: true, additionalPolicies: [{ policy, position: 'perRetry' }] };
    switch (choice.kind) {
        case 'oidc':
            return new identity.ClientAssertionCredential(azure.tenantId, azure.clientId, () => assertion(cloud.federationAudience), options);
        case 'secret':
            return new identity.ClientSecretCredential(azure.tenantId, azure.clientId, azure.clientSecret, options);
        case 'azure-cli':
            return new AzCliCredential(azure.tenantId);
    }
}
/**
 * The Azure CLI login of an earlier azure/login step, as a TokenCredential: `az account
 * get-access-token` run with an argument array (the SDK's AzureCliCredential goes through a shell).
 */
class AzCliCredential {
    tenantId;
    constructor(tenantId) {
        this.tenantId = tenantId;
    }
    async getToken(scopes) {
        const scope = Array.isArray(scopes) ? scopes[0] : scopes;
        const resource = scope.replace(/\/\.default$/, '');
        const args = ['account', 'get-access-token', '--output', 'json', '--resource', resource, ...(this.tenantId ? ['--tenant', this.tenantId] : [])];
        const { Cli, CliError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 37895));
        const az = new Cli('az', {
            name: 'az',
            installHint: 'Install the Azure CLI on the runner (GitHub-hosted runners have it) and run azure/login before this step.',
            fail: (_args, result) => new CliError('az account get-access-token', result, authHint(result.stderr, { kind: 'azure-cli', why: '' }))
        });
        const r = await az.ok(args, { quiet: true, timeoutMs: 60_000 });
        const out = JSON.parse(r.stdout);
        if (!out.accessToken)
            throw new Error('az account get-access-token returned no accessToken');
        const seconds = Number(out.expires_on);
        const expiresOnTimestamp = Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : new Date(out.expiresOn ?? Date.now() + 300_000).getTime();
        return { token: out.accessToken, expiresOnTimestamp };
    }
}
/** A token for one scope, with Entra's own error (AADSTS…) and a hint on failure. */
async function getToken(credential, scope, choice) {
    try {
        const t = await credential.getToken(scope);
        if (!t)
            throw new Error('no token was returned');
        return t.token;
    }
    catch (e) {
        // Not a refusal but a failed call (the ID token, an HTML page): its own words and hint.
        if (e instanceof errors.ActionError)
            throw new errors.ActionError(`No token for ${scope} (${choice.kind}): ${e.message}`, e.hint);
        const msg = e.message ?? String(e);
        throw new errors.ActionError(`Entra ID refused a token for ${scope} (${choice.kind}): ${firstLines(msg, 4)}`, authHint(msg, choice));
    }
}
function firstLines(s, n) {
    return s.split('\n').slice(0, n).join('\n');
}
function authHint(message, choice) {
    if (/AADSTS700024/.test(message))
        return 'The GitHub ID token expired before Entra saw it: re-run the job; if it persists, check the runner clock.';
    if (/AADSTS70021|AADSTS700213|No matching federated identity/i.test(message)) {
        return 'No federated credential matches this run: add one to the app registration with issuer https://token.actions.githubusercontent.com and the subject of this workflow (repo:<owner>/<repo>:ref:refs/heads/<branch>, :pull_request, :environment:<name> or :ref:refs/tags/<tag>).';
    }
    if (/AADSTS7000215|AADSTS7000222/.test(message))
        return 'The client secret is wrong or expired: create a new one, or switch to auth: oidc.';
    if (/AADSTS700016|AADSTS90002/.test(message))
        return 'client-id or tenant-id is wrong: the application was not found in that tenant.';
    if (choice.kind === 'azure-cli')
        return 'Run azure/login before this step, or set client-id and tenant-id (with `permissions: id-token: write`) for OIDC.';
    return 'Check client-id, tenant-id and the federated credential or secret of the app registration.';
}

;// CONCATENATED MODULE: ./src/report/summary.ts
/**
 * The job summary (GITHUB_STEP_SUMMARY), for a reviewer: what GitHub sent and what it meant, the
 * image by digest, where it went and its URL, what was verified, the outcome, and how long the
 * whole step took; then the image's build details, then the target's own table. It names build
 * args, secrets and settings, never their values; event text is escaped (mdText/mdCode).
 */



function outcomeText(s) {
    if (s.outcome === 'failed')
        return '**failed** (see the log and the annotations)';
    if (s.mode === 'plan')
        return 'planned: nothing was changed';
    if (s.mode === 'render')
        return 'rendered and validated: nothing was applied';
    if (s.mode === 'build')
        return s.pushed ? 'built and pushed' : 'built';
    if (s.mode === 'teardown')
        return 'torn down';
    if (s.mode === 'cleanup')
        return 'previews cleaned up (see Preview cleanup below)';
    if (!s.target || !s.where)
        return s.pushed ? 'pushed; nothing deployed' : 'nothing deployed';
    return s.verified?.length ? 'deployed and verified' : 'deployed';
}
function whereText(s) {
    if (!s.target)
        return '–';
    const w = s.where ?? {};
    const parts = [s.target];
    if (w.slot)
        parts.push(`slot ${(0,report_escape/* mdCode */.xs)(w.slot)}`);
    if (w.namespace)
        parts.push(`namespace ${(0,report_escape/* mdCode */.xs)(w.namespace)}`);
    return parts.join(', ');
}
function summaryMarkdown(s) {
    const ev = s.event;
    const event = `${(0,report_escape/* mdCode */.xs)(ev.name)}${ev.action ? ` (${(0,report_escape/* mdText */.bC)(ev.action)})` : ''}${ev.ref ? ` on ${(0,report_escape/* mdCode */.xs)(ev.ref)}` : ''}`;
    const image = s.image ? (0,report_escape/* mdCode */.xs)(s.image) : s.pushed ? '–' : s.refs.length ? 'not pushed' : '–';
    const rows = [
        ['Event', event],
        ['Meaning', `${(0,report_escape/* mdText */.bC)(s.intent)}; mode ${(0,report_escape/* mdText */.bC)(s.mode)}`],
        ['Image', image],
        ['Target', whereText(s)],
        ['URL', s.where?.url ? (0,report_escape/* mdText */.bC)(s.where.url) : '–'],
        ['Verified', s.verified?.length ? s.verified.map(report_escape/* mdText */.bC).join('<br>') : '–'],
        ...(s.provenance ? [['Provenance', (0,report_escape/* mdText */.bC)(s.provenance)]] : []),
        ...(s.attestation ? [['Attestation', (0,report_escape/* mdText */.bC)(s.attestation)]] : []),
        ['Outcome', outcomeText(s)],
        ['Duration', `${(s.durationMs / 1000).toFixed(1)} s (the whole step)`]
    ];
    const build = [
        ['Digest', s.digest ? (0,report_escape/* mdCode */.xs)(s.digest) : '–'],
        ['Tags', s.refs.length ? s.refs.map(report_escape/* mdCode */.xs).join('<br>') + (s.pushed ? '' : ' (not pushed)') : '–'],
        ['Builder', (0,report_escape/* mdText */.bC)(s.builder ?? '–')],
        ['Registry login', (0,report_escape/* mdText */.bC)(s.login)],
        ['Azure credential', (0,report_escape/* mdText */.bC)(s.azureAuth ?? '–')],
        ['Build args', s.buildArgNames.length ? s.buildArgNames.map(report_escape/* mdCode */.xs).join(', ') + ' (values hidden)' : '–'],
        ['Build secrets', s.secretIds.length ? s.secretIds.map(report_escape/* mdCode */.xs).join(', ') + ' (values hidden)' : '–']
    ];
    const table = (r) => ['| | |', '| --- | --- |', ...r.map(([k, v]) => `| ${k} | ${v} |`)];
    const lines = ['### Container deploy', '', ...table(rows), '', '### Image', '', ...table(build), ''];
    const labels = Object.entries(s.labels);
    if (labels.length) {
        lines.push('<details><summary>Labels</summary>', '', '| label | value |', '| --- | --- |', ...labels.map(([k, v]) => `| ${(0,report_escape/* mdCode */.xs)(k)} | ${(0,report_escape/* mdText */.bC)(v)} |`), '', '</details>', '');
    }
    for (const n of s.notes)
        lines.push(`> ${(0,report_escape/* mdText */.bC)(n)}`, '');
    return lines.join('\n');
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await core.summary.addRaw((0,mask/* redact */.E$)(markdown), true).write();
}

// EXTERNAL MODULE: ./src/targets/target.ts
var targets_target = __webpack_require__(29425);
// EXTERNAL MODULE: ./src/state.ts
var state = __webpack_require__(2462);
// EXTERNAL MODULE: ./src/image/docker.ts
var image_docker = __webpack_require__(19261);
;// CONCATENATED MODULE: ./src/image/login.ts
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
            if (isAcrHost(image.registry))
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
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tmpRoot, 'docker-config-'));
    const config = { auths: {} };
    if (originalDir && (0,external_node_fs_.existsSync)(originalDir)) {
        for (const sub of ['cli-plugins', 'buildx', 'contexts']) {
            const src = (0,external_node_path_.join)(originalDir, sub);
            if ((0,external_node_fs_.existsSync)(src))
                (0,external_node_fs_.symlinkSync)(src, (0,external_node_path_.join)(dir, sub));
        }
        try {
            const original = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(originalDir, 'config.json'), 'utf8'));
            for (const key of ['currentContext', 'proxies', 'features'])
                if (original[key] !== undefined)
                    config[key] = original[key];
        }
        catch {
            // no readable config.json: nothing to carry over
        }
    }
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, 'config.json'), JSON.stringify(config, null, 2), { mode: 0o600 });
    return dir;
}
async function login(docker, registry, cred) {
    (0,mask/* secret */.rJ)(cred.password);
    const args = ['login', '--username', cred.username, '--password-stdin', registry];
    await (0,retry.retry)(async () => {
        const r = await docker.run(args, { input: cred.password });
        if (r.code !== 0) {
            const text = `${r.stderr}\n${r.stdout}`;
            const refused = /unauthorized|incorrect username or password|authentication required|\b401\b|denied|\b403\b/i.test(text);
            throw new image_docker/* DockerError */.Bi(args, r, refused
                ? loginHint(cred)
                : ((0,image_docker/* hintFor */.JR)(text) ?? `The registry ${registry} did not answer the login: check the registry input and that this runner can reach it.`));
        }
    }, {
        attempts: 4,
        baseDelayMs: 1000,
        maxDelayMs: 8000,
        retryable: image_docker/* isTransientDockerFailure */.vf,
        onRetry: (e, n, ms) => core.warning(`docker login to ${registry} failed (attempt ${n}), retrying in ${ms} ms: ${e.detail.split('\n').pop()}`)
    });
    core.info(`Logged in to ${registry} as ${cred.username} (${cred.source}).`);
}
function loginHint(cred) {
    switch (cred.source) {
        case 'password':
            return 'Check registry-username and registry-password (for ACR with a service principal: the client id and secret, and the AcrPush role).';
        case 'entra':
            return "The registry refused the Entra refresh token: the identity needs AcrPush on the registry, in the registry's tenant.";
        case 'admin':
            return 'The admin credentials were refused: the admin user may have been disabled or its password regenerated.';
    }
}

;// CONCATENATED MODULE: ./src/run/decide.ts





/** The notice an event gets before anything else, and whether the run ends there. */
function eventNotice(intent) {
    if (intent.kind === 'skip')
        return { notice: `Nothing to do: ${intent.reason}.`, stop: true };
    if (intent.kind !== 'fork-pr')
        return undefined;
    if (intent.closed)
        return { notice: `Pull request #${intent.pr} comes from a fork: no preview was deployed for it, so there is nothing to tear down.`, stop: true };
    return {
        notice: `Pull request #${intent.pr} comes from a fork: the image is built to check it, but not pushed and not deployed (forks get no secrets and no OIDC token).`,
        stop: false
    };
}
function decideRun(config, facts, env) {
    const mode = effectiveMode(config.mode, facts.intent);
    const fork = facts.intent.kind === 'fork-pr';
    // A cleanup builds, pushes and logs in to nothing: for the image it is a teardown.
    const teardown = mode === 'teardown' || config.cleanup !== undefined;
    const image = planImage({
        config,
        facts,
        mode: teardown && mode !== 'plan' ? 'teardown' : mode,
        commitTime: facts.commitTime,
        knownVersions: facts.knownVersions
    });
    const target = decideTarget(config, mode, fork);
    const login = !teardown && (image.push || (image.prebuilt !== undefined && image.prebuilt.digest === undefined));
    // The app pulls with registry credentials it keeps in its settings: they are needed whether or not this run pushes.
    const pullCredential = target !== undefined && !fork && !teardown && config.target !== 'aks' && config.functionapp.registryPull === 'credentials';
    const credential = login || pullCredential ? planLogin(config) : { kind: 'none', reason: 'nothing is pushed or pulled' };
    const targetNeedsAzure = target !== undefined && !fork && mode !== 'render' && (config.target !== 'aks' || config.aks.clusterName !== undefined);
    if (targetNeedsAzure && !config.azure.subscriptionId) {
        const what = { functionapp: 'function app', containerapp: 'container app', aks: 'cluster' }[config.target];
        throw new errors/* InputError */.d('subscription-id', `is required with target: ${config.target} (the ${what} is looked up in it).`, 'Set subscription-id to the subscription of the app.');
    }
    const needsAzure = credential.kind === 'entra' || credential.kind === 'admin' || targetNeedsAzure;
    const azure = needsAzure ? chooseAuth(config.azure, { idTokenAvailable: env.idTokenAvailable }) : undefined;
    return { mode, image, login, credential, azure, target, supply: decideSupplyChain(config, image.push, target, env) };
}
/** Attest what is pushed, verify what a deploy or a plan would deploy; refuse what the job's permissions cannot do. */
function decideSupplyChain(config, push, target, env) {
    const attest = config.supply.attest && push;
    const verify = config.supply.verify && (target?.mode === 'deploy' || target?.mode === 'plan') && !target.cleanup;
    if (attest && !env.idTokenAvailable)
        throw new errors/* InputError */.d('attest', "needs the job's OIDC token to sign with, and this job has none.", "Add `id-token: write` (and `attestations: write`) to the job's `permissions:`.");
    if ((attest || verify) && !config.githubToken)
        throw new errors/* InputError */.d('github-token', `is required with ${attest ? 'attest' : 'verify-attestation'}: attestations are stored and read with GitHub's API.`, 'Leave github-token at its default (${{ github.token }}).');
    return { attest, verify };
}
/** Fork pull requests deploy nothing; for aks their manifests are still rendered and validated. */
function decideTarget(config, mode, fork) {
    if (config.cleanup)
        return { name: config.target, mode: mode === 'plan' ? 'plan' : 'teardown', cleanup: true };
    if (mode === 'build' || (fork && config.target !== 'aks'))
        return undefined;
    if (mode === 'cleanup')
        throw new Error('mode cleanup without a cleanup config'); // readConfig always sets it
    return { name: config.target, mode: mode === 'teardown' ? 'teardown' : fork ? 'render' : mode };
}

;// CONCATENATED MODULE: ./src/image/build.ts
/**
 * Build and push through the docker CLI: buildx when present (digest from --metadata-file),
 * else the classic builder + `docker push` with the digest read back. Returns the pushed digest,
 * or throws: a push without a digest is an error.
 */








const PUSH_RETRY = { attempts: 4, baseDelayMs: 2000, maxDelayMs: 15000 };
/** Pure: the argv of `docker buildx build`. Secret files are passed in already written. */
function buildxArgs(req, files, driver) {
    const args = ['buildx', 'build', '--file', req.dockerfile, '--platform', req.platforms.join(',')];
    if (req.target)
        args.push('--target', req.target);
    if (req.network)
        args.push('--network', req.network);
    for (const t of req.tags)
        args.push('--tag', t);
    for (const [k, v] of Object.entries(req.labels))
        args.push('--label', `${k}=${v}`);
    for (const [k] of req.buildArgs)
        args.push('--build-arg', k); // value comes from the environment
    for (const [id, path] of files.secrets)
        args.push('--secret', `id=${id},src=${path}`);
    if (req.cacheRef) {
        args.push('--cache-from', `type=registry,ref=${req.cacheRef}`);
        // The default `docker` driver cannot export a cache; only the containerised builders can.
        if (req.push && driver !== 'docker')
            args.push('--cache-to', `type=registry,ref=${req.cacheRef},mode=max,image-manifest=true,oci-mediatypes=true,ignore-error=true`);
    }
    args.push(`--provenance=${req.provenance}`, '--metadata-file', files.metadata);
    if (req.push)
        args.push('--push');
    args.push(req.context);
    return args;
}
/** Pure: the argv of the classic `docker build`. */
function classicBuildArgs(req, files) {
    const args = ['build', '--file', req.dockerfile];
    if (req.platforms.length === 1)
        args.push('--platform', req.platforms[0]);
    if (req.target)
        args.push('--target', req.target);
    if (req.network)
        args.push('--network', req.network);
    for (const t of req.tags)
        args.push('--tag', t);
    for (const [k, v] of Object.entries(req.labels))
        args.push('--label', `${k}=${v}`);
    for (const [k] of req.buildArgs)
        args.push('--build-arg', k);
    for (const [id, path] of files.secrets)
        args.push('--secret', `id=${id},src=${path}`);
    args.push('--iidfile', files.iid, req.context);
    return args;
}
/** The digest in a buildx metadata file. */
function digestFromMetadata(text) {
    try {
        const m = JSON.parse(text);
        const d = m['containerimage.digest'];
        return typeof d === 'string' && patterns/* DIGEST_RE */.Vt.test(d) ? d : undefined;
    }
    catch {
        return undefined;
    }
}
/** The digest `docker push` prints: `<tag>: digest: sha256:… size: N`. */
function digestFromPushOutput(text) {
    return /digest: (sha256:[a-f0-9]{64})/.exec(text)?.[1];
}
async function buildImage(docker, req, tmpRoot) {
    const work = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tmpRoot, 'build-'));
    const notes = [];
    try {
        const secrets = req.buildSecrets.map(([id, value], i) => {
            (0,mask/* secret */.rJ)(value);
            const path = (0,external_node_path_.join)(work, `secret-${i}`);
            (0,external_node_fs_.writeFileSync)(path, value, { mode: 0o600 });
            return [id, path];
        });
        // Build-arg values go to docker through its environment (`--build-arg NAME` reads $NAME), never argv.
        const env = Object.fromEntries(req.buildArgs);
        const buildx = await docker.hasBuildx();
        if (buildx) {
            const driver = await docker.buildxDriver();
            if (req.cacheRef && req.push && driver === 'docker')
                notes.push(`The buildx builder uses the 'docker' driver, which cannot export a registry cache: ${req.cacheRef} is read, not written. docker/setup-buildx-action gives a builder that can.`);
            const metadata = (0,external_node_path_.join)(work, 'metadata.json');
            const args = buildxArgs(req, { metadata, secrets }, driver);
            await (0,retry.retry)(() => docker.ok(args, { stream: true, env }), {
                ...PUSH_RETRY,
                retryable: (e) => req.push && (0,image_docker/* isTransientDockerFailure */.vf)(e),
                onRetry: (e, n, ms) => core.warning(`build/push failed on a transient error (attempt ${n}), retrying in ${ms} ms: ${e.detail.split('\n').pop()}`)
            });
            if (!req.push)
                return { builder: 'buildx', notes };
            const digest = digestFromMetadata((0,external_node_fs_.readFileSync)(metadata, 'utf8'));
            if (!digest)
                throw new errors.ActionError('buildx pushed the image but wrote no containerimage.digest to its metadata file.', 'Update buildx (docker/setup-buildx-action) and check that the push succeeded.');
            return { builder: 'buildx', digest, notes };
        }
        if (req.platforms.length > 1) {
            throw new errors.ActionError(`platforms lists ${req.platforms.length} platforms, but this runner has no buildx: the classic builder builds one platform.`, 'Add docker/setup-buildx-action before this step, or give one platform.');
        }
        if (req.cacheRef)
            notes.push('No buildx on this runner: the registry layer cache is skipped (classic builder).');
        if (req.provenance)
            notes.push('No buildx on this runner: provenance is not attached (classic builder).');
        const iid = (0,external_node_path_.join)(work, 'iid');
        // The classic builder only understands --secret with BuildKit switched on.
        const buildEnv = secrets.length ? { ...env, DOCKER_BUILDKIT: '1' } : env;
        await docker.ok(classicBuildArgs(req, { iid, secrets }), { stream: true, env: buildEnv });
        if (!req.push)
            return { builder: 'classic', notes };
        const digests = new Set();
        for (const tag of req.tags) {
            const args = ['push', tag];
            const r = await (0,retry.retry)(() => docker.ok(args, { stream: true }), {
                ...PUSH_RETRY,
                retryable: image_docker/* isTransientDockerFailure */.vf,
                onRetry: (e, n, ms) => core.warning(`docker push ${tag} failed on a transient error (attempt ${n}), retrying in ${ms} ms: ${e.detail.split('\n').pop()}`)
            });
            const d = digestFromPushOutput(r.stdout) ?? (await repoDigest(docker, tag));
            if (!d)
                throw new errors.ActionError(`docker push ${tag} succeeded but no digest could be read back (push output, docker image inspect).`, 'Check the registry; the action deploys by digest and will not fall back to a tag.');
            digests.add(d);
        }
        if (digests.size !== 1)
            throw new errors.ActionError(`The pushed tags point at different digests (${[...digests].join(', ')}).`, 'Another push to the same tags raced this one; re-run the job.');
        return { builder: 'classic', digest: [...digests][0], notes };
    }
    finally {
        (0,external_node_fs_.rmSync)(work, { recursive: true, force: true });
    }
}
/** `registry/repo@sha256:…` of a local image, from `docker image inspect` RepoDigests. */
async function repoDigest(docker, ref) {
    const r = await docker.run(['image', 'inspect', '--format', '{{json .RepoDigests}}', ref], { quiet: true });
    if (r.code !== 0)
        return undefined;
    const repo = ref.replace(/@.*$/, '').replace(/:[^:/]+$/, '');
    try {
        const list = JSON.parse(r.stdout.trim());
        const hit = (list ?? []).find((d) => d.startsWith(`${repo}@`));
        return hit?.slice(repo.length + 1);
    }
    catch {
        return undefined;
    }
}
/** The digest of an image already in a registry (input `image`): imagetools with buildx, else pull + inspect. */
async function resolveDigest(docker, ref) {
    if (await docker.hasBuildx()) {
        const r = await docker.run(['buildx', 'imagetools', 'inspect', '--format', '{{json .Manifest}}', ref]);
        if (r.code === 0) {
            try {
                const d = JSON.parse(r.stdout).digest;
                if (d && patterns/* DIGEST_RE */.Vt.test(d))
                    return d;
            }
            catch {
                // fall through to pull
            }
        }
    }
    await (0,retry.retry)(() => docker.ok(['pull', ref], { stream: true }), { ...PUSH_RETRY, retryable: image_docker/* isTransientDockerFailure */.vf });
    const d = await repoDigest(docker, ref);
    if (!d)
        throw new errors.ActionError(`The digest of ${ref} could not be resolved.`, 'Give image as registry/repo@sha256:… to deploy an exact image.');
    return d;
}

// EXTERNAL MODULE: ./src/azure/arm.ts
var arm = __webpack_require__(51201);
;// CONCATENATED MODULE: ./src/azure/acr.ts




const ACR_TOKEN_USERNAME = '00000000-0000-0000-0000-000000000000';
/** Loopback registries speak plain HTTP (as docker treats them); everything else HTTPS. */
function registryBaseUrl(registry) {
    const host = registry.replace(/:\d+$/, '');
    const loopback = host === 'localhost' || host.startsWith('127.') || host === '[::1]';
    return `${loopback ? 'http' : 'https'}://${registry}`;
}
/** Parses `Bearer realm="…",service="…",scope="…"`. */
function parseChallenge(header) {
    if (!header || !/^Bearer\s/i.test(header))
        return undefined;
    const params = {};
    for (const m of header.slice(7).matchAll(/(\w+)="([^"]*)"/g))
        params[m[1].toLowerCase()] = m[2];
    return params.realm ? { realm: params.realm, service: params.service ?? '' } : undefined;
}
async function readChallenge(registry) {
    const url = `${registryBaseUrl(registry)}/v2/`;
    let res;
    try {
        res = await fetch(url, { redirect: 'manual' });
    }
    catch (e) {
        throw new errors.ActionError(`Cannot reach the registry at ${url}: ${e.cause ?? e.message}`, "Check the registry input and the runner's network access to it (firewall rules, private endpoints).");
    }
    if (res.status === 403)
        throw new errors.ActionError(`The registry ${registry} answered 403 to GET /v2/.`, 'A network rule or firewall of the registry blocks this runner: allow its IP or use a self-hosted runner in the network.');
    const challenge = parseChallenge(res.headers.get('www-authenticate'));
    if (res.status !== 401 || !challenge) {
        throw new errors.ActionError(`The registry ${registry} does not ask for token authentication (GET /v2/ → ${res.status}), so registry-auth: entra cannot work with it.`, 'Use registry-auth: password (or none) for registries that are not Azure Container Registry.');
    }
    return challenge;
}
function tenantOf(accessToken) {
    try {
        const claims = JSON.parse(Buffer.from(accessToken.split('.')[1], 'base64url').toString());
        return claims.tid;
    }
    catch {
        return undefined;
    }
}
async function entraRegistryCredential(registry, credential, cloud, choice) {
    const [challenge, accessToken] = await Promise.all([readChallenge(registry), getToken(credential, cloud.acrScope, choice)]);
    (0,mask/* secret */.rJ)(accessToken);
    const exchangeUrl = new URL('/oauth2/exchange', challenge.realm).toString();
    const body = new URLSearchParams({ grant_type: 'access_token', service: challenge.service || registry, access_token: accessToken });
    const tenant = tenantOf(accessToken);
    if (tenant)
        body.set('tenant', tenant);
    let res;
    try {
        res = await fetch(exchangeUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
    }
    catch (e) {
        throw new errors.ActionError(`The ACR token exchange at ${exchangeUrl} failed: ${e.message}`);
    }
    const text = await res.text();
    if (!res.ok) {
        throw new errors.ActionError(`The ACR token exchange at ${exchangeUrl} answered ${res.status}: ${text.slice(0, 300)}`, res.status === 401 || res.status === 403
            ? 'The registry did not accept the Entra token: the identity needs AcrPush on the registry, and the registry must be in the same tenant (check tenant-id).'
            : undefined);
    }
    let refresh;
    try {
        refresh = JSON.parse(text).refresh_token;
    }
    catch {
        refresh = undefined;
    }
    if (!refresh)
        throw new errors.ActionError(`The ACR token exchange at ${exchangeUrl} returned no refresh_token.`);
    (0,mask/* secret */.rJ)(refresh);
    return { username: ACR_TOKEN_USERNAME, password: refresh, source: 'entra' };
}
/** ACR admin user credentials through ARM: the registry is found by its login server in the subscription. */
async function adminRegistryCredential(registry, credential, cloud, subscriptionId) {
    const { ContainerRegistryManagementClient } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(878), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(751)]).then(__webpack_require__.bind(__webpack_require__, 69751));
    const client = new ContainerRegistryManagementClient(credential, subscriptionId, (0,arm/* armClientOptions */.IL)(cloud));
    let found;
    try {
        for await (const r of client.registries.list()) {
            if (r.loginServer?.toLowerCase() === registry.toLowerCase()) {
                found = r;
                break;
            }
        }
    }
    catch (e) {
        throw (0,arm.describeAzureError)(e, `list container registries in subscription ${subscriptionId}`);
    }
    if (!found?.id || !found.name) {
        throw new errors.ActionError(`No container registry with login server ${registry} was found in subscription ${subscriptionId}.`, 'Check registry and subscription-id, and that the identity can read the registry (Reader on it).');
    }
    const resourceGroup = /\/resourceGroups\/([^/]+)\//i.exec(found.id)?.[1] ?? '';
    if (found.adminUserEnabled === false) {
        throw new errors.ActionError(`The admin user of registry ${found.name} is disabled, so registry-auth: admin cannot log in.`, 'Prefer registry-auth: entra (AcrPush for the identity); or enable the admin user: az acr update -n ' + found.name + ' --admin-enabled true.');
    }
    let creds;
    try {
        creds = await client.registries.listCredentials(resourceGroup, found.name);
    }
    catch (e) {
        throw (0,arm.describeAzureError)(e, `listCredentials of registry ${found.name}`);
    }
    const password = creds.passwords?.find((p) => p.value)?.value;
    if (!creds.username || !password)
        throw new errors.ActionError(`listCredentials of registry ${found.name} returned no admin password.`, 'Enable the admin user or use registry-auth: entra.');
    (0,mask/* secret */.rJ)(password);
    return { username: creds.username, password, source: 'admin' };
}

;// CONCATENATED MODULE: ./src/run/image-phase.ts
/**
 * The image phases of a run: the registry login (its credential may also be what the function
 * app pulls with), then the build and push, or the digest of a prebuilt image. Each returns what
 * it did, for the outputs and the job summary.
 */








/** The build context and Dockerfile, checked before the first side effect. */
function checkBuildPaths(config, workspace) {
    const context = (0,external_node_path_.isAbsolute)(config.image.context) ? config.image.context : (0,external_node_path_.resolve)(workspace, config.image.context);
    if (!(0,external_node_fs_.existsSync)(context) || !(0,external_node_fs_.statSync)(context).isDirectory()) {
        throw new errors.ActionError(`Input 'context': ${JSON.stringify(config.image.context)} is not a directory (looked in ${context}).`, 'Check out the repository first (actions/checkout) and give the folder that holds the Dockerfile.');
    }
    const file = config.image.dockerfile;
    const dockerfile = file ? ((0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.resolve)(workspace, file)) : (0,external_node_path_.join)(context, 'Dockerfile');
    if (!(0,external_node_fs_.existsSync)(dockerfile)) {
        throw new errors.ActionError(`Input 'dockerfile': ${dockerfile} does not exist.`, 'Set dockerfile to the Dockerfile path (relative to the workspace), or put a Dockerfile in the context folder.');
    }
    return { context, dockerfile };
}
/** Gets the registry credential the decision asks for, and logs docker in when it must. */
async function registryLogin(config, d, azure, paths) {
    const docker = new image_docker.Docker('docker');
    const credential = await resolveCredential(config, d.credential, azure);
    const planned = d.credential.kind === 'none' ? `none: ${d.credential.reason}` : d.credential.kind;
    if (credential && d.login) {
        docker.configDir = makeDockerConfig(paths.tmpRoot, paths.dockerHome);
        paths.cleanup(docker.configDir);
        await login(docker, d.image.registry, credential);
        return { docker, credential, login: `${credential.source} (${credential.username})` };
    }
    if (d.login && d.credential.kind === 'none')
        core.info(`No registry login: ${d.credential.reason}.`);
    return { docker, credential, login: planned };
}
async function resolveCredential(config, plan, azure) {
    switch (plan.kind) {
        case 'none':
            return undefined;
        case 'password':
            return { username: config.registryAuth.username, password: config.registryAuth.password, source: 'password' };
        case 'entra':
            return entraRegistryCredential(config.image.registry, azure.credential, azure.cloud, azure.choice);
        case 'admin':
            return adminRegistryCredential(config.image.registry, azure.credential, azure.cloud, config.azure.subscriptionId);
    }
}
/** Builds (and pushes) the image, or reads the digest of the prebuilt one. */
async function buildOrResolve(docker, config, plan, sources, tmpRoot) {
    if (plan.prebuilt) {
        const ref = plan.prebuilt;
        const digest = ref.digest ?? (await resolveDigest(docker, `${ref.registry}/${ref.repository}:${ref.tag}`));
        return { digest, builder: 'none (image input)', notes: [] };
    }
    if (!sources)
        return { notes: [] };
    const result = await core.group('Build' + (plan.push ? ' and push' : ''), () => buildImage(docker, {
        context: sources.context,
        dockerfile: sources.dockerfile,
        target: config.image.buildTarget,
        platforms: config.image.platforms,
        network: config.image.network,
        tags: plan.refs,
        labels: plan.labels,
        buildArgs: config.image.buildArgs,
        buildSecrets: config.image.buildSecrets,
        cacheRef: plan.push ? plan.cacheRef : undefined,
        provenance: config.image.provenance,
        push: plan.push
    }, tmpRoot));
    for (const n of result.notes)
        core.notice(n);
    if (plan.push && !result.digest)
        throw new errors.ActionError('The image was pushed but no digest came back.', 'The action deploys by digest only; check the registry and re-run.');
    return { digest: result.digest, builder: result.builder, notes: result.notes };
}

;// CONCATENATED MODULE: ./src/run/deploy-phase.ts
/**
 * The target phases of a run: render → plan, and for a deploy apply → verify (→ rollback),
 * reported to GitHub at start and finish; or the teardown. Each returns the markdown it adds to
 * the job summary, and the error that failed it, instead of writing into a shared report.
 */


/** The GitHub Deployment and preview comment; loaded only when a deploy reports (it never throws). */
const github = () => __webpack_require__.e(/* import() */ 801).then(__webpack_require__.bind(__webpack_require__, 77801));
function setDeployOutputs(out) {
    for (const key of ['url', 'slot', 'namespace', 'manifests', 'revision'])
        if (out[key])
            core.setOutput(key, out[key]);
    if (out.plan !== undefined)
        core.setOutput('plan', JSON.stringify(out.plan));
}
async function teardown(target, ctx, report) {
    const out = await target.teardown(ctx);
    setDeployOutputs(out);
    await (await github()).reportTeardown({ ...report, phase: 'teardown', where: out });
    return { summary: '', where: out };
}
/** Render and plan; in a deploy, apply and verify, with the rollback on failure. */
async function deploy(target, ctx, report) {
    const plan = await core.group(`Plan (target ${ctx.config.target})`, async () => target.plan(ctx, await target.render(ctx)));
    const out = target.outputs(plan);
    setDeployOutputs(out);
    if (ctx.mode !== 'deploy') {
        core.info(`mode ${ctx.mode}: nothing was changed. The plan:\n${JSON.stringify(out.plan, null, 2)}`);
        return { summary: target.summary(plan), where: out };
    }
    const gh = await github();
    const image = { image: ctx.image, digest: ctx.digest ?? '' };
    const started = await gh.reportStart({ ...report, ...image, phase: 'start', where: out });
    const applied = await target.apply(plan);
    const done = applied.ok ? await target.verify(plan, applied.progress) : applied;
    if (done.ok && target.record)
        await target.record(plan, done.progress);
    const error = done.ok ? undefined : await rolledBack(target, plan, done.progress, done.error);
    const where = target.outputs(plan, done.progress);
    await gh.reportFinish({ ...report, ...image, phase: 'finish', where, deployment: started.deployment, outcome: error ? 'failure' : 'success', error });
    if (!error)
        setDeployOutputs(where);
    return { summary: target.summary(plan, done.progress), error, where };
}
/** Rolls back what the progress says landed; the error names the failure and what was restored. */
async function rolledBack(target, plan, progress, err) {
    const restored = await target.rollback(plan, progress, err).catch((e) => [`the rollback FAILED: ${(0,errors/* describeError */.U)(e).split('\n')[0]}`]);
    const what = restored.length ? `\nRolled back: ${restored.join('; ')}.` : '\nNothing had been changed, so nothing was rolled back.';
    const hint = err instanceof errors.ActionError ? err.hint : undefined;
    return new errors.ActionError(`${(0,errors/* describeError */.U)(err).replace(/\nHint: [\s\S]*$/, '')}${what}`, hint, { cause: err });
}

// EXTERNAL MODULE: ./node_modules/@sigstore/protobuf-specs/dist/index.js
var dist = __webpack_require__(19654);
;// CONCATENATED MODULE: ./src/supply/instance.ts
/**
 * Which Sigstore instance signs and which trust root verifies, decided before any side effect.
 *
 * Signing: a custom instance's `signing-config` file, else the instance @actions/attest chooses —
 * Sigstore's public-good (Fulcio + Rekor) for a public repository, GitHub's own (Fulcio + a
 * timestamp authority, `fulcio.<host>` / `timestamp.<host>`, githubapp.com for github.com)
 * otherwise. Verifying: the `trusted-root` file, else the TUF repository of the instance that
 * signed the bundle (a bundle with a transparency-log entry comes from public-good, one with only
 * a signed timestamp from GitHub's), as `gh attestation verify` decides.
 */




const START = '2023-01-01T00:00:00Z';
const service = (url, operator, majorApiVersion = 1) => ({ url, majorApiVersion, validFor: { start: START }, operator });
/** The signing configuration of a known instance (as @actions/attest's endpoints). */
function knownSigningConfig(instance, serverUrl) {
    if (instance === 'public-good')
        return dist.SigningConfig.fromJSON({
            mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
            caUrls: [service('https://fulcio.sigstore.dev', 'sigstore.dev')],
            oidcUrls: [],
            rekorTlogUrls: [service('https://rekor.sigstore.dev', 'sigstore.dev')],
            tsaUrls: [],
            rekorTlogConfig: { selector: 'ANY' }
        });
    const host = new URL(serverUrl).hostname;
    const base = host === 'github.com' ? 'githubapp.com' : host;
    return dist.SigningConfig.fromJSON({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [service(`https://fulcio.${base}`, host)],
        oidcUrls: [],
        rekorTlogUrls: [],
        tsaUrls: [service(`https://timestamp.${base}`, host)],
        tsaConfig: { selector: 'ANY' }
    });
}
/** As @actions/attest: public repositories sign with public-good, the others with GitHub's instance. */
function defaultInstance(visibility) {
    return visibility === 'public' ? 'public-good' : 'github';
}
/** The GitHub Actions token issuer for a server: github.com and GHE.com (`<name>.ghe.com`); undefined elsewhere. */
function actionsIssuer(serverUrl) {
    const host = new URL(serverUrl).hostname;
    if (host === 'github.com')
        return 'https://token.actions.githubusercontent.com';
    if (/^[a-z0-9-]+\.ghe\.com$/.test(host))
        return `https://token.actions.${host}`;
    return undefined;
}
/** Reads and checks the files the inputs name; throws InputError before any side effect. */
function setupSupplyChain(c, f) {
    if (!c.attest && !c.verify)
        return undefined;
    const issuer = c.oidcIssuer ?? actionsIssuer(f.serverUrl);
    if (!issuer)
        throw new errors/* InputError */.d('oidc-issuer', `is required on ${f.serverUrl}: the GitHub Actions token issuer is known for github.com and GHE.com only.`, 'Set oidc-issuer to the issuer of the Actions ID tokens of this server (the `iss` claim).');
    const signing = c.attest ? signingSetup(c, f, issuer) : undefined;
    const trustedRoot = c.verify && c.trustedRoot ? readTrustedRoot(c.trustedRoot, f.workspace) : undefined;
    return { signing, trustedRoot, issuer, signerRepository: c.signerRepository ?? f.repository, signerWorkflow: c.signerWorkflow, serverUrl: f.serverUrl };
}
function signingSetup(c, f, issuer) {
    if (c.signingConfig)
        return { instance: 'custom', config: readSigningConfig(c.signingConfig, f.workspace), issuer };
    const instance = defaultInstance(f.visibility);
    return { instance, config: knownSigningConfig(instance, f.serverUrl), issuer };
}
function readJson(input, path, workspace, what) {
    const file = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path);
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw new errors/* InputError */.d(input, `cannot read ${file}: ${e.message}.`, `Give the path of ${what} (relative paths start at the workspace).`);
    }
    try {
        const json = JSON.parse(text);
        if (json && typeof json === 'object' && !Array.isArray(json))
            return json;
    }
    catch {
        // reported below
    }
    throw new errors/* InputError */.d(input, `${file} is not a JSON object.`, `Give the path of ${what}.`);
}
function readTrustedRoot(path, workspace) {
    const what = 'a Sigstore trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json)';
    const json = readJson('trusted-root', path, workspace, what);
    if (!String(json.mediaType ?? '').startsWith('application/vnd.dev.sigstore.trustedroot+json'))
        throw new errors/* InputError */.d('trusted-root', `${path} has mediaType ${JSON.stringify(json.mediaType)}, not a trusted root.`, `Give the path of ${what}.`);
    const root = dist.TrustedRoot.fromJSON(json);
    if (!root.certificateAuthorities.length)
        throw new errors/* InputError */.d('trusted-root', `${path} names no certificate authority: no attestation could verify.`, `Give the path of ${what}.`);
    return root;
}
function readSigningConfig(path, workspace) {
    const what = 'a Sigstore signing_config.json (mediaType application/vnd.dev.sigstore.signingconfig.v0.2+json)';
    const json = readJson('signing-config', path, workspace, what);
    if (json.mediaType !== 'application/vnd.dev.sigstore.signingconfig.v0.2+json')
        throw new errors/* InputError */.d('signing-config', `${path} has mediaType ${JSON.stringify(json.mediaType)}.`, `Give the path of ${what}.`);
    const config = dist.SigningConfig.fromJSON(json);
    if (!config.caUrls.length)
        throw new errors/* InputError */.d('signing-config', `${path} names no certificate authority (caUrls).`, `Give the path of ${what}.`);
    if (!config.tsaUrls.length && !config.rekorTlogUrls.length)
        throw new errors/* InputError */.d('signing-config', `${path} names neither a timestamp authority nor a transparency log: a signature would have no time evidence.`, `Give the path of ${what}.`);
    // A service listed without its selector would not be used (sigstore-js signs only with the configured ones).
    const any = { selector: dist.ServiceSelector.ANY, count: 0 };
    return {
        ...config,
        tsaConfig: config.tsaConfig ?? (config.tsaUrls.length ? any : undefined),
        rekorTlogConfig: config.rekorTlogConfig ?? (config.rekorTlogUrls.length ? any : undefined)
    };
}

// EXTERNAL MODULE: ./src/supply/policy.ts
var supply_policy = __webpack_require__(10565);
;// CONCATENATED MODULE: ./src/run/supply-phase.ts
/**
 * The supply-chain phases of a run, between the push and the target: attest what was pushed,
 * then verify the digest about to be deployed (built here or elsewhere). A verification that
 * fails stops the run before the first write to the target.
 */




async function client(config, apiUrl) {
    const { createGitHubClient, logRetry } = await __webpack_require__.e(/* import() */ 203).then(__webpack_require__.bind(__webpack_require__, 96584));
    return createGitHubClient({ token: config.githubToken ?? '', baseUrl: apiUrl, retry: { onRetry: logRetry } });
}
/** Signs and stores the provenance of `registry/repository@digest`; sets output attestation-url. */
async function attestPushed(config, setup, image, f, credential) {
    const signing = setup.signing;
    const [{ attestImage }, { storeAttestation }, gh] = await Promise.all([
        __webpack_require__.e(/* import() */ 714).then(__webpack_require__.bind(__webpack_require__, 76714)),
        __webpack_require__.e(/* import() */ 936).then(__webpack_require__.bind(__webpack_require__, 72936)),
        client(config, f.apiUrl)
    ]);
    if (config.supply.pushToRegistry && !credential)
        throw new errors.ActionError('Input attest-push-to-registry: the run has no registry credential to push the attestation with.', 'Use registry-auth entra, admin or password.');
    const done = await core.group('Attest', async () => {
        core.info(`Signing the provenance of ${image.name}@${image.digest} with the ${signing.instance} Sigstore instance (${signing.config.caUrls[0]?.url}).`);
        return attestImage({
            subjectName: image.name,
            digest: image.digest,
            signing,
            store: (bundle) => storeAttestation(gh, f.repository, bundle),
            pushTo: config.supply.pushToRegistry ? credential : undefined,
            timeoutMs: config.timeoutMs
        });
    });
    const url = `${f.serverUrl}/${f.repository}/attestations/${done.id}`;
    core.setOutput('attestation-url', url);
    core.info(`Attestation ${done.id} stored: ${url}${done.referrer ? `; pushed to the registry as ${done.referrer}` : ''}.`);
    return { url, id: done.id, referrer: done.referrer };
}
/** Verifies that a trusted build attested `digest`; throws, naming what did not match, when none does. */
async function verifyBeforeDeploy(config, setup, digest, f) {
    const [{ listAttestations }, { verifyBundles, customEvidence, INSTANCE_EVIDENCE }, { tufTrust }, gh] = await Promise.all([
        __webpack_require__.e(/* import() */ 936).then(__webpack_require__.bind(__webpack_require__, 72936)),
        Promise.all(/* import() */[__webpack_require__.e(50), __webpack_require__.e(187), __webpack_require__.e(866)]).then(__webpack_require__.bind(__webpack_require__, 34866)),
        __webpack_require__.e(/* import() */ 418).then(__webpack_require__.bind(__webpack_require__, 56418)),
        client(config, f.apiUrl)
    ]);
    const policy = (0,supply_policy/* signerPolicy */.xm)(setup);
    return core.group('Verify attestation', async () => {
        const bundles = await listAttestations(gh, setup.signerRepository, digest);
        core.info(`${bundles.length} attestation(s) of ${digest} in ${setup.signerRepository}; trusted signer: ${policy.subjectText}.`);
        const fromFile = setup.trustedRoot;
        const tuf = tufTrust(f.tmpRoot);
        const trust = fromFile
            ? () => Promise.resolve({ root: fromFile, evidence: customEvidence(fromFile) })
            : async (instance) => ({ root: await tuf(instance), evidence: INSTANCE_EVIDENCE[instance] });
        const result = await verifyBundles({ digest, bundles, policy, trust });
        if (result.ok) {
            core.info(`Verified: ${provenanceText(result.provenance)}.`);
            return result.provenance;
        }
        const why = result.reasons.length ? `\n${result.reasons.map((r) => `- ${(0,report_escape/* untrusted */.bp)(r)}`).join('\n')}` : '';
        throw new errors.ActionError(`Refusing to deploy ${digest}: ${bundles.length ? 'no attestation verifies' : `${setup.signerRepository} has no attestation of it`}.${why}`, bundles.length
            ? `Deploy a digest that ${policy.subjectText} built and attested (attest: true), or set signer-repository / signer-workflow to the build you trust.`
            : `Attest the image where it is built (attest: true in ${setup.signerRepository}), or set signer-repository to the repository that built it.`);
    });
}
/** Attest what this run pushed, then verify the digest about to be deployed. */
async function supplyChain(done, config, setup, run, image, f, credential) {
    if (run.attest && image.reference && image.digest)
        done.attestation = await attestPushed(config, setup, { name: image.reference.split('@')[0], digest: image.digest }, f, credential);
    if (!run.verify)
        return;
    if (!image.digest) {
        done.provenance = `not verified: nothing was pushed in mode ${run.mode}, so there is no digest to check`;
        return;
    }
    done.verifiedBy = provenanceText(await verifyBeforeDeploy(config, setup, image.digest, f));
    done.provenance = `verified: ${done.verifiedBy}`;
}
/** One line for the log, the summary and the PR comment: who built it, from which commit and workflow. */
function provenanceText(p) {
    const commit = p.commit ? `@${p.commit.slice(0, 12)}` : '';
    const repo = p.sourceRepository ? ` from ${p.sourceRepository.replace(/^https:\/\/[^/]+\//, '')}${commit}` : '';
    const ref = p.ref ? ` (${p.ref})` : '';
    const run = p.run ? `, run ${p.run}` : '';
    return `built by ${p.signer.replace(/^https:\/\/[^/]+\//, '')}${repo}${ref}${run}`;
}

;// CONCATENATED MODULE: ./src/run/cleanup.ts
/** `3d 4h`, `5h`, `12m`: a duration as people read it. */
function humanDuration(ms) {
    const m = Math.floor(ms / 60_000);
    const d = Math.floor(m / 1440);
    const h = Math.floor((m % 1440) / 60);
    if (d > 0)
        return h ? `${d}d ${h}h` : `${d}d`;
    if (h > 0)
        return `${h}h`;
    return `${m % 60}m`;
}
function decideOne(p, state, now, maxAgeMs) {
    const base = { pr: p.pr, instance: p.instance, ...(p.lastDeployed ? { lastDeployed: p.lastDeployed } : {}) };
    if (!state)
        return { remove: false, item: { ...base, state: 'unknown', reason: `the state of pull request #${p.pr} is not known` } };
    if (state.state === 'closed')
        return { remove: true, item: { ...base, state: 'closed', reason: `pull request #${p.pr} is ${state.merged ? 'merged' : 'closed'}` } };
    if (state.state === 'gone')
        return { remove: true, item: { ...base, state: 'gone', reason: `pull request #${p.pr} does not exist (404)` } };
    const open = { ...base, state: 'open' };
    if (maxAgeMs === undefined)
        return { remove: false, item: { ...open, reason: `pull request #${p.pr} is open` } };
    const at = p.lastDeployed ? Date.parse(p.lastDeployed) : NaN;
    if (Number.isNaN(at))
        return {
            remove: false,
            item: { ...open, reason: `pull request #${p.pr} is open and the time of its last deploy is not known, so max-preview-age does not apply` }
        };
    const age = now - at;
    const limit = humanDuration(maxAgeMs);
    if (age > maxAgeMs)
        return {
            remove: true,
            item: { ...open, reason: `not deployed to for ${humanDuration(age)}, longer than max-preview-age ${limit} (pull request #${p.pr} is open)` }
        };
    return { remove: false, item: { ...open, reason: `pull request #${p.pr} is open, last deployed ${humanDuration(age)} ago (max-preview-age ${limit})` } };
}
function decideCleanup(previews, states, now, maxAgeMs) {
    const out = { removed: [], kept: [] };
    const sorted = [...previews].sort((a, b) => a.pr - b.pr || a.instance.localeCompare(b.instance));
    for (const p of sorted) {
        const { remove, item } = decideOne(p, states.get(p.pr), now.getTime(), maxAgeMs);
        (remove ? out.removed : out.kept).push(item);
    }
    return out;
}
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
/** The job-summary section: what was removed (or would be, in plan mode), what was kept and why. */
function cleanupSummary(d, o) {
    const failed = new Map((o.failed ?? []).map((f) => [f.pr, f.error]));
    const rows = (items, removed) => items.map((i) => {
        const status = removed ? (o.planOnly ? 'would be removed' : failed.has(i.pr) ? `removal FAILED: ${failed.get(i.pr)}` : 'removed') : 'kept';
        return `| #${i.pr} | <code>${cell(i.instance)}</code> | ${status} | ${cell(i.reason)} | ${i.lastDeployed ?? '–'} |`;
    });
    const all = [...rows(d.removed, true), ...rows(d.kept, false)];
    const head = o.planOnly ? 'mode plan: nothing was removed.' : `${d.removed.length - failed.size} removed, ${d.kept.length} kept.`;
    return [
        '### Preview cleanup',
        '',
        all.length ? head : 'No previews found.',
        '',
        ...(all.length ? ['| PR | Preview | | Why | Last deploy |', '| --- | --- | --- | --- | --- |', ...all, ''] : [])
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/run/cleanup-phase.ts
/**
 * The cleanup of a run (mode cleanup, or mode plan with cleanup: true): the target lists its
 * previews, GitHub says what became of their pull requests, decideCleanup (pure) picks what goes,
 * and each removal is the teardown a closed pull request gets (target.teardown, then the comment
 * marked and the Deployments made inactive by reportTeardown). Every read happens before the first
 * removal: when GitHub cannot answer, nothing is removed.
 *
 * pullRequestsPort is also what a deploy gets to explain a full slot quota and to evict a closed
 * pull request's preview.
 */



/** The context of one preview's teardown: the closed pull request as the intent, and no `slot` input (the preview's own slot is pr-<N>). */
function teardownContext(ctx, pr) {
    const config = { ...ctx.config, functionapp: { ...ctx.config.functionapp, slot: undefined } };
    return { ...ctx, config, facts: { ...ctx.facts, intent: { kind: 'teardown', pr } }, mode: 'teardown', image: '', pullRequests: undefined };
}
/**
 * Pull-request states through the GitHub API, and the teardown of one preview with its GitHub
 * report. undefined without a github-token. The GitHub client is made on first use only.
 */
function pullRequestsPort(target, ctx, report) {
    const token = ctx.config.githubToken;
    const [owner, repo] = (ctx.facts.repo.fullName ?? '').split('/');
    if (!token || !owner || !repo)
        return undefined;
    let client;
    const github = () => (client ??= __webpack_require__.e(/* import() */ 203).then(__webpack_require__.bind(__webpack_require__, 96584)).then(({ createGitHubClient, logRetry }) => createGitHubClient({
        token,
        baseUrl: report.apiUrl || 'https://api.github.com',
        retry: { onRetry: logRetry }
    })));
    return {
        async states(prs) {
            const { pullRequestStates } = await __webpack_require__.e(/* import() */ 487).then(__webpack_require__.bind(__webpack_require__, 74487));
            return pullRequestStates(await github(), { owner, repo }, prs);
        },
        async evict(pr) {
            const c = teardownContext(ctx, pr);
            const out = await target.teardown(c);
            const { reportTeardown } = await __webpack_require__.e(/* import() */ 801).then(__webpack_require__.bind(__webpack_require__, 77801));
            await reportTeardown({ ...report, config: c.config, facts: c.facts, phase: 'teardown', where: out });
            return out;
        }
    };
}
/** What the `cleanup` output holds. */
function cleanupOutput(d, failed) {
    return { removed: d.removed, kept: d.kept, ...(failed.length ? { failed } : {}) };
}
async function cleanup(target, ctx, pulls, now = new Date()) {
    const planOnly = ctx.mode === 'plan';
    if (!pulls)
        throw new errors.ActionError('A cleanup asks GitHub which pull requests are closed, and there is no github-token (or GITHUB_REPOSITORY is not owner/name).', 'Pass github-token (default ${{ github.token }}) with `pull-requests: read`.');
    const previews = await core.group(`Previews of this app (target ${ctx.config.target})`, () => target.previews(ctx));
    core.info(previews.length ? `Previews: ${previews.map((p) => p.instance).join(', ')}.` : 'No previews found.');
    const states = await pulls.states(previews.map((p) => p.pr));
    const decision = decideCleanup(previews, states, now, ctx.config.cleanup?.maxAgeMs);
    for (const i of decision.removed)
        core.info(`${planOnly ? 'Would remove' : 'Removing'} ${i.instance}: ${i.reason}.`);
    for (const i of decision.kept)
        core.info(`Keeping ${i.instance}: ${i.reason}.`);
    const failed = [];
    const removedOut = [];
    if (!planOnly) {
        for (const i of decision.removed) {
            try {
                removedOut.push(await core.group(`Tear down ${i.instance}`, () => pulls.evict(i.pr)));
            }
            catch (e) {
                failed.push({ pr: i.pr, error: (0,errors/* describeError */.U)(e).split('\n')[0] });
                core.warning(`Could not remove ${i.instance}: ${(0,errors/* describeError */.U)(e)}`);
            }
        }
    }
    core.setOutput('cleanup', JSON.stringify(cleanupOutput(decision, failed)));
    const summary = cleanupSummary(decision, { planOnly, failed });
    const error = failed.length
        ? new errors.ActionError(`The cleanup could not remove ${failed.map((f) => `#${f.pr} (${f.error})`).join('; ')}.`, 'The other previews were handled; fix the cause and run the cleanup again (workflow_dispatch).')
        : undefined;
    return { summary, error, where: { plan: cleanupOutput(decision, failed) } };
}

;// CONCATENATED MODULE: ./src/run.ts
/**
 * The main step: config → intent → decision (pure, run/decide.ts) → (teardown) → sign-in →
 * registry login → build/push → target render → plan → apply → verify (→ rollback) → report.
 * Every check runs before the first side effect; each phase returns what it did, and the job
 * summary is put together from those results.
 */





















async function run() {
    const started = Date.now();
    const env = process.env;
    // The fork case is decided before the inputs are validated: a fork's secrets arrive empty.
    const context = readEventContext(env);
    const event = decideIntent(context);
    const config = readInputs({ forkPullRequest: event.intent.kind === 'fork-pr' });
    for (const w of config.warnings)
        core.warning(w);
    core.info(`Event ${env.GITHUB_EVENT_NAME} → ${describeIntent(event.intent)}; mode ${effectiveMode(config.mode, event.intent)}; target ${config.target}.`);
    const notice = eventNotice(event.intent);
    if (notice)
        core.notice(notice.notice);
    if (notice?.stop)
        return;
    const paths = runPaths(env);
    const d = decideRun(config, await gitFacts(event, paths.workspace), {
        idTokenAvailable: !!(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN)
    });
    for (const w of d.image.warnings)
        core.warning(w);
    const sources = d.image.build ? checkBuildPaths(config, paths.workspace) : undefined;
    if (d.azure)
        core.info(`Azure credential: ${d.azure.kind} (${d.azure.why}).`);
    const target = d.target ? await (0,targets_target/* loadTarget */.K)(d.target.name) : undefined;
    const supply = d.supply.attest || d.supply.verify ? setupSupplyChain(config.supply, supplyFacts(context, paths)) : undefined;
    // --- side effects from here on ---
    let access;
    let built;
    let deployed;
    const supplied = {};
    let failed = false;
    try {
        const azure = await signIn(config, d);
        const baseCtx = {
            config,
            facts: event,
            registry: d.image.registry,
            azure,
            tmpRoot: paths.tmpRoot,
            workspace: paths.workspace,
            cleanup: paths.cleanup,
            pollMs: 2000
        };
        const report = { config, facts: event, apiUrl: env.GITHUB_API_URL, environment: config.deploymentEnvironment };
        const pullRequests = target ? pullRequestsPort(target, baseCtx, report) : undefined;
        if (d.target?.cleanup && target) {
            deployed = await cleanup(target, { ...baseCtx, mode: d.target.mode, image: '', pullRequests }, pullRequests);
            if (deployed.error)
                throw deployed.error;
            return;
        }
        if (d.target?.mode === 'teardown' && target) {
            deployed = await teardown(target, { ...baseCtx, mode: 'teardown', image: '' }, report);
            return;
        }
        access = await registryLogin(config, d, azure, paths);
        built = await buildOrResolve(access.docker, config, d.image, sources, paths.tmpRoot);
        const image = imageOutputs(d, built);
        if (supply)
            await supplyChain(supplied, config, supply, { ...d.supply, mode: d.mode }, { reference: image, digest: built.digest }, supplyFacts(context, paths), access.credential);
        if (!target || !d.target)
            return;
        const ctx = {
            ...baseCtx,
            mode: d.target.mode,
            image: image ?? d.image.refs[0],
            dockerConfigDir: access.docker.configDir,
            digest: built.digest,
            fallbackImage: fallbackImage(d),
            registryCredential: access.credential,
            pullRequests
        };
        deployed = await deploy(target, ctx, { ...report, provenance: supplied.verifiedBy });
        if (deployed.error)
            throw deployed.error;
    }
    catch (err) {
        failed = true;
        throw err;
    }
    finally {
        const shown = {
            context,
            event,
            d,
            access,
            built,
            deployed,
            supplied,
            outcome: failed ? 'failed' : 'succeeded',
            durationMs: Date.now() - started
        };
        await writeSummary([summaryOf(config, shown), deployed?.summary ?? ''].join('\n'));
    }
}
function supplyFacts(context, paths) {
    const repository = context.payload.repository;
    return {
        apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
        serverUrl: context.serverUrl,
        repository: context.repository,
        tmpRoot: paths.tmpRoot,
        workspace: paths.workspace,
        visibility: repository?.visibility
    };
}
function runPaths(env) {
    return {
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        tmpRoot: env.RUNNER_TEMP && (0,external_node_fs_.existsSync)(env.RUNNER_TEMP) ? env.RUNNER_TEMP : (0,external_node_os_.tmpdir)(),
        dockerHome: env.DOCKER_CONFIG ?? (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.docker'),
        cleanup: state/* state */.w.addCleanup
    };
}
/** What git adds to the event: the commit time (when the payload lacks it) and, for a release, the versions already tagged. */
async function gitFacts(event, workspace) {
    const [commitTime, knownVersions] = await Promise.all([
        event.commitTime ? Promise.resolve(new Date(event.commitTime).toISOString()) : git_commitTime(workspace, event.sha),
        event.intent.kind === 'release' ? tagNames(workspace) : Promise.resolve([])
    ]);
    return { ...event, commitTime, knownVersions };
}
async function signIn(config, d) {
    if (!d.azure)
        return undefined;
    const cloud = cloudFor(config.azure);
    return { cloud, choice: d.azure, credential: await makeCredential(config.azure, cloud, d.azure, (aud) => core.getIDToken(aud)) };
}
/** Sets outputs image, digest and tags; returns the digest reference when there is one. */
function imageOutputs(d, built) {
    const image = built.digest ? digestReference(d.image, built.digest) : undefined;
    if (image && built.digest) {
        core.setOutput('image', image);
        core.setOutput('digest', built.digest);
    }
    core.setOutput('tags', JSON.stringify(d.image.push ? d.image.refs : []));
    core.info(image ? `Image: ${image}` : d.image.build ? 'Image built, not pushed.' : 'No image was built.');
    return image;
}
/** `registry/repository:sha-<7>`, where App Service refuses the digest form (only when it was pushed). */
function fallbackImage(d) {
    const shaTag = d.image.tags.find((t) => t.startsWith('sha-'));
    return shaTag && d.image.push ? `${d.image.registry}/${d.image.repository}:${shaTag}` : undefined;
}
function summaryOf(config, s) {
    const { d, built } = s;
    const image = built?.digest ? digestReference(d.image, built.digest) : undefined;
    const notes = [...d.image.warnings, ...(built?.notes ?? [])];
    if (d.target && d.target.mode !== 'teardown' && !d.target.cleanup && built && !image)
        notes.push(`Nothing was pushed in mode ${d.mode}: the plan shows ${d.image.refs[0]}, the tag a deploy would push.`);
    const action = s.context.payload.action;
    return summaryMarkdown({
        event: { name: s.context.eventName, action: typeof action === 'string' ? action : undefined, ref: s.context.ref },
        intent: describeIntent(s.event.intent),
        target: d.target ? config.target : undefined,
        mode: d.mode,
        image,
        digest: built?.digest,
        refs: built && d.image.push ? d.image.refs : [],
        pushed: built !== undefined && d.image.push,
        labels: d.image.labels,
        builder: built?.builder,
        buildArgNames: config.image.buildArgs.map(([k]) => k),
        secretIds: config.image.buildSecrets.map(([k]) => k),
        login: s.access?.login ?? (d.credential.kind === 'none' ? `none: ${d.credential.reason}` : d.credential.kind),
        azureAuth: d.azure ? `${d.azure.kind} (${d.azure.why})` : undefined,
        where: s.deployed?.where,
        verified: s.deployed?.where?.verified,
        attestation: s.supplied.attestation?.url,
        provenance: s.supplied.provenance,
        outcome: s.outcome,
        durationMs: s.durationMs,
        notes
    });
}
function describeIntent(intent) {
    switch (intent.kind) {
        case 'deploy':
            return intent.branch ? `deploy (branch ${(0,report_escape/* untrusted */.bp)(intent.branch)})` : 'deploy';
        case 'preview':
            return `preview of pull request #${intent.pr}`;
        case 'teardown':
            return `teardown of pull request #${intent.pr}`;
        case 'release':
            return `release ${(0,report_escape/* untrusted */.bp)(intent.gitTag)}${intent.prerelease ? ' (prerelease)' : ''}`;
        case 'fork-pr':
            return `fork pull request #${intent.pr}`;
        case 'skip':
            return 'nothing to do';
    }
}


/***/ }),

/***/ 10565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GH: () => (/* binding */ IN_TOTO_PAYLOAD),
/* harmony export */   Ic: () => (/* binding */ statementMismatches),
/* harmony export */   Jj: () => (/* binding */ provenanceOf),
/* harmony export */   Nn: () => (/* binding */ identityMismatches),
/* harmony export */   xm: () => (/* binding */ signerPolicy)
/* harmony export */ });
/* unused harmony export SLSA_PROVENANCE_V1 */
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83917);
/* harmony import */ var _sigstore_core__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_sigstore_core__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_patterns_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38817);
/**
 * Whose build is trusted, and what a verified certificate says about the build. Pure.
 *
 * The identity is matched the way `gh attestation verify --repo … --signer-workflow …` does: the
 * certificate's subject (the build signer URI, `https://<server>/<owner>/<repo>/.github/workflows/<file>@<ref>`)
 * against an anchored pattern, so that `octo-org/app` never matches `octo-org/app-fork`; the source
 * repository extension equal to the trusted repository; the issuer extension equal to the Actions issuer.
 */


/** Fulcio's certificate extensions for GitHub Actions (sigstore/fulcio docs/oid-info.md). */
const OID = {
    issuer: '1.3.6.1.4.1.57264.1.8',
    buildSigner: '1.3.6.1.4.1.57264.1.9',
    sourceRepository: '1.3.6.1.4.1.57264.1.12',
    commit: '1.3.6.1.4.1.57264.1.13',
    ref: '1.3.6.1.4.1.57264.1.14',
    buildConfig: '1.3.6.1.4.1.57264.1.18',
    trigger: '1.3.6.1.4.1.57264.1.20',
    run: '1.3.6.1.4.1.57264.1.21'
};
function signerPolicy(p) {
    const server = p.serverUrl.replace(/\/+$/, '');
    const repositoryUri = `${server}/${p.signerRepository}`;
    if (p.signerWorkflow?.includes('@'))
        return {
            subject: new RegExp(`^${(0,_util_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(`${server}/${p.signerWorkflow}`)}$`, 'i'),
            subjectText: `${server}/${p.signerWorkflow}`,
            repositoryUri,
            issuer: p.issuer
        };
    if (p.signerWorkflow)
        return {
            subject: new RegExp(`^${(0,_util_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(`${server}/${p.signerWorkflow}`)}@[^\\s]+$`, 'i'),
            subjectText: `${server}/${p.signerWorkflow}@<any ref>`,
            repositoryUri,
            issuer: p.issuer
        };
    return {
        subject: new RegExp(`^${(0,_util_patterns_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeRegExp */ .Nt)(repositoryUri)}/\\.github/workflows/[^/@\\s]+@[^\\s]+$`, 'i'),
        subjectText: `${repositoryUri}/.github/workflows/<any workflow>@<any ref>`,
        repositoryUri,
        issuer: p.issuer
    };
}
/** The GitHub Actions facts a Fulcio certificate carries (DER UTF8String extensions, v2 OIDs). */
function provenanceOf(certificate) {
    const cert = _sigstore_core__WEBPACK_IMPORTED_MODULE_0__.X509Certificate.parse(Buffer.from(certificate));
    const ext = (oid) => {
        const e = cert.extension(oid);
        if (!e)
            return undefined;
        const inner = e.valueObj.subs?.[0];
        return (inner ? inner.value : e.value).toString('utf8');
    };
    return {
        signer: cert.extSubjectAltName?.uri ?? cert.subjectAltName ?? '',
        sourceRepository: ext(OID.sourceRepository),
        commit: ext(OID.commit),
        ref: ext(OID.ref),
        workflow: ext(OID.buildConfig),
        trigger: ext(OID.trigger),
        run: ext(OID.run),
        issuer: ext(OID.issuer)
    };
}
/** What in a verified certificate does not match the trusted build; empty: it matches. */
function identityMismatches(p, policy) {
    const out = [];
    if (!policy.subject.test(p.signer))
        out.push(`signed by ${p.signer || '(no subject)'}, not ${policy.subjectText}`);
    if ((p.sourceRepository ?? '').toLowerCase() !== policy.repositoryUri.toLowerCase())
        out.push(`built from ${p.sourceRepository ?? '(no source repository)'}, not ${policy.repositoryUri}`);
    if (p.issuer !== policy.issuer)
        out.push(`token issuer ${p.issuer ?? '(none)'}, not ${policy.issuer}`);
    return out;
}
const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
/** What in the DSSE payload does not match: an in-toto statement with an SLSA provenance predicate whose subject is the digest. */
function statementMismatches(payloadType, payload, digest) {
    if (payloadType !== IN_TOTO_PAYLOAD)
        return [`payload type ${payloadType}, not ${IN_TOTO_PAYLOAD}`];
    let statement;
    try {
        statement = JSON.parse(payload.toString('utf8'));
    }
    catch {
        return ['the payload is not JSON'];
    }
    const out = [];
    if (typeof statement._type !== 'string' || !statement._type.startsWith('https://in-toto.io/Statement/'))
        out.push('not an in-toto statement');
    if (statement.predicateType !== SLSA_PROVENANCE_V1)
        out.push(`predicate ${String(statement.predicateType)}, not ${SLSA_PROVENANCE_V1}`);
    const hex = digest.replace(/^sha256:/, '');
    const subjects = Array.isArray(statement.subject) ? statement.subject : [];
    if (!subjects.some((s) => s?.digest?.sha256 === hex)) {
        const named = subjects.map((s) => `sha256:${String(s?.digest?.sha256)}`).join(', ') || 'no subject';
        out.push(`its subject is ${named}, not ${digest}`);
    }
    return out;
}


/***/ }),

/***/ 29425:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ loadTarget),
/* harmony export */   KL: () => (/* binding */ previewNumber),
/* harmony export */   t2: () => (/* binding */ recorded)
/* harmony export */ });
/** The pull request a preview's slot or label `pr-<N>` belongs to; undefined: not a preview name. */
function previewNumber(name) {
    const m = /^pr-(\d+)$/i.exec(name);
    return m ? Number(m[1]) : undefined;
}
/** Runs a step that fills in `progress` as it goes, and returns the record whether or not it failed. */
async function recorded(progress, work) {
    try {
        await work(progress);
        return { progress, ok: true };
    }
    catch (error) {
        return { progress, ok: false, error };
    }
}
/** Loads a target's module on demand so its SDKs cost nothing to runs that do not use them. */
async function loadTarget(name) {
    if (name === 'functionapp')
        return (await __webpack_require__.e(/* import() */ 618).then(__webpack_require__.bind(__webpack_require__, 6618))).functionAppTarget;
    if (name === 'containerapp')
        return (await __webpack_require__.e(/* import() */ 219).then(__webpack_require__.bind(__webpack_require__, 86219))).containerAppTarget;
    return (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(497)]).then(__webpack_require__.bind(__webpack_require__, 45878))).aksTarget;
}


/***/ }),

/***/ 37895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cli: () => (/* binding */ Cli),
/* harmony export */   CliError: () => (/* binding */ CliError),
/* harmony export */   Lf: () => (/* binding */ execArgs),
/* harmony export */   ci: () => (/* binding */ outputTail)
/* harmony export */ });
/* unused harmony export displayCommand */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _actions_exec__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12697);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);
/* harmony import */ var _report_mask_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69488);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(14031);
/**
 * The one way the action runs a CLI (docker, kubectl, az, git): `@actions/exec` with an argument
 * array, never a shell, so branch names, PR titles and tags are just bytes in argv. Secrets travel
 * on stdin (`input`) or in the child's environment, never in argv. Output is captured; the
 * `[command]` line and streamed lines reach the log redacted (`report/mask`); a failed command
 * becomes a `CliError` with the redacted tail of what it printed and a hint.
 */







/** A command that exited non-zero; `detail` is the redacted tail of what it printed. */
class CliError extends _errors_js__WEBPACK_IMPORTED_MODULE_4__.ActionError {
    result;
    detail;
    constructor(what, result, hint) {
        const detail = outputTail(result, 12);
        super(`${what} failed (exit ${result.code}):\n${detail}`, hint);
        this.name = 'CliError';
        this.result = result;
        this.detail = detail;
    }
}
/** The last `lines` lines of stderr (or stdout when stderr is empty), redacted. */
function outputTail(result, lines) {
    return (0,_report_mask_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)((result.stderr.trim() || result.stdout.trim()).split(/\r?\n/).slice(-lines).join('\n'));
}
/** One CLI as the tool classes use it: `run` returns the exit code, `ok` throws `CliError` on a non-zero one. */
class Cli {
    bin;
    spec;
    constructor(bin, spec) {
        this.bin = bin;
        this.spec = spec;
    }
    /** Runs the command; throws an ActionError only when it cannot be run (missing, timed out). */
    async run(args, opts = {}) {
        try {
            return await execArgs(this.bin, args, { ...opts, env: { ...this.spec.env?.(), ...opts.env } });
        }
        catch (e) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__.ActionError(`Cannot run ${this.spec.name}: ${e.message}.`, this.spec.installHint);
        }
    }
    /** Runs and throws a CliError on a non-zero exit, with the command's own last words and a hint. */
    async ok(args, opts = {}) {
        const r = await this.run(args, opts);
        if (r.code !== 0)
            throw this.spec.fail ? this.spec.fail(args, r, opts.hint) : new CliError(`${this.spec.name} ${args[0] ?? ''}`.trim(), r, opts.hint);
        return r;
    }
}
/**
 * Runs `file` with `args` through @actions/exec. Never throws on a non-zero exit (the caller
 * reads `code`); throws when the program cannot be started or does not finish within `timeoutMs`.
 */
async function execArgs(file, args, opts = {}) {
    const env = {};
    for (const [k, v] of Object.entries({ ...process.env, ...opts.env }))
        if (v !== undefined)
            env[k] = v;
    // Arguments may carry event text (labels, tags): escaped so no value can start a workflow command.
    if (!opts.quiet)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__.info((0,_report_mask_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(`[command]${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_6__/* .untrusted */ .bp)(displayCommand(file, args))}`));
    const print = (line) => process.stdout.write((0,_report_mask_js__WEBPACK_IMPORTED_MODULE_5__/* .redact */ .E$)(line) + '\n');
    const running = (0,_actions_exec__WEBPACK_IMPORTED_MODULE_1__/* .getExecOutput */ .H)(quoteTool(file), [...args], {
        cwd: opts.cwd,
        env,
        // Only when there is something to say: @actions/exec writes stdin with no error handler, so a
        // write to a child that has already exited (EPIPE) would end this process. Without input the
        // child's stdin stays open and unread; none of the commands the action runs reads it then.
        input: opts.input ? Buffer.from(opts.input, 'utf8') : undefined,
        silent: true,
        ignoreReturnCode: true,
        listeners: opts.stream ? { stdline: print, errline: print } : undefined
    }).then((r) => ({ code: r.exitCode ?? 128, stdout: r.stdout, stderr: r.stderr }), (e) => {
        throw new Error(/Unable to locate executable file/.test(e.message) ? `${file} was not found on PATH` : e.message);
    });
    if (!opts.timeoutMs)
        return running;
    const ms = opts.timeoutMs;
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => {
            stopChildren(file, args);
            reject(new Error(`${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file)} did not finish within ${Math.round(ms / 1000)} s`));
        }, ms);
    });
    try {
        return await Promise.race([running, deadline]);
    }
    finally {
        clearTimeout(timer);
        running.catch(() => undefined);
    }
}
/**
 * @actions/exec gives no handle on the child, so a timed-out one is found by its parent and argv
 * in /proc (Linux, where the action runs) and sent SIGTERM; elsewhere it is left to finish.
 */
function stopChildren(file, args) {
    let pids;
    try {
        pids = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readdirSync)('/proc').filter((p) => /^\d+$/.test(p));
    }
    catch {
        return;
    }
    const want = args.join('\0');
    for (const pid of pids) {
        try {
            const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
            const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
            if (ppid !== process.pid)
                continue;
            const argv = (0,node_fs__WEBPACK_IMPORTED_MODULE_2__.readFileSync)(`/proc/${pid}/cmdline`, 'utf8').replace(/\0$/, '').split('\0');
            if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(argv[0]) === (0,node_path__WEBPACK_IMPORTED_MODULE_3__.basename)(file) && argv.slice(1).join('\0') === want)
                process.kill(Number(pid), 'SIGTERM');
        }
        catch {
            // gone already, or not ours to read
        }
    }
}
/** @actions/exec splits its first argument on spaces unless quoted: the tool path is quoted. */
function quoteTool(file) {
    if (file.includes('"'))
        throw new Error(`the program path ${file} contains a double quote`);
    return `"${file}"`;
}
/** How a command line is shown in the log: each argument quoted only when it needs it. Display only. */
function displayCommand(file, args) {
    return [file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}


/***/ }),

/***/ 38817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $N: () => (/* binding */ DIGEST_REFERENCE_RE),
/* harmony export */   Nt: () => (/* binding */ escapeRegExp),
/* harmony export */   Vt: () => (/* binding */ DIGEST_RE),
/* harmony export */   iK: () => (/* binding */ DNS1123_LABEL_RE),
/* harmony export */   te: () => (/* binding */ DNS1123_LABEL_MAX)
/* harmony export */ });
/**
 * The name and digest patterns that config/, the aks renderer and the aks validator share:
 * one definition each, so an input accepted here is a name the cluster accepts. Pure.
 */
/** A Kubernetes DNS-1123 label (namespaces, object names): lower-case letters, digits and -. */
const DNS1123_LABEL_RE = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** The longest DNS-1123 label. */
const DNS1123_LABEL_MAX = 63;
/** An image digest: `sha256:<64 hex>`. */
const DIGEST_RE = /^sha256:[a-f0-9]{64}$/;
/** `s` as a regular expression that matches exactly it (for building anchored patterns from names). */
function escapeRegExp(s) {
    return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/** An image reference by digest: `registry/repository@sha256:<64 hex>`. */
const DIGEST_REFERENCE_RE = /^[^\s@]+@sha256:[0-9a-f]{64}$/;


/***/ }),

/***/ 4266:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   retry: () => (/* binding */ retry),
/* harmony export */   w: () => (/* binding */ withTimeout),
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
/** Bounds a call that has no timeout of its own: rejects with `message` when `ms` pass first. */
async function withTimeout(p, ms, message) {
    let timer;
    const late = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(message)), ms);
        timer.unref?.();
    });
    try {
        return await Promise.race([p, late]);
    }
    finally {
        clearTimeout(timer);
    }
}


/***/ })

};
