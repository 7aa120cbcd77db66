export const id = 219;
export const ids = [219];
export const modules = {

/***/ 67794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ ContainerApps),
/* harmony export */   withSecretValues: () => (/* binding */ withSecretValues)
/* harmony export */ });
/* unused harmony export is404 */
/* harmony import */ var _azure_arm_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51201);
/* harmony import */ var _report_mask_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(69488);


class ContainerApps {
    client;
    subscriptionId;
    constructor(client, subscriptionId) {
        this.client = client;
        this.subscriptionId = subscriptionId;
    }
    static async create(credential, cloud, subscriptionId) {
        const { ContainerAppsAPIClient } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(878), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(684)]).then(__webpack_require__.bind(__webpack_require__, 96684));
        return new ContainerApps(new ContainerAppsAPIClient(credential, subscriptionId, (0,_azure_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .armClientOptions */ .IL)(cloud)), subscriptionId);
    }
    async app(rg, name) {
        return (await (0,_azure_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .armCall */ .JS)(`Get container app ${name} in resource group ${rg}`, () => this.client.containerApps.get(rg, name), {
            hint: (status) => (status === 404 ? 'Check app-name and resource-group (and subscription-id).' : undefined)
        }));
    }
    /** Secret values (GET hides them); each one is masked the moment it is read. */
    async secrets(rg, name) {
        const r = await (0,_azure_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .armCall */ .JS)(`List the secrets of container app ${name}`, () => this.client.containerApps.listSecrets(rg, name), {
            hint: (status) => (status === 403 ? 'The identity needs Contributor on the container app (listSecrets is a write-level action).' : undefined)
        });
        const out = {};
        for (const s of r.value ?? [])
            if (s.name && typeof s.value === 'string') {
                (0,_report_mask_js__WEBPACK_IMPORTED_MODULE_1__/* .secret */ .rJ)(s.value);
                out[s.name] = s.value;
            }
        return out;
    }
    async environmentDomain(environmentId) {
        const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.App\/managedEnvironments\/([^/]+)/i.exec(environmentId ?? '');
        if (!m)
            return undefined;
        const env = await (0,_azure_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .armCall */ .JS)(`Get managed environment ${m[2]}`, () => this.client.managedEnvironments.get(m[1], m[2]));
        return env.defaultDomain;
    }
    async revisions(rg, name) {
        return (0,_azure_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .armCall */ .JS)(`List the revisions of container app ${name}`, async () => {
            const out = [];
            for await (const r of this.client.containerAppsRevisions.listRevisions(rg, name))
                if (r.name)
                    out.push(r.name);
            return out;
        });
    }
    async revision(rg, name, revision) {
        return (0,_azure_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .armCall */ .JS)(`Get revision ${revision} of container app ${name}`, () => this.client.containerAppsRevisions.getRevision(rg, name, revision));
    }
    /** PUT of the whole app: only ever called with a document that started from a read of it (secret values filled in). */
    async put(rg, name, doc, pollMs, what) {
        const body = { ...doc };
        for (const ro of ['latestRevisionName', 'latestReadyRevisionName', 'latestRevisionFqdn', 'outboundIpAddresses', 'eventStreamEndpoint', 'provisioningState'])
            delete body[ro];
        return (await (0,_azure_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .armCall */ .JS)(`${what} (PUT container app ${name})`, () => this.client.containerApps.createOrUpdate(rg, name, body, { updateIntervalInMs: pollMs }).pollUntilDone()));
    }
    async deactivate(rg, name, revision) {
        await (0,_azure_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .armCall */ .JS)(`Deactivate revision ${revision} of container app ${name}`, () => this.client.containerAppsRevisions.deactivateRevision(rg, name, revision));
    }
    async restart(rg, name, revision) {
        await (0,_azure_arm_js__WEBPACK_IMPORTED_MODULE_0__/* .armCall */ .JS)(`Restart revision ${revision} of container app ${name}`, () => this.client.containerAppsRevisions.restartRevision(rg, name, revision));
    }
}
/** The app as read with its secret values filled in: what a PUT must carry so that no secret is refused or lost. */
function withSecretValues(app, values) {
    const secrets = app.configuration?.secrets?.map((s) => (s.keyVaultUrl ? { ...s } : { ...s, value: values[s.name] }));
    return secrets ? { ...app, configuration: { ...app.configuration, secrets } } : app;
}
function is404(e) {
    return statusOf(e.cause) === 404;
}


/***/ }),

/***/ 86219:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  containerAppTarget: () => (/* binding */ containerAppTarget)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/targets/containerapp/client.ts
var client = __webpack_require__(67794);
;// CONCATENATED MODULE: ./src/targets/containerapp/preflight.ts

async function readState(svc, resourceGroup, name) {
    const [app, secrets, revisions] = await Promise.all([svc.app(resourceGroup, name), svc.secrets(resourceGroup, name), svc.revisions(resourceGroup, name)]);
    const defaultDomain = await svc.environmentDomain((app.environmentId ?? app.managedEnvironmentId));
    return { resourceGroup, app: (0,client.withSecretValues)(app, secrets), defaultDomain, revisions };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(69488);
// EXTERNAL MODULE: ./src/targets/target.ts
var target = __webpack_require__(29425);
;// CONCATENATED MODULE: ./src/targets/containerapp/plan.ts
/**
 * What a deploy to a container app (kind functionapp) does, decided from what preflight read: pure
 * data in, a plan out, never changed afterwards. The whole app is written back with PUT (PATCH
 * replaces arrays wholesale, so a partial body wipes containers, env vars, secrets, registries or
 * traffic; a GET hides secret values, so they are filled in from listSecrets first, as the Azure
 * CLI does). The PUT body starts from the app as read: every container, env var, secret, registry,
 * identity, tag and traffic entry this run does not mean to change is written back as it was.
 */




const lc = (s) => (s ?? '').toLowerCase();
const clone = (v) => structuredClone(v);
/** JSON with sorted keys and no undefined members: equality of two documents. */
function stable(v) {
    if (Array.isArray(v))
        return `[${v.map(stable).join(',')}]`;
    if (v && typeof v === 'object')
        return `{${Object.entries(v)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([k, x]) => `${JSON.stringify(k)}:${stable(x)}`)
            .join(',')}}`;
    return JSON.stringify(v);
}
/** A Container Apps secret name from a setting name: lower-case letters, digits, `-` and `.`, starting and ending alphanumeric. */
function secretNameFor(setting) {
    const s = setting
        .toLowerCase()
        .replace(/[^a-z0-9.-]+/g, '-')
        .replace(/-{2,}/g, '-')
        .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '')
        .slice(0, 253)
        .replace(/[^a-z0-9]+$/, '');
    return s || 'setting';
}
/**
 * The new revision's suffix: the first 10 hex digits of the digest (of the reference when there is
 * none) and a short hash of the template, so that a re-run of the same deploy names the same
 * revision; `-2`, `-3`… only when that name exists already (a failed attempt that was rolled back).
 */
function revisionSuffix(appName, image, template, existing) {
    const digest = /@sha256:([0-9a-f]{64})$/i.exec(image)?.[1] ?? (0,external_node_crypto_.createHash)('sha256').update(image).digest('hex');
    const disc = (0,external_node_crypto_.createHash)('sha256').update(stable(template)).digest('hex').slice(0, 4);
    const base = `${digest.slice(0, 10).toLowerCase()}-${disc}`;
    const taken = new Set(existing.map(lc));
    for (let n = 1;; n++) {
        const suffix = n === 1 ? base : `${base}-${n}`;
        if (!taken.has(lc(`${appName}--${suffix}`)))
            return suffix;
    }
}
/** The container that runs the functions: the one whose image is of the repository deployed, else the only (or first) one. */
function functionContainer(containers, image) {
    const repo = (ref) => lc(ref)
        .replace(/@sha256:[0-9a-f]+$/, '')
        .replace(/:[^/:]+$/, '');
    const k = containers.findIndex((c) => repo(c.image) === repo(image));
    return k >= 0 ? k : 0;
}
/**
 * app-settings merged into the container's env, remove-app-settings taken out; every other
 * variable and secret stays as it was. A value that looks like a credential (by name or shape)
 * becomes a secret (the one the variable already references, else one named after the setting)
 * and the variable a `secretRef`.
 */
function mergeEnv(env, secrets, settings, remove) {
    const out = clone(env);
    const secs = clone(secrets);
    const diff = { added: [], changed: [], removed: [] };
    const secretDiff = { added: [], changed: [] };
    const byName = (n) => out.findIndex((e) => e.name === n);
    for (const s of settings) {
        const k = byName(s.name);
        const old = k >= 0 ? out[k] : undefined;
        let next;
        if ((0,mask/* looksSecret */.n0)(s.name, s.value)) {
            const current = old?.secretRef ? secs.find((x) => x.name === old.secretRef) : undefined;
            const name = current && !current.keyVaultUrl ? current.name : secretNameFor(s.name);
            const j = secs.findIndex((x) => x.name === name);
            if (j < 0) {
                secs.push({ name, value: s.value });
                secretDiff.added.push(name);
            }
            else if (secs[j].value !== s.value || secs[j].keyVaultUrl) {
                secs[j] = { name, value: s.value };
                secretDiff.changed.push(name);
            }
            next = { name: s.name, secretRef: name };
        }
        else
            next = { name: s.name, value: s.value };
        if (!old) {
            out.push(next);
            diff.added.push(s.name);
        }
        else if (stable(old) !== stable(next) || secretDiff.changed.includes(next.secretRef ?? '\0')) {
            out[k] = next;
            diff.changed.push(s.name);
        }
    }
    for (const n of remove) {
        const k = byName(n);
        if (k >= 0) {
            out.splice(k, 1);
            diff.removed.push(n);
        }
    }
    return { env: out, secrets: secs, diff, secretDiff };
}
/** The app's registries entry for the registry host, as registry-pull asks; other entries untouched. */
function planRegistry(app, secrets, registry, c, cred) {
    const registries = clone(app.configuration?.registries ?? []);
    const secs = clone(secrets);
    const k = registries.findIndex((r) => lc(r.server) === lc(registry));
    const put = (e) => (k >= 0 ? (registries[k] = e) : registries.push(e));
    const byIdentity = () => {
        if (c.pullIdentityClientId) {
            const ua = Object.entries(app.identity?.userAssignedIdentities ?? {}).find(([, v]) => lc(v?.clientId) === lc(c.pullIdentityClientId));
            if (!ua)
                throw new errors.ActionError(`No user-assigned identity with client id ${c.pullIdentityClientId} is assigned to container app ${app.name}.`, 'Assign the pull identity to the app (az containerapp identity assign --user-assigned <id>) and give it AcrPull on the registry.');
            return { server: registry, identity: ua[0] };
        }
        if (!/systemassigned/i.test(app.identity?.type ?? ''))
            throw new errors.ActionError(`registry-pull: managed-identity needs pull-identity-client-id, or a system-assigned identity on container app ${app.name}.`, 'Set pull-identity-client-id to the user-assigned identity with AcrPull, or enable the system-assigned identity and give it AcrPull.');
        return { server: registry, identity: 'system' };
    };
    if (c.registryPull === 'credentials') {
        if (!cred)
            throw new errors.ActionError('registry-pull: credentials needs a registry username and password.', 'Set registry-auth: password (or admin) with the credentials.');
        if (!cred.durable)
            throw new errors.ActionError('registry-pull: credentials would store a short-lived Entra registry token in the app.', 'Use registry-pull: managed-identity, or registry-auth: admin / password.');
        const name = secretNameFor(`registry-password-${registry.split(':')[0]}`);
        const j = secs.findIndex((x) => x.name === name);
        let secretChanged;
        if (j < 0 || secs[j].value !== cred.password) {
            if (j < 0)
                secs.push({ name, value: cred.password });
            else
                secs[j] = { name, value: cred.password };
            secretChanged = name;
        }
        put({ server: registry, username: cred.username, passwordSecretRef: name });
        return { registries, secrets: secs, describe: `credentials (${cred.username}, secret ${name})`, secretChanged };
    }
    if (c.registryPull === 'managed-identity' || (k < 0 && c.pullIdentityClientId)) {
        const e = byIdentity();
        put(e);
        return { registries, secrets: secs, describe: `managed identity ${e.identity === 'system' ? 'system' : e.identity.split('/').pop()}` };
    }
    if (k >= 0) {
        const e = registries[k];
        return {
            registries,
            secrets: secs,
            describe: e.identity ? `as configured (identity ${e.identity.split('/').pop()})` : `as configured (${e.username ?? 'anonymous'})`
        };
    }
    return {
        registries,
        secrets: secs,
        describe: 'anonymous (no registries entry)',
        warning: `Container app ${app.name} has no registries entry for ${registry}: it pulls anonymously. Set registry-pull: managed-identity (or credentials) if the registry is private.`
    };
}
/** latestRevision entries pinned to the revision they stand for now, so a new revision never takes traffic by being newest. */
function pinTraffic(traffic, latestReady) {
    return traffic.map((t) => {
        if (!t.latestRevision)
            return { ...t };
        if (!latestReady)
            throw new errors.ActionError('The container app has no ready revision to keep production traffic on.', 'Fix the current revision first.');
        const rest = { ...t };
        delete rest.latestRevision;
        return { ...rest, revisionName: latestReady };
    });
}
/** The traffic with `label` on `revision` at 0 % (taken from whichever entry held it). */
function withLabel(traffic, revision, label) {
    const out = [];
    for (const t of traffic) {
        if (lc(t.label) !== lc(label))
            out.push({ ...t });
        else if ((t.weight ?? 0) > 0)
            out.push({ ...t, label: undefined });
    }
    out.push({ revisionName: revision, weight: 0, label });
    return out.map(dropUndefined);
}
/**
 * `percent` of the traffic to `revision`; the rest split over the revisions that carried weight,
 * in their proportions. Entries left at 0 % keep their label (and stay), unlabelled ones go.
 */
function shiftTraffic(traffic, revision, percent) {
    const isNew = (t) => lc(t.revisionName) === lc(revision);
    const others = traffic.filter((t) => !isNew(t));
    const weighted = others.filter((t) => (t.weight ?? 0) > 0);
    const total = weighted.reduce((s, t) => s + (t.weight ?? 0), 0);
    const rest = 100 - percent;
    const shares = weighted.map((t) => (total ? Math.floor(((t.weight ?? 0) * rest) / total) : 0));
    if (shares.length)
        shares[0] += rest - shares.reduce((s, x) => s + x, 0);
    const out = [];
    let w = 0;
    for (const t of others) {
        const share = (t.weight ?? 0) > 0 ? shares[w++] : 0;
        if (share > 0 || t.label)
            out.push({ ...t, weight: share });
    }
    const mine = traffic.filter(isNew);
    const label = mine.find((t) => t.label)?.label;
    out.push(dropUndefined({ revisionName: revision, weight: percent, label }));
    return out;
}
function dropUndefined(o) {
    return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
function purposeOf(intent) {
    if (intent.kind === 'preview')
        return { purpose: 'preview', label: `pr-${intent.pr}` };
    if (intent.kind === 'release')
        return { purpose: 'release', label: 'staging' };
    return { purpose: 'deploy' };
}
function planDeploy(input) {
    const { state, config } = input;
    const app = state.app;
    const appName = app.name ?? config.appName ?? '';
    if (lc(app.kind) !== 'functionapp')
        throw new errors.ActionError(`Container app ${appName} has kind ${app.kind ? JSON.stringify(app.kind) : 'unset'}, not functionapp: target containerapp deploys Azure Functions apps only.`, 'kind is set when the app is created: create it with --kind functionapp (az containerapp create … --kind functionapp), or deploy it with another tool.');
    const mode = lc(app.configuration?.activeRevisionsMode) === 'multiple' ? 'Multiple' : 'Single';
    const { purpose, label } = purposeOf(input.intent);
    const steps = input.containerapp.trafficSteps;
    if (mode === 'Single' && purpose === 'preview')
        throw new errors.ActionError(`Container app ${appName} is in single-revision mode: a preview revision would take all of production's traffic.`, `Switch the app to multiple-revision mode (az containerapp revision set-mode -n ${appName} -g ${state.resourceGroup} --mode multiple), then previews get label ${label} at 0 %.`);
    if (mode === 'Single' && (steps.length > 1 || steps[0] !== 100))
        throw new errors.ActionError(`traffic-steps ${steps.join(',')} needs multiple-revision mode; container app ${appName} is in single-revision mode (the newest ready revision takes all traffic).`, `Switch the app to multiple-revision mode (az containerapp revision set-mode --mode multiple), or remove traffic-steps.`);
    const ingress = app.configuration?.ingress;
    if (mode === 'Multiple' && label && !ingress)
        throw new errors.ActionError(`Container app ${appName} has no ingress: labels and traffic need one.`, 'Enable ingress on the app (az containerapp ingress enable).');
    const before = clone(app);
    const containers = clone(app.template?.containers ?? []);
    if (!containers.length)
        throw new errors.ActionError(`Container app ${appName} has no container in its template.`);
    const ci = functionContainer(containers, input.image);
    const c = containers[ci];
    const merged = mergeEnv(c.env ?? [], app.configuration?.secrets ?? [], config.appSettings, config.removeAppSettings);
    const reg = planRegistry(app, merged.secrets, input.registry, config, input.registryCredential);
    containers[ci] = { ...c, image: input.image, env: merged.env };
    const currentTemplate = app.template ?? {};
    const desired = { ...clone(currentTemplate), containers };
    const templateChanged = stable(desired) !== stable(currentTemplate);
    const current = app.latestRevisionName ?? '';
    let revision = current;
    if (templateChanged) {
        const withoutSuffix = { ...desired };
        delete withoutSuffix.revisionSuffix;
        desired.revisionSuffix = revisionSuffix(appName, input.image, withoutSuffix, state.revisions);
        revision = `${appName}--${desired.revisionSuffix}`;
    }
    const secretsChanged = [...merged.secretDiff.added, ...merged.secretDiff.changed, ...(reg.secretChanged ? [reg.secretChanged] : [])];
    const trafficBefore = clone(ingress?.traffic ?? []);
    let trafficFirst = trafficBefore;
    const trafficSteps = [];
    if (mode === 'Multiple' && ingress) {
        const pinned = pinTraffic(trafficBefore, app.latestReadyRevisionName);
        trafficFirst = label ? withLabel(pinned, revision, label) : pinned;
        if (purpose !== 'preview') {
            let last = trafficFirst;
            for (const p of purpose === 'release' ? steps : [100]) {
                const next = shiftTraffic(last, revision, p);
                if (stable(next) !== stable(last))
                    trafficSteps.push({ percent: p, traffic: next });
                last = next;
            }
        }
    }
    const productionBefore = [
        ...new Set(pinTraffic(trafficBefore.filter((t) => (t.weight ?? 0) > 0), app.latestReadyRevisionName).map((t) => t.revisionName ?? ''))
    ].filter(Boolean);
    const held = label ? trafficBefore.find((t) => lc(t.label) === lc(label))?.revisionName : undefined;
    const retire = purpose === 'preview' && held && lc(held) !== lc(revision) && !trafficFirst.some((t) => lc(t.revisionName) === lc(held)) ? held : undefined;
    const configuration = {
        ...clone(app.configuration ?? {}),
        secrets: reg.secrets,
        registries: reg.registries,
        ...(ingress ? { ingress: { ...clone(ingress), traffic: trafficFirst } } : {})
    };
    const configChanged = stable(configuration) !== stable(app.configuration ?? {});
    const after = templateChanged || configChanged ? { ...clone(app), configuration, template: desired } : undefined;
    const warnings = reg.warning ? [reg.warning] : [];
    return {
        appName,
        resourceGroup: state.resourceGroup,
        mode,
        purpose,
        label: mode === 'Multiple' ? label : undefined,
        image: { before: c.image, after: input.image },
        container: c.name ?? `#${ci}`,
        env: merged.diff,
        secrets: merged.secretDiff,
        registry: reg.describe,
        revision,
        revisionCreated: templateChanged,
        before,
        after,
        restart: !templateChanged && secretsChanged.length > 0 && !!current,
        trafficBefore,
        trafficFirst,
        trafficSteps,
        productionBefore,
        retire,
        labelHost: mode === 'Multiple' && label && state.defaultDomain ? `${appName}---${label}.${state.defaultDomain}` : undefined,
        appHost: ingress?.fqdn,
        warnings
    };
}
const shortRev = (name, app) => (name ?? '').replace(`${app}--`, '--');
function describeTraffic(traffic, app) {
    return traffic.map((t) => `${t.latestRevision ? 'latest' : shortRev(t.revisionName, app)} ${t.weight ?? 0}%${t.label ? ` (${t.label})` : ''}`);
}
/** The plan as the `plan` output and the summary show it: names only, never values. */
function describePlan(p) {
    const last = p.trafficSteps.length ? p.trafficSteps[p.trafficSteps.length - 1].traffic : p.trafficFirst;
    return {
        target: 'containerapp',
        app: p.appName,
        resourceGroup: p.resourceGroup,
        revisionMode: p.mode,
        purpose: p.purpose,
        label: p.label,
        revision: p.revision,
        revisionCreated: p.revisionCreated,
        image: p.image,
        container: p.container,
        env: p.env,
        secrets: p.secrets,
        registry: p.registry,
        write: p.after !== undefined,
        restart: p.restart,
        traffic: {
            before: describeTraffic(p.trafficBefore, p.appName),
            steps: p.trafficSteps.map((s) => s.percent),
            after: describeTraffic(last, p.appName)
        }
    };
}
/** Closing a preview: the label's entry out of the traffic (its weight, if any, kept unlabelled). */
function planTeardown(app, label) {
    const traffic = app.configuration?.ingress?.traffic ?? [];
    const entry = traffic.find((t) => lc(t.label) === lc(label));
    if (!entry)
        return undefined;
    const out = traffic.filter((t) => t !== entry).map((t) => ({ ...t }));
    if ((entry.weight ?? 0) > 0)
        out.push(dropUndefined({ ...entry, label: undefined }));
    const stillRouted = out.some((t) => lc(t.revisionName) === lc(entry.revisionName) || (t.latestRevision && lc(app.latestReadyRevisionName) === lc(entry.revisionName)));
    return { traffic: out, revision: stillRouted ? undefined : entry.revisionName };
}
/** The preview labels `pr-<N>` in the app's traffic, with the revision each points at. Pure. */
function previewLabels(app) {
    const out = [];
    for (const t of app.configuration?.ingress?.traffic ?? []) {
        const pr = (0,target/* previewNumber */.KL)(t.label ?? '');
        if (pr === undefined)
            continue;
        const revision = t.revisionName ?? (t.latestRevision ? app.latestRevisionName : undefined);
        out.push({ pr, label: t.label, ...(revision ? { revision } : {}) });
    }
    return out.sort((a, b) => a.pr - b.pr);
}

;// CONCATENATED MODULE: ./src/targets/containerapp/apply.ts
/**
 * The first write: one PUT of the whole app (template with the new image and env, configuration
 * with the merged secrets, the registry entry and the label at 0 %), only when something changed.
 * Traffic moves later, in verify, once the revision has proved it serves.
 */


function apply(x) {
    return (0,target/* recorded */.t2)({ evidence: [] }, async (progress) => {
        const { plan, svc } = x;
        if (plan.after) {
            const e = plan.env;
            core.info(`Writing container app ${plan.appName}: ${plan.revisionCreated ? `new revision ${plan.revision}` : 'no new revision'}; env +${e.added.length} ~${e.changed.length} -${e.removed.length}; secrets +${plan.secrets.added.length} ~${plan.secrets.changed.length} (every other container, variable, secret, registry and traffic entry kept).`);
            await svc.put(plan.resourceGroup, plan.appName, plan.after, x.pollMs, plan.revisionCreated ? `Create revision ${plan.revision}` : 'Update the configuration');
            progress.written = true;
        }
        else
            core.info(`Container app ${plan.appName} already runs ${plan.image.after} with these settings: nothing to write, no new revision.`);
        if (plan.restart) {
            core.info(`Secret values changed without a new revision: restarting ${plan.revision} so its replicas read them.`);
            await svc.restart(plan.resourceGroup, plan.appName, plan.revision);
            progress.restarted = true;
        }
    });
}

// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
// EXTERNAL MODULE: ./src/targets/health.ts
var health = __webpack_require__(53502);
;// CONCATENATED MODULE: ./src/targets/containerapp/verify.ts
/**
 * Verify proves that the new revision serves, from what ARM says about it (provisioningState
 * Provisioned, runningState Running, replicas ready, and in single-revision mode that it is the
 * app's latest ready revision) and `health-path` on the revision's own address (its fqdn as ARM
 * returns it; the app's address may still route to the old revision). Then, for releases and
 * multiple-mode deploys, traffic moves in its steps, each one checked (revision still healthy,
 * health-path on the app's address). No evidence within `timeout` is a failure, never a success.
 */






function verify(x, applied) {
    return (0,target/* recorded */.t2)({ ...applied, evidence: [...applied.evidence] }, (progress) => proves(x, progress));
}
async function proves(x, progress) {
    const { plan, svc } = x;
    let deadline = Date.now() + x.timeoutMs;
    progress.revisionHost = await revisionReady(x, deadline);
    progress.evidence.push(`${plan.revision}: Provisioned, Running, replicas ready`);
    const seen = await healthy(x, progress.revisionHost, `revision ${plan.revision}`, deadline);
    if (seen)
        progress.evidence.push(seen);
    for (const step of plan.trafficSteps) {
        core.info(`Traffic to ${plan.revision}: ${step.percent} % (${describeTraffic(step.traffic, plan.appName).join(', ')}).`);
        const doc = await svc.app(plan.resourceGroup, plan.appName);
        // The PUT carries the app as read now (secret values from listSecrets) with only the traffic changed.
        const { withSecretValues } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 67794));
        const now = withSecretValues(doc, await svc.secrets(plan.resourceGroup, plan.appName));
        await svc.put(plan.resourceGroup, plan.appName, { ...now, configuration: { ...now.configuration, ingress: { ...now.configuration?.ingress, traffic: step.traffic } } }, x.pollMs, `Move ${step.percent} % of the traffic to ${plan.revision}`);
        progress.traffic = step.traffic;
        progress.percent = step.percent;
        deadline = Date.now() + x.timeoutMs;
        await revisionReady(x, deadline);
        const app = await healthy(x, plan.appHost, `app ${plan.appName} at ${step.percent} %`, deadline);
        progress.evidence.push(`${step.percent} % to ${plan.revision}${app ? `; ${app}` : ''}`);
    }
    if (plan.retire) {
        // The preview's previous revision lost its label to the new one: it routes nothing now. Deactivated, never deleted.
        await svc.deactivate(plan.resourceGroup, plan.appName, plan.retire).then(() => core.info(`Deactivated ${plan.retire}, the previous revision of label ${plan.label} (kept, not deleted).`), (e) => core.warning(`Could not deactivate ${plan.retire}: ${e.message.split('\n')[0]}`));
    }
}
/** Polls the revision until it is provisioned, running, with replicas ready; fails at once when it failed. */
async function revisionReady(x, deadline) {
    const { plan, svc } = x;
    core.info(`Waiting for revision ${plan.revision} to be provisioned and running (up to ${Math.round((deadline - Date.now()) / 1000)} s).`);
    for (;;) {
        const r = await svc.revision(plan.resourceGroup, plan.appName, plan.revision);
        const status = `provisioningState ${r.provisioningState}, runningState ${r.runningState}, healthState ${r.healthState}, replicas ${r.replicas ?? 0}, active ${r.active}`;
        const failed = r.provisioningState === 'Failed' || r.runningState === 'Failed' || r.runningState === 'Degraded';
        if (failed)
            throw new errors.ActionError(`Revision ${plan.revision} did not start: ${status}${r.provisioningError ? `; provisioningError: "${r.provisioningError}"` : ''}.`, "The revision system log (ContainerAppSystemLogs_CL in the environment's Log Analytics workspace, or az containerapp logs show --type system) has the full story; a pull error means the app's registry identity or credentials cannot pull the image.");
        let ok = r.provisioningState === 'Provisioned' && /^Running/.test(r.runningState ?? '') && (r.replicas ?? 0) > 0 && r.active !== false;
        if (ok && plan.mode === 'Single') {
            const app = await svc.app(plan.resourceGroup, plan.appName);
            ok = app.latestReadyRevisionName === plan.revision;
        }
        if (ok)
            return r.fqdn;
        if (Date.now() > deadline)
            throw new errors.ActionError(`Revision ${plan.revision} was not ready within ${Math.round(x.timeoutMs / 1000)} s: ${status}.`, 'A large image or a slow start may need a longer timeout.');
        await (0,retry/* sleep */.y)(x.pollMs);
    }
}
function healthy(x, host, name, deadline) {
    return (0,health/* healthy */.s)({ host, path: x.healthPath, name, deadline, timeoutMs: x.timeoutMs, pollMs: x.pollMs });
}

;// CONCATENATED MODULE: ./src/targets/containerapp/rollback.ts
/**
 * Puts back what this run changed: the app's configuration and traffic exactly as read before the
 * deploy (one PUT of the app as it was, secret values included), then the new revision is
 * deactivated so it takes no traffic and no label. No revision is ever deleted. The template is
 * written back too; when it differs from the app's current template a copy of the old template
 * would need a new revision name, so the old one's template gets a rollback suffix.
 */

async function step(restored, done, failed, fn) {
    try {
        await fn();
        restored.push(done);
    }
    catch (e) {
        restored.push(`${failed} FAILED: ${e.message.split('\n')[0]}`);
    }
}
async function rollback(x, progress, _cause) {
    const { plan, svc } = x;
    const restored = [];
    if (!progress.written && !progress.traffic)
        return restored;
    const before = plan.before;
    const now = await svc.app(plan.resourceGroup, plan.appName).catch(() => undefined);
    let doc = before;
    if (plan.revisionCreated && now && stable(now.template) !== stable(before.template)) {
        // Writing the old template back creates a revision (Azure names revisions once): the same template under a rollback suffix.
        const names = await svc.revisions(plan.resourceGroup, plan.appName).catch(() => []);
        const t = { ...before.template };
        delete t.revisionSuffix;
        const suffix = `rb-${revisionSuffix(plan.appName, plan.image.before ?? '', t, names)}`.slice(0, 40).replace(/-+$/, '');
        doc = { ...before, template: { ...before.template, revisionSuffix: suffix } };
    }
    await step(restored, `the configuration and traffic of ${plan.appName} as before (${plan.productionBefore.join(', ') || 'the previous revision'} serving production)`, `restoring container app ${plan.appName}`, () => svc.put(plan.resourceGroup, plan.appName, doc, x.pollMs, 'Roll back'));
    if (plan.revisionCreated && plan.mode === 'Multiple')
        await step(restored, `revision ${plan.revision} deactivated (kept, not deleted)`, `deactivating ${plan.revision}`, () => svc.deactivate(plan.resourceGroup, plan.appName, plan.revision));
    return restored;
}

;// CONCATENATED MODULE: ./src/targets/containerapp/index.ts
/**
 * Target `containerapp`: Azure Functions hosted natively on Azure Container Apps
 * (`Microsoft.App/containerApps`, kind functionapp). plan = preflight reads + the pure plan;
 * apply.ts writes the new revision (one PUT of the whole app), verify.ts proves it serves and moves
 * the traffic in steps, rollback.ts puts the app back as it was read; teardown takes a closed pull
 * request's label out of the traffic and deactivates its revision (never deleting it).
 */








async function service(ctx) {
    if (!ctx.azure)
        throw new errors.ActionError('target: containerapp needs an Azure credential.', 'Set client-id, tenant-id and subscription-id (OIDC), or run azure/login first.');
    return client/* ContainerApps */.W.create(ctx.azure.credential, ctx.azure.cloud, ctx.config.azure.subscriptionId);
}
const instanceName = (app, label) => (label ? `${app}/${label}` : app);
const containerAppTarget = {
    async render() { },
    async plan(ctx) {
        const fa = ctx.config.functionapp;
        const svc = await service(ctx);
        const state = await readState(svc, fa.resourceGroup, fa.appName);
        const cred = ctx.registryCredential;
        const plan = planDeploy({
            config: fa,
            containerapp: ctx.config.containerapp,
            intent: ctx.facts.intent,
            state,
            image: ctx.image,
            registry: ctx.registry,
            registryCredential: cred ? { username: cred.username, password: cred.password, durable: cred.source !== 'entra' } : undefined
        });
        for (const w of plan.warnings)
            core.warning(w);
        return { plan, svc, timeoutMs: ctx.config.timeoutMs, healthPath: fa.healthPath, pollMs: ctx.pollMs };
    },
    apply: apply,
    verify: verify,
    rollback: rollback,
    async teardown(ctx) {
        const fa = ctx.config.functionapp;
        const intent = ctx.facts.intent;
        if (intent.kind !== 'teardown')
            throw new errors.ActionError("mode: teardown of a container app removes a closed pull request's preview label.", 'Run teardown on a closed pull request.');
        const label = `pr-${intent.pr}`;
        const svc = await service(ctx);
        const app = await svc.app(fa.resourceGroup, fa.appName);
        const t = planTeardown(app, label);
        const plan = { target: 'containerapp', app: fa.appName, label, removed: !!t, deactivate: t?.revision };
        const instance = instanceName(fa.appName, label);
        if (!t || ctx.mode === 'plan') {
            if (!t)
                core.info(`Container app ${fa.appName} has no label ${label}: nothing to tear down.`);
            return { instance, plan };
        }
        const doc = (0,client.withSecretValues)(app, await svc.secrets(fa.resourceGroup, fa.appName));
        await svc.put(fa.resourceGroup, fa.appName, { ...doc, configuration: { ...doc.configuration, ingress: { ...doc.configuration?.ingress, traffic: t.traffic } } }, ctx.pollMs, `Remove label ${label}`);
        core.info(`Removed label ${label} from container app ${fa.appName}.`);
        if (t.revision) {
            await svc.deactivate(fa.resourceGroup, fa.appName, t.revision);
            core.info(`Deactivated revision ${t.revision} (kept, not deleted).`);
        }
        return { instance, plan };
    },
    async previews(ctx) {
        const fa = ctx.config.functionapp;
        const svc = await service(ctx);
        const app = await svc.app(fa.resourceGroup, fa.appName);
        const labels = previewLabels(app);
        return Promise.all(labels.map(async (l) => {
            const created = l.revision ? (await svc.revision(fa.resourceGroup, fa.appName, l.revision)).createdTime : undefined;
            const lastDeployed = created ? new Date(created).toISOString() : undefined;
            return {
                pr: l.pr,
                instance: instanceName(fa.appName, l.label),
                ...(lastDeployed ? { lastDeployed, lastDeployedSource: "the createdTime of the label's revision (each deploy makes a new revision)" } : {})
            };
        }));
    },
    outputs(x, progress) {
        const p = x.plan;
        const host = p.purpose === 'preview' ? p.labelHost : p.appHost;
        return {
            instance: instanceName(p.appName, p.purpose === 'preview' ? p.label : undefined),
            url: host ? `https://${host}` : undefined,
            revision: p.revision || undefined,
            plan: describePlan(p),
            verified: progress ? [...progress.evidence] : undefined
        };
    },
    summary(x, progress) {
        const d = describePlan(x.plan);
        const names = (list) => (list.length ? list.map((n) => `<code>${n}</code>`).join(', ') : '–');
        const moved = progress?.traffic ? describeTraffic(progress.traffic, d.app).join(', ') : undefined;
        const rows = [
            ['Container app', `${d.app} (${d.resourceGroup}, ${d.revisionMode} revision mode)`],
            ['Revision', `<code>${d.revision}</code> (${d.revisionCreated ? 'new' : 'unchanged'})${d.label ? `, label <code>${d.label}</code>` : ''}`],
            ['Image', `${d.image.before ? `<code>${d.image.before}</code>` : '–'} → <code>${d.image.after}</code>`],
            ['Env added', names(d.env.added)],
            ['Env changed', names(d.env.changed)],
            ['Env removed', names(d.env.removed)],
            ['Secrets written', names([...d.secrets.added, ...d.secrets.changed])],
            ['Registry pull', d.registry],
            ['Traffic before', d.traffic.before.join(', ') || '–'],
            ['Traffic after', `${d.traffic.after.join(', ') || '–'}${d.traffic.steps.length ? ` (steps ${d.traffic.steps.join(', ')} %)` : ''}`],
            ...(moved ? [['Traffic now', moved]] : []),
            ['Verified', progress?.evidence.length ? progress.evidence.join('<br>') : 'not yet']
        ];
        return ['### Container app', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
    }
};


/***/ }),

/***/ 53502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ healthy)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46058);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4266);
/**
 * `health-path` over HTTPS until 2xx, bounded by the deadline: what both Azure targets check on the
 * address that serves the new image. Returns the evidence seen; fails naming the URL and the last answer.
 */



async function healthy(c) {
    if (!c.path)
        return undefined;
    if (!c.host)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__.ActionError(`${c.name} has no address to check ${c.path} on.`);
    const url = `https://${c.host}${c.path}`;
    let last = '';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__.info(`Waiting for ${url} (${c.name}) to answer 2xx (up to ${Math.max(0, Math.round((c.deadline - Date.now()) / 1000))} s).`);
    for (;;) {
        try {
            const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(Math.max(1000, Math.min(30_000, c.deadline - Date.now()))) });
            await res.arrayBuffer().catch(() => undefined);
            if (res.status >= 200 && res.status < 300)
                return `${c.name}: ${c.path} answered ${res.status}`;
            last = `HTTP ${res.status}`;
        }
        catch (e) {
            last = String(e.cause ?? e.message);
        }
        if (Date.now() > c.deadline) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__.ActionError(`Health check of ${c.name} failed: ${url} did not answer 2xx within ${Math.round(c.timeoutMs / 1000)} s (last: ${last}).`, 'Check the app logs; raise timeout if the image starts slowly.');
        }
        await (0,_util_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .y)(c.pollMs);
    }
}


/***/ })

};
