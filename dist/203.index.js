export const id = 203;
export const ids = [203];
export const modules = {

/***/ 96584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GitHubApiError: () => (/* binding */ GitHubApiError),
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient),
/* harmony export */   githubMessage: () => (/* binding */ githubMessage),
/* harmony export */   isTransientGitHubError: () => (/* binding */ isTransientGitHubError),
/* harmony export */   logRetry: () => (/* binding */ logRetry),
/* harmony export */   missingPermissionMessage: () => (/* binding */ missingPermissionMessage),
/* harmony export */   notAccessible: () => (/* binding */ notAccessible)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4266);
/**
 * The GitHub REST client: @actions/github's Octokit, loaded on demand (dynamic import) so that runs
 * which never report to GitHub do not load it. The API base URL is passed in (run.ts reads
 * GITHUB_API_URL); nothing here reads the environment.
 *
 * One error mapping: GitHub's "Resource not accessible by integration" (403, or 404 on some
 * endpoints) becomes a typed `missing-permission` result, so callers warn and name the
 * `permissions:` key to add, instead of failing the deploy. Every other failure is a
 * GitHubApiError, after bounded retries for 429 / 502 / 503 / 504, secondary rate limits and
 * connection errors.
 */



/** A GitHub API call that failed for a reason other than a missing permission. */
class GitHubApiError extends _util_errors_js__WEBPACK_IMPORTED_MODULE_1__.ActionError {
    status;
    constructor(what, status, message, hint, options) {
        super(`GitHub API: could not ${what}${status ? ` (${status})` : ''}: ${message}`, hint, options);
        this.name = 'GitHubApiError';
        this.status = status;
    }
}
const NOT_ACCESSIBLE = /Resource not accessible by (integration|personal access token)/i;
function asHttpError(err) {
    return err && typeof err === 'object' ? err : undefined;
}
/** GitHub's own message from the response body, else the error's message. */
function githubMessage(err) {
    const e = asHttpError(err);
    const data = e?.response?.data;
    if (data && typeof data === 'object' && typeof data.message === 'string')
        return data.message;
    if (typeof data === 'string' && data.trim())
        return data.trim().slice(0, 300);
    return e?.message ?? String(err);
}
/** The status and message when GitHub refused the token for lack of a permission; else undefined. */
function notAccessible(err) {
    const e = asHttpError(err);
    const status = e?.response?.status ?? e?.status;
    if (status !== 403 && status !== 404)
        return undefined;
    const message = githubMessage(err);
    return NOT_ACCESSIBLE.test(message) ? { status, message } : undefined;
}
/** Worth another attempt: rate limits, gateway errors and connection failures (no response). */
function isTransientGitHubError(err) {
    const e = asHttpError(err);
    if (!e)
        return false;
    if (!e.response)
        return e.status === 500 || e.status === undefined; // fetch failed or timed out
    const status = e.response.status ?? e.status ?? 0;
    if ([429, 502, 503, 504].includes(status))
        return true;
    const headers = e.response.headers ?? {};
    // Secondary rate limit: 403 with Retry-After, or the primary limit exhausted.
    return status === 403 && (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0') && !notAccessible(err);
}
function retryAfterMs(err) {
    const headers = asHttpError(err)?.response?.headers ?? {};
    const after = headers['retry-after'];
    if (after !== undefined && /^\d+$/.test(after.trim()))
        return Number(after) * 1000;
    const reset = headers['x-ratelimit-reset'];
    if (headers['x-ratelimit-remaining'] === '0' && reset && /^\d+$/.test(reset))
        return Math.max(0, Number(reset) * 1000 - Date.now());
    return undefined;
}
/** The warning for a refused call: what failed, why, and the `permissions:` key to add. */
function missingPermissionMessage(m) {
    return (`The GitHub token may not ${m.what} (${m.status} ${m.message}). ` +
        `Add \`${m.permission}\` to the job's \`permissions:\` (or pass a github-token that has it). The deploy itself is not affected.`);
}
function normaliseBaseUrl(baseUrl) {
    let u;
    try {
        u = new URL(baseUrl);
    }
    catch {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__.ActionError(`GITHUB_API_URL ${JSON.stringify(baseUrl)} is not a URL.`, 'On GitHub it is set by the runner; in tests point it at the emulator, e.g. http://127.0.0.1:8080.');
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__.ActionError(`GITHUB_API_URL ${JSON.stringify(baseUrl)} is not an http(s) URL.`);
    return baseUrl.replace(/\/+$/, '');
}
/** The log line of a retried GitHub call (the run's default onRetry). */
function logRetry(err, attempt, ms) {
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`GitHub API: attempt ${attempt} failed (${(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .U)(err).split('\n')[0]}); retrying in ${ms} ms.`);
}
async function createGitHubClient(o) {
    if (!o.token)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__.ActionError('No GitHub token.', 'Set the github-token input (default: ${{ github.token }}).');
    const baseUrl = normaliseBaseUrl(o.baseUrl);
    // Loaded here, not at the top: @actions/github (Octokit and its endpoint table) is only needed
    // by runs that report a Deployment or a comment.
    const { getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
    const octokit = getOctokit(o.token, {
        baseUrl,
        userAgent: o.userAgent ?? 'azure-functions-container-deploy',
        log: {
            debug: () => undefined,
            info: () => undefined,
            warn: (m) => process.stderr.write(`${m}\n`),
            error: (m) => process.stderr.write(`${m}\n`)
        }
    });
    const timeoutMs = o.requestTimeoutMs ?? 30_000;
    const retryOptions = {
        attempts: o.retry?.attempts ?? 4,
        baseDelayMs: o.retry?.baseDelayMs ?? 1000,
        maxDelayMs: o.retry?.maxDelayMs ?? 20_000,
        retryable: isTransientGitHubError,
        delayFor: retryAfterMs,
        sleep: o.retry?.sleep,
        onRetry: o.retry?.onRetry
    };
    // Every request (paginated pages included) gets its own timeout and the bounded retry. The
    // request options keep @actions/github's proxy-aware fetch; only the signal is added.
    octokit.hook.wrap('request', (request, options) => (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__.retry)(async () => request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(timeoutMs) } }), retryOptions));
    return {
        octokit,
        baseUrl,
        async call(what, permission, fn) {
            try {
                return { ok: true, value: await fn(octokit) };
            }
            catch (err) {
                const refused = notAccessible(err);
                if (refused)
                    return { ok: false, kind: 'missing-permission', permission, status: refused.status, message: refused.message, what };
                const status = asHttpError(err)?.response?.status ?? asHttpError(err)?.status;
                const hint = status === 401
                    ? 'The token was refused (Bad credentials): check the github-token input.'
                    : status === 404
                        ? `Check that the token can see the repository, and that \`${permission}\` is granted.`
                        : undefined;
                throw new GitHubApiError(what, asHttpError(err)?.response ? status : undefined, githubMessage(err), hint, { cause: err });
            }
        }
    };
}


/***/ })

};
