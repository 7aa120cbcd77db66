export const id = 801;
export const ids = [801,203];
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


/***/ }),

/***/ 77801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deactivateEnvironment: () => (/* binding */ deactivateEnvironment),
  deploymentEnvironment: () => (/* binding */ deploymentEnvironment),
  finishDeployment: () => (/* binding */ finishDeployment),
  previewInstance: () => (/* binding */ previewInstance),
  reportFinish: () => (/* binding */ reportFinish),
  reportStart: () => (/* binding */ reportStart),
  reportTeardown: () => (/* binding */ reportTeardown),
  reportToGitHub: () => (/* binding */ reportToGitHub),
  startDeployment: () => (/* binding */ startDeployment)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./src/github/client.ts
var github_client = __webpack_require__(96584);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(69488);
;// CONCATENATED MODULE: ./src/github/comment.ts

const TOOL = 'azure-functions-container-deploy';
const MARKER_PREFIX = `<!-- ${TOOL}:preview:`;
const DATA_PREFIX = `<!-- ${TOOL}:data `;
const MAX_BODY = 60_000; // GitHub refuses bodies over 65 536 characters
/** The instance as it appears in the marker: no characters that could end an HTML comment. */
function markerInstance(instance) {
    return instance.replace(/[^A-Za-z0-9._/-]/g, '-').replace(/-{2,}/g, '-') || 'default';
}
/** `<!-- azure-functions-container-deploy:preview:<instance> -->` */
function commentMarker(instance) {
    return `${MARKER_PREFIX}${markerInstance(instance)} -->`;
}
function readCommentData(body) {
    if (!body)
        return {};
    const start = body.indexOf(DATA_PREFIX);
    if (start < 0)
        return {};
    const end = body.indexOf(' -->', start);
    try {
        const parsed = JSON.parse(body.slice(start + DATA_PREFIX.length, end));
        const s = (k) => (typeof parsed[k] === 'string' ? parsed[k] : undefined);
        return { image: s('image'), digest: s('digest'), url: s('url'), sha: s('sha') };
    }
    catch {
        return {};
    }
}
const code = (s) => '`' + s.replace(/`/g, "'").replace(/\r?\n/g, ' ') + '`';
const comment_text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');
const isHttpUrl = (s) => /^https?:\/\/[^\s<>()[\]`]+$/.test(s);
const comment_link = (s) => (isHttpUrl(s) ? `<${s}>` : code(s));
/**
 * A deploy plan (the `plan` output: names only) as at most `max` short lines. Accepts an array of
 * lines, or an object whose values are scalars, name lists or one level of nested objects.
 */
function planLines(plan, max = 20) {
    const lines = [];
    const scalar = (v) => typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v === null ? 'none' : undefined;
    const value = (v) => {
        const s = scalar(v);
        if (s !== undefined)
            return s;
        if (Array.isArray(v))
            return v.length ? v.map((x) => scalar(x) ?? JSON.stringify(x)).join(', ') : 'none';
        return JSON.stringify(v);
    };
    const visit = (prefix, v, depth) => {
        if (v && typeof v === 'object' && !Array.isArray(v) && depth < 2) {
            for (const [k, sub] of Object.entries(v))
                visit(prefix ? `${prefix}.${k}` : k, sub, depth + 1);
        }
        else if (v !== undefined) {
            lines.push(prefix ? `${prefix}: ${value(v)}` : value(v));
        }
    };
    if (Array.isArray(plan))
        for (const item of plan)
            visit('', item, 1);
    else
        visit('', plan, 0);
    const clipped = lines.map((l) => (l.length > 200 ? `${l.slice(0, 199)}…` : l));
    return clipped.length > max ? [...clipped.slice(0, max), `… and ${clipped.length - max} more`] : clipped;
}
const HEADINGS = {
    deployed: '✅ Preview deployed',
    failed: '❌ Preview deploy failed',
    'torn-down': '🧹 Preview torn down'
};
function renderComment(c) {
    const rows = [];
    if (c.status !== 'torn-down' && c.url)
        rows.push(['URL', comment_link(c.url)]);
    if (c.image)
        rows.push([c.status === 'torn-down' ? 'Last image' : 'Image', code(c.image)]);
    if (c.digest && !(c.image && c.image.endsWith(c.digest)))
        rows.push(['Digest', code(c.digest)]);
    if (c.sha)
        rows.push(['Commit', code(c.sha.slice(0, 12))]);
    if (c.provenance && c.status !== 'torn-down')
        rows.push(['Provenance', `verified: ${comment_text(c.provenance)}`]);
    if (c.runUrl)
        rows.push(['Run', isHttpUrl(c.runUrl) ? `[workflow run](${c.runUrl})` : code(c.runUrl)]);
    const out = [commentMarker(c.instance)];
    const data = { image: c.image, digest: c.digest, url: c.url, sha: c.sha };
    if (Object.values(data).some((v) => v !== undefined))
        out.push(`${DATA_PREFIX}${JSON.stringify(data).replace(/--/g, '-\\u002d')} -->`);
    out.push(`### ${HEADINGS[c.status]}: ${code(c.instance)}`, '');
    if (c.status === 'torn-down') {
        const what = c.target === 'aks'
            ? `the objects in namespace ${code(c.instance)} were deleted`
            : c.target === 'functionapp'
                ? `slot ${code(c.instance)} was deleted`
                : c.target === 'containerapp'
                    ? `label ${code(c.instance)} was removed and its revision deactivated`
                    : 'it was deleted';
        out.push(`Pull request #${c.pr} was closed: ${what}.`, '');
    }
    else if (c.status === 'failed') {
        out.push(`The deploy of pull request #${c.pr} failed${c.runUrl ? '; see the run for details' : ''}.`, '');
        if (c.error) {
            const first = c.error.split(/\r?\n/).slice(0, 3).join('\n').slice(0, 500).replace(/```/g, "'''");
            out.push('```text', first, '```', '');
        }
    }
    if (rows.length) {
        out.push('| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v.replace(/\|/g, '\\|')} |`), '');
    }
    if (c.plan?.length && c.status !== 'torn-down') {
        out.push('<details><summary>Plan</summary>', '', ...c.plan.map((l) => `- ${comment_text(l)}`), '', '</details>', '');
    }
    out.push(c.status === 'torn-down'
        ? `<sub>${TOOL}: this preview no longer exists.</sub>`
        : `<sub>${TOOL}: updated on every push to this pull request; the preview is torn down when it closes.</sub>`);
    const body = (0,mask/* redact */.E$)(out.join('\n'));
    return body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}\n\n…` : body;
}
/** The first comment of the PR that carries this instance's marker (all pages are read). */
async function findPreviewComment(client, t) {
    const marker = commentMarker(t.instance);
    return client.call('read the pull request comments', 'pull-requests: write', async (octokit) => {
        for await (const page of octokit.paginate.iterator(octokit.rest.issues.listComments, { owner: t.owner, repo: t.repo, issue_number: t.pr, per_page: 100 })) {
            const hit = page.data.find((c) => typeof c.body === 'string' && c.body.trimStart().startsWith(marker));
            if (hit)
                return { id: hit.id, body: hit.body ?? '' };
        }
        return undefined;
    });
}
/** Finds the instance's comment and edits it in place, or creates it. */
async function upsertPreviewComment(client, o) {
    const found = await findPreviewComment(client, o);
    if (!found.ok)
        return found;
    const existing = found.value;
    const body = typeof o.body === 'function' ? o.body(existing?.body) : o.body;
    if (!body.trimStart().startsWith(commentMarker(o.instance)))
        throw new Error('preview comment body must start with its marker (renderComment)');
    if (existing) {
        if (existing.body === body)
            return { ok: true, value: { action: 'unchanged', id: existing.id } };
        return client.call('edit the preview comment', 'pull-requests: write', async (octokit) => {
            await octokit.rest.issues.updateComment({ owner: o.owner, repo: o.repo, comment_id: existing.id, body });
            return { action: 'updated', id: existing.id };
        });
    }
    if (o.createIfMissing === false)
        return { ok: true, value: { action: 'absent' } };
    return client.call('comment on the pull request', 'pull-requests: write', async (octokit) => {
        const res = await octokit.rest.issues.createComment({ owner: o.owner, repo: o.repo, issue_number: o.pr, body });
        return { action: 'created', id: res.data.id };
    });
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/github/deployments.ts
/**
 * GitHub Deployments for each deploy (statuses in_progress → success | failure, environment_url,
 * log_url = the run), the preview comment for pull requests, and one report per phase of a deploy
 * (reportStart, reportFinish, reportTeardown; reportToGitHub picks by phase). Reporting never fails a deploy: a token without the permission gives a warning
 * that names the `permissions:` key to add; any other GitHub error gives a warning too.
 */





const cut = (s, n = 140) => (s === undefined ? undefined : s.length > n ? `${s.slice(0, n - 1)}…` : s);
/**
 * Creates the Deployment and its in_progress status. No auto-merge and no required status checks:
 * the deploy runs inside a check that is itself still in progress.
 */
async function startDeployment(client, r) {
    const created = await client.call('create a Deployment', 'deployments: write', async (octokit) => {
        const res = await octokit.rest.repos.createDeployment({
            owner: r.owner,
            repo: r.repo,
            ref: r.ref,
            task: 'deploy',
            environment: r.environment,
            transient_environment: r.transient,
            production_environment: r.production,
            auto_merge: false,
            required_contexts: [],
            description: cut(r.description),
            ...(r.payload ? { payload: r.payload } : {})
        });
        const data = res.data;
        if (typeof data.id !== 'number')
            throw Object.assign(new Error(data.message ?? `no deployment in the ${res.status} response`), { status: res.status });
        return data.id;
    });
    if (!created.ok)
        return created;
    const handle = {
        owner: r.owner,
        repo: r.repo,
        id: created.value,
        environment: r.environment,
        transient: r.transient,
        production: r.production,
        logUrl: r.logUrl
    };
    const status = await setDeploymentStatus(client, handle, { state: 'in_progress', logUrl: r.logUrl, description: 'Deploying' });
    if (!status.ok)
        return status;
    return { ok: true, value: handle };
}
async function setDeploymentStatus(client, h, s) {
    return client.call(`set Deployment ${h.id} to ${s.state}`, 'deployments: write', async (octokit) => {
        const res = await octokit.rest.repos.createDeploymentStatus({
            owner: h.owner,
            repo: h.repo,
            deployment_id: h.id,
            state: s.state,
            ...(s.logUrl ? { log_url: s.logUrl } : {}),
            ...(s.environmentUrl ? { environment_url: s.environmentUrl } : {}),
            ...(s.description ? { description: cut(s.description) } : {}),
            // A successful deploy makes the environment's earlier ones inactive (GitHub applies it to
            // non-transient, non-production environments); a failure leaves the last good one active.
            auto_inactive: s.state === 'success'
        });
        return res.data.id;
    });
}
/** The final status: success (with environment_url), failure, or inactive. */
async function finishDeployment(client, handle, f) {
    return setDeploymentStatus(client, handle, {
        state: f.state,
        logUrl: f.logUrl ?? handle.logUrl,
        environmentUrl: f.state === 'success' ? f.environmentUrl : undefined,
        description: f.description ?? (f.state === 'success' ? 'Deployed' : f.state === 'failure' ? 'Deploy failed' : 'Torn down')
    });
}
/** Marks every deployment of an environment whose latest status is not inactive as inactive. */
async function deactivateEnvironment(client, e) {
    const listed = await client.call(`list the Deployments of ${e.environment}`, 'deployments: write', (octokit) => octokit.paginate(octokit.rest.repos.listDeployments, { owner: e.owner, repo: e.repo, environment: e.environment, per_page: 100 }));
    if (!listed.ok)
        return listed;
    const done = [];
    for (const d of listed.value) {
        const latest = await client.call(`read the statuses of Deployment ${d.id}`, 'deployments: write', async (octokit) => {
            const res = await octokit.rest.repos.listDeploymentStatuses({ owner: e.owner, repo: e.repo, deployment_id: d.id, per_page: 1 });
            return res.data[0]?.state;
        });
        if (!latest.ok)
            return latest;
        if (latest.value === 'inactive')
            continue;
        const set = await setDeploymentStatus(client, { owner: e.owner, repo: e.repo, id: d.id }, { state: 'inactive', logUrl: e.logUrl, description: e.description ?? 'Preview torn down' });
        if (!set.ok)
            return set;
        done.push(d.id);
    }
    return { ok: true, value: done };
}
/**
 * preview / teardown of PR N → `preview-pr-<N>` (transient). Otherwise the override when given;
 * functionapp: `production` with swap or without a slot, else the slot's name; aks: the namespace
 * (`production` when it is unset or `default`); containerapp: `production`.
 */
function deploymentEnvironment(o) {
    if (o.intent.kind === 'preview' || o.intent.kind === 'teardown')
        return { environment: `preview-pr-${o.intent.pr}`, transient: true, production: false };
    let environment = o.override?.trim() || undefined;
    if (!environment) {
        if (o.target === 'functionapp')
            environment = o.swap || !o.slot || o.slot === 'production' ? 'production' : o.slot;
        else if (o.target === 'containerapp')
            environment = 'production';
        else
            environment = !o.namespace || o.namespace === 'default' ? 'production' : o.namespace;
    }
    return { environment, transient: false, production: environment === 'production' };
}
/** The preview's instance name, for the comment marker: the target names it (`app/slot`, the namespace). */
function previewInstance(pr, where) {
    return where.instance ?? `pr-${pr}`;
}
/** The session of a report, or the result that says why nothing is reported (fork PR, skip, no token). */
async function deployments_open(r) {
    const result = { warnings: [] };
    const intent = r.facts.intent;
    if (intent.kind === 'fork-pr' || intent.kind === 'skip')
        return { ...result, skipped: `no GitHub report for ${intent.kind === 'fork-pr' ? 'a fork pull request' : 'a skipped event'}` };
    if (!r.config.githubToken) {
        core.info('No github-token: no GitHub Deployment or pull-request comment.');
        return { ...result, skipped: 'no github-token' };
    }
    const [owner, repo] = (r.facts.repo.fullName ?? '').split('/');
    if (!owner || !repo)
        return { ...result, skipped: `repository ${JSON.stringify(r.facts.repo.fullName ?? '')} is not owner/name` };
    const client = await (0,github_client.createGitHubClient)({
        ...r.client,
        token: r.config.githubToken,
        baseUrl: r.apiUrl || 'https://api.github.com',
        retry: {
            onRetry: github_client.logRetry,
            ...r.client?.retry
        }
    });
    const env = deploymentEnvironment({
        intent,
        target: r.config.target,
        slot: r.where.slot ?? r.config.functionapp.slot,
        swap: r.config.functionapp.swap,
        namespace: r.where.namespace ?? r.config.aks.namespace,
        override: r.environment || undefined
    });
    const pr = intent.kind === 'preview' || intent.kind === 'teardown' ? intent.pr : undefined;
    const instance = pr !== undefined ? previewInstance(pr, r.where) : undefined;
    const refused = (m) => warn(result, (0,github_client.missingPermissionMessage)(m));
    return { client, owner, repo, env, pr, instance, result, refused };
}
function warn(result, m) {
    const text = (0,mask/* redact */.E$)(m);
    result.warnings.push(text);
    core.warning(text);
}
/** Runs a phase; any failure becomes a warning (the deploy is not affected). */
async function reporting(r, phase) {
    const failed = { warnings: [] };
    let session;
    try {
        session = await deployments_open(r);
        if (!('client' in session))
            return session;
        return await phase(r, session);
    }
    catch (err) {
        const result = session && 'client' in session ? session.result : failed;
        warn(result, `GitHub report (${r.phase}) failed; the deploy is not affected. ${(0,errors/* describeError */.U)(err)}`);
        return result;
    }
}
/** Before target.apply: creates the Deployment, status in_progress with log_url. Never throws. */
function reportStart(r) {
    return reporting(r, async (r, s) => {
        if (r.environment === false)
            return { ...s.result, skipped: 'deployment-environment: none' };
        const started = await startDeployment(s.client, {
            owner: s.owner,
            repo: s.repo,
            ref: r.facts.sha,
            environment: s.env.environment,
            transient: s.env.transient,
            production: s.env.production,
            description: `${r.config.target} ${s.instance ?? s.env.environment}: ${r.digest}`,
            payload: {
                image: r.image,
                digest: r.digest,
                target: r.config.target,
                ...(r.where.slot ? { slot: r.where.slot } : {}),
                ...(r.where.namespace ? { namespace: r.where.namespace } : {})
            },
            logUrl: r.facts.runUrl
        });
        if (!started.ok)
            s.refused(started);
        else {
            s.result.deployment = started.value;
            core.info(`GitHub Deployment ${started.value.id} (${s.env.environment}): in_progress.`);
        }
        return s.result;
    });
}
/**
 * After verify, or after the rollback with outcome failure: status success with environment_url,
 * or failure; previews also create or update the PR comment. Never throws.
 */
function reportFinish(r) {
    return reporting(r, async (r, s) => {
        if (r.deployment) {
            const done = await finishDeployment(s.client, r.deployment, { state: r.outcome, environmentUrl: r.where.url, logUrl: r.facts.runUrl });
            if (!done.ok)
                s.refused(done);
            else
                core.info(`GitHub Deployment ${r.deployment.id} (${r.deployment.environment}): ${r.outcome}.`);
        }
        if (s.pr === undefined || s.instance === undefined)
            return s.result;
        const status = r.outcome === 'success' ? 'deployed' : 'failed';
        const body = renderComment({
            pr: s.pr,
            instance: s.instance,
            status,
            target: r.config.target,
            url: r.where.url,
            image: r.image,
            digest: r.digest,
            plan: r.where.plan === undefined ? undefined : planLines(r.where.plan),
            runUrl: r.facts.runUrl,
            sha: r.facts.sha,
            provenance: r.provenance,
            error: r.outcome === 'failure' && r.error !== undefined ? (0,errors/* describeError */.U)(r.error) : undefined
        });
        const c = await upsertPreviewComment(s.client, { owner: s.owner, repo: s.repo, pr: s.pr, instance: s.instance, body });
        if (!c.ok)
            s.refused(c);
        else {
            s.result.comment = c.value;
            core.info(`Preview comment ${c.value.action === 'absent' ? 'not found' : `${c.value.id} ${c.value.action}`}.`);
        }
        return s.result;
    });
}
/**
 * After target.teardown: marks preview-pr-<N>'s deployments inactive and edits the comment to
 * "torn down" (no comment is created by a teardown). Never throws.
 */
function reportTeardown(r) {
    return reporting(r, async (r, s) => {
        const { pr, instance } = s;
        if (pr === undefined || instance === undefined)
            return { ...s.result, skipped: 'teardown of something other than a pull-request preview' };
        if (r.environment !== false) {
            const off = await deactivateEnvironment(s.client, { owner: s.owner, repo: s.repo, environment: s.env.environment, logUrl: r.facts.runUrl });
            if (!off.ok)
                s.refused(off);
            else {
                s.result.deactivated = off.value;
                core.info(`GitHub environment ${s.env.environment}: ${off.value.length} deployment(s) marked inactive.`);
            }
        }
        const c = await upsertPreviewComment(s.client, {
            owner: s.owner,
            repo: s.repo,
            pr,
            instance,
            createIfMissing: false,
            body: (existing) => {
                const last = readCommentData(existing);
                return renderComment({
                    pr,
                    instance,
                    status: 'torn-down',
                    target: r.config.target,
                    image: last.image,
                    digest: last.digest,
                    sha: last.sha,
                    runUrl: r.facts.runUrl
                });
            }
        });
        if (!c.ok)
            s.refused(c);
        else
            s.result.comment = c.value;
        return s.result;
    });
}
/** Reports one phase to GitHub (start, finish or teardown). Never throws: problems become warnings (returned too). Fork pull requests and skipped events report nothing. */
function reportToGitHub(r) {
    switch (r.phase) {
        case 'start':
            return reportStart(r);
        case 'finish':
            return reportFinish(r);
        case 'teardown':
            return reportTeardown(r);
    }
}


/***/ })

};
