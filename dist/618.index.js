export const id = 618;
export const ids = [618];
export const modules = {

/***/ 44201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ driftSentence),
/* harmony export */   e: () => (/* binding */ refuseDrift)
/* harmony export */ });
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/** `Drift: changed outside this action since the last deploy on <where>: this deploy overwrites …; kept as they are now: ….` */
function driftSentence(changes, where, more = []) {
    const over = changes.filter((c) => c.overwritten).map((c) => c.label);
    const kept = changes.filter((c) => !c.overwritten).map((c) => c.label);
    const parts = [over.length ? `this deploy overwrites ${over.join(', ')}` : '', kept.length ? `kept as they are now: ${kept.join(', ')}` : '', ...more].filter(Boolean);
    return `Drift: changed outside this action since the last deploy on ${where}: ${parts.join('; ')}.`;
}
/**
 * on-drift: fail stops a deploy that would overwrite a change made outside the action, before any
 * write. `mode: plan` never fails on drift: it lists it.
 */
function refuseDrift(changes, o) {
    const over = changes.filter((c) => c.overwritten).map((c) => c.label);
    if (o.mode !== 'deploy' || o.onDrift !== 'fail' || !over.length)
        return;
    throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__.ActionError(`${o.where} was changed outside this action since its last deploy, and this deploy would overwrite: ${over.join(', ')}. ${o.nothing} (on-drift: fail).`, o.hint);
}


/***/ }),

/***/ 6618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  functionAppTarget: () => (/* binding */ functionAppTarget)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 8 modules
var core = __webpack_require__(46058);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/targets/target.ts
var target = __webpack_require__(29425);
// EXTERNAL MODULE: ./src/azure/arm.ts
var arm = __webpack_require__(51201);
;// CONCATENATED MODULE: ./src/targets/functionapp/client.ts

/** The Microsoft.Resources tags API version (azure-rest-api-specs specification/resources/resource-manager/Microsoft.Resources/stable/2021-04-01). */
const TAGS_API_VERSION = '2021-04-01';
class AppService {
    client;
    subscriptionId;
    armEndpoint;
    constructor(client, subscriptionId, armEndpoint) {
        this.client = client;
        this.subscriptionId = subscriptionId;
        this.armEndpoint = armEndpoint;
    }
    static async create(credential, cloud, subscriptionId) {
        const { WebSiteManagementClient } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(878), __webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
        return new AppService(new WebSiteManagementClient(credential, subscriptionId, (0,arm/* armClientOptions */.IL)(cloud)), subscriptionId, cloud.armEndpoint);
    }
    where(app, slot) {
        return `${app.name}${slot ? `/slots/${slot}` : ''} in resource group ${app.resourceGroup}`;
    }
    /** The app by name: directly when the resource group is known, else by listing the subscription. */
    async findApp(name, resourceGroup) {
        if (resourceGroup) {
            const site = await (0,arm/* armCall */.JS)(`Get function app ${name} in resource group ${resourceGroup}`, () => this.client.webApps.get(resourceGroup, name), {
                hint: (status) => (status === 404 ? 'Check app-name and resource-group (and subscription-id).' : undefined)
            });
            return { app: { subscriptionId: this.subscriptionId, resourceGroup, name: site.name ?? name }, site };
        }
        const hits = await (0,arm/* armCall */.JS)(`List the web apps of subscription ${this.subscriptionId}`, async () => {
            const found = [];
            for await (const s of this.client.webApps.list())
                if (s.name?.toLowerCase() === name.toLowerCase())
                    found.push(s);
            return found;
        });
        const { ActionError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 70017));
        if (hits.length === 0)
            throw new ActionError(`No app named ${name} was found in subscription ${this.subscriptionId}.`, 'Check app-name and subscription-id, or set resource-group; the identity needs Reader (or Website Contributor) on the app.');
        if (hits.length > 1)
            throw new ActionError(`Several apps named ${name} exist in subscription ${this.subscriptionId}.`, 'Set resource-group to choose one.');
        const site = hits[0];
        const resourceGroupOf = /\/resourceGroups\/([^/]+)\//i.exec(site.id ?? '')?.[1] ?? '';
        return { app: { subscriptionId: this.subscriptionId, resourceGroup: resourceGroupOf, name: site.name ?? name }, site };
    }
    async plan(serverFarmId) {
        const m = /\/resourceGroups\/([^/]+)\/providers\/Microsoft\.Web\/serverfarms\/([^/]+)/i.exec(serverFarmId);
        if (!m)
            return { skuName: '', tier: '' };
        const plan = await (0,arm/* armCall */.JS)(`Get App Service plan ${m[2]}`, () => this.client.appServicePlans.get(m[1], m[2]));
        return { skuName: plan.sku?.name ?? '', tier: plan.sku?.tier ?? '' };
    }
    async slots(app) {
        return (0,arm/* armCall */.JS)(`List the slots of ${this.where(app)}`, async () => {
            const out = [];
            for await (const s of this.client.webApps.listSlots(app.resourceGroup, app.name))
                out.push(s);
            return out;
        });
    }
    async site(app, slot) {
        return (0,arm/* armCall */.JS)(`Get ${this.where(app, slot)}`, () => slot ? this.client.webApps.getSlot(app.resourceGroup, app.name, slot) : this.client.webApps.get(app.resourceGroup, app.name));
    }
    /** The whole site config (a new slot is created from production's); `pullConfig` picks the fields a deploy writes. */
    async config(app, slot) {
        return (0,arm/* armCall */.JS)(`Read the site config of ${this.where(app, slot)}`, () => slot ? this.client.webApps.getConfigurationSlot(app.resourceGroup, app.name, slot) : this.client.webApps.getConfiguration(app.resourceGroup, app.name));
    }
    async connectionStrings(app, slot) {
        const d = await (0,arm/* armCall */.JS)(`List the connection strings of ${this.where(app, slot)}`, () => slot
            ? this.client.webApps.listConnectionStringsSlot(app.resourceGroup, app.name, slot)
            : this.client.webApps.listConnectionStrings(app.resourceGroup, app.name));
        return { ...(d.properties ?? {}) };
    }
    async storageMounts(app, slot) {
        const d = await (0,arm/* armCall */.JS)(`List the storage mounts of ${this.where(app, slot)}`, () => slot
            ? this.client.webApps.listAzureStorageAccountsSlot(app.resourceGroup, app.name, slot)
            : this.client.webApps.listAzureStorageAccounts(app.resourceGroup, app.name));
        return { ...(d.properties ?? {}) };
    }
    /** The last lines of the site's container (docker) log, as text; '' when there is none. */
    async containerLog(app, slot) {
        const r = await (0,arm/* armCall */.JS)(`Read the container log of ${this.where(app, slot)}`, () => slot
            ? this.client.webApps.getWebSiteContainerLogsSlot(app.resourceGroup, app.name, slot)
            : this.client.webApps.getWebSiteContainerLogs(app.resourceGroup, app.name));
        const stream = r.readableStreamBody;
        if (!stream)
            return '';
        const chunks = [];
        for await (const c of stream)
            chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
        return Buffer.concat(chunks).toString('utf8');
    }
    /** Asks the host to index its functions again, then lists what it indexed. */
    async indexedFunctions(app, slot) {
        await (0,arm/* armCall */.JS)(`Sync the function triggers of ${this.where(app, slot)}`, () => slot
            ? this.client.webApps.syncFunctionTriggersSlot(app.resourceGroup, app.name, slot)
            : this.client.webApps.syncFunctionTriggers(app.resourceGroup, app.name));
        return (0,arm/* armCall */.JS)(`List the functions of ${this.where(app, slot)}`, async () => {
            const out = [];
            const pages = slot
                ? this.client.webApps.listInstanceFunctionsSlot(app.resourceGroup, app.name, slot)
                : this.client.webApps.listFunctions(app.resourceGroup, app.name);
            for await (const f of pages)
                out.push(f.name?.split('/').pop() ?? '');
            return out.filter(Boolean);
        });
    }
    async settings(app, slot) {
        const d = await (0,arm/* armCall */.JS)(`List the app settings of ${this.where(app, slot)}`, () => slot
            ? this.client.webApps.listApplicationSettingsSlot(app.resourceGroup, app.name, slot)
            : this.client.webApps.listApplicationSettings(app.resourceGroup, app.name));
        return { ...(d.properties ?? {}) };
    }
    async slotConfigNames(app) {
        const r = await (0,arm/* armCall */.JS)(`Read the slot setting names of ${this.where(app)}`, () => this.client.webApps.listSlotConfigurationNames(app.resourceGroup, app.name));
        return { appSettingNames: r.appSettingNames ?? [], connectionStringNames: r.connectionStringNames, azureStorageConfigNames: r.azureStorageConfigNames };
    }
    /** PUT of the whole set: only ever called with a set that started from a read of the same slot. */
    async putSettings(app, slot, settings) {
        await (0,arm/* armCall */.JS)(`Write the app settings of ${this.where(app, slot)}`, () => slot
            ? this.client.webApps.updateApplicationSettingsSlot(app.resourceGroup, app.name, slot, { properties: settings })
            : this.client.webApps.updateApplicationSettings(app.resourceGroup, app.name, { properties: settings }));
    }
    /** PATCH of only the given site-config fields. */
    async patchConfig(app, slot, patch) {
        await (0,arm/* armCall */.JS)(`Update the site config (${Object.keys(patch).join(', ')}) of ${this.where(app, slot)}`, () => slot
            ? this.client.webApps.updateConfigurationSlot(app.resourceGroup, app.name, slot, patch)
            : this.client.webApps.updateConfiguration(app.resourceGroup, app.name, patch), { hint: (status, _c, message) => (status === 400 && /LinuxFxVersion/i.test(message ?? '') ? 'App Service refused the image reference.' : undefined) });
    }
    /** PUT of the whole resource: the connection-string and storage names read before are written back unchanged. */
    async putSlotConfigNames(app, names) {
        await (0,arm/* armCall */.JS)(`Write the slot setting names of ${this.where(app)}`, () => this.client.webApps.updateSlotConfigurationNames(app.resourceGroup, app.name, names));
    }
    async restart(app, slot) {
        await (0,arm/* armCall */.JS)(`Restart ${this.where(app, slot)}`, () => slot
            ? this.client.webApps.restartSlot(app.resourceGroup, app.name, slot, { softRestart: false })
            : this.client.webApps.restart(app.resourceGroup, app.name, { softRestart: false }));
    }
    async createSlot(app, slot, envelope, pollMs) {
        // A slot PUT is repeatable (same body, same result): retrying it on 409/429 is safe.
        return (0,arm/* armCall */.JS)(`Create slot ${slot} of ${this.where(app)}`, () => this.client.webApps.createOrUpdateSlot(app.resourceGroup, app.name, slot, envelope, { updateIntervalInMs: pollMs }).pollUntilDone(), {
            hint: (status, _code, message) => status && status < 500 && /slot|quota|maximum|limit/i.test(message ?? '')
                ? 'The plan allows no more slots: Elastic Premium has 3 including production. Close another preview, delete an unused slot, or use a Dedicated (P*v3) plan.'
                : undefined
        });
    }
    /**
     * Merges tags into the site or slot, or deletes the given name/value pairs, through the
     * Microsoft.Resources tags API at its scope (Tags_UpdateAtScope, api-version 2021-04-01): the
     * App Service PATCH (SitePatchResource) carries no tags, and a PUT of the whole site would
     * rewrite what was not read. Other tags are left as they are.
     */
    async updateTags(app, slot, operation, tags) {
        const scope = `/subscriptions/${this.subscriptionId}/resourceGroups/${app.resourceGroup}/providers/Microsoft.Web/sites/${app.name}${slot ? `/slots/${slot}` : ''}`;
        const url = `${this.armEndpoint.replace(/\/$/, '')}${scope.split('/').map(encodeURIComponent).join('/')}/providers/Microsoft.Resources/tags/default?api-version=${TAGS_API_VERSION}`;
        await (0,arm/* armCall */.JS)(`${operation === 'Merge' ? 'Write' : 'Delete'} the tags ${Object.keys(tags).join(', ')} of ${this.where(app, slot)}`, async () => {
            const { createPipelineRequest, createDefaultHttpClient } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(878), __webpack_require__.e(818)]).then(__webpack_require__.bind(__webpack_require__, 1818));
            const request = createPipelineRequest({ url, method: 'PATCH', body: JSON.stringify({ operation, properties: { tags } }) });
            request.headers.set('Content-Type', 'application/json');
            const response = await this.client.pipeline.sendRequest(createDefaultHttpClient(), request);
            if (response.status >= 300)
                throw Object.assign(new Error(`HTTP ${response.status}`), {
                    statusCode: response.status,
                    response: { status: response.status, bodyAsText: response.bodyAsText }
                });
        });
    }
    /** Deletes a slot; false when it was already gone (404 is success for a teardown). */
    async deleteSlot(app, slot) {
        try {
            await (0,arm/* armCall */.JS)(`Delete slot ${slot} of ${this.where(app)}`, () => this.client.webApps.deleteSlot(app.resourceGroup, app.name, slot));
            return true;
        }
        catch (e) {
            if ((0,arm/* statusOf */.c2)(e.cause) === 404)
                return false;
            throw e;
        }
    }
    /**
     * Starts a swap of `slot` into production and returns how to wait for it. Only the POST is
     * retried (a 409 before the swap is accepted): a swap is not idempotent, so once accepted it is
     * never sent again; a failed wait is returned as `pollError`, for the caller to read the slots.
     */
    async startSwap(app, slot, pollMs) {
        const what = `Swap slot ${slot} into production of ${this.where(app)}`;
        const hint = (status) => status === 417
            ? `The ${slot} slot did not answer App Service's warm-up ping: check it starts (container logs) and answers on / or WEBSITE_SWAP_WARMUP_PING_PATH.`
            : undefined;
        // A poller is itself awaitable: it is handed out in an object, or returning it would wait for the whole swap.
        const { poller } = await (0,arm/* armCall */.JS)(what, async () => {
            const p = this.client.webApps.swapSlot(app.resourceGroup, app.name, slot, { targetSlot: 'production', preserveVnet: true }, { updateIntervalInMs: pollMs });
            await p.submitted();
            return { poller: p };
        }, { hint });
        return {
            done: async () => {
                try {
                    await poller.pollUntilDone();
                    return {};
                }
                catch (e) {
                    const { describeAzureError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 51201));
                    const err = describeAzureError(e, `${what} (waiting for it to finish)`, hint((0,arm/* statusOf */.c2)(e)));
                    return { pollError: err };
                }
            }
        };
    }
}

// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(69488);
;// CONCATENATED MODULE: ./src/targets/functionapp/preflight.ts


/** Which values read back from Azure are credentials: the one rule of src/report/mask.ts. */

/** Values read back from Azure may be credentials (connection strings, registry passwords): mask them before anything can print them. */
function maskValues(settings) {
    for (const [k, v] of Object.entries(settings ?? {}))
        (0,mask/* maskSetting */.P2)(k, v);
}
async function orMissing(p) {
    try {
        return await p;
    }
    catch (e) {
        if ((0,arm/* statusOf */.c2)(e.cause) === 404)
            return undefined;
        throw e;
    }
}
function identityOf(site) {
    const ua = site?.identity?.userAssignedIdentities ?? {};
    return {
        type: site?.identity?.type,
        userAssigned: Object.fromEntries(Object.entries(ua).map(([id, v]) => [id, { clientId: v?.clientId, principalId: v?.principalId }]))
    };
}
const slotName = (s) => (s.name ?? '').split('/').pop() ?? '';
function pullConfig(c) {
    return { linuxFxVersion: c.linuxFxVersion, acrUseManagedIdentityCreds: c.acrUseManagedIdentityCreds, acrUserManagedIdentityID: c.acrUserManagedIdentityID };
}
function network(site) {
    return {
        virtualNetworkSubnetId: site.virtualNetworkSubnetId,
        outboundVnetRouting: site.outboundVnetRouting,
        keyVaultReferenceIdentity: site.keyVaultReferenceIdentity,
        clientCertEnabled: site.clientCertEnabled,
        clientCertMode: site.clientCertMode,
        publicNetworkAccess: site.publicNetworkAccess
    };
}
/**
 * One wave of parallel reads (two when the app is looked up by name): the app, its slots (with
 * their identities), sticky names, settings and site config of production and of the target slot,
 * production's connection strings and storage mounts when a slot may have to be created from them,
 * and the container logs before the write. The plan is read only when the site does not carry its tier.
 */
async function readState(svc, name, resourceGroup, slot, swap) {
    const appRef = resourceGroup ? { subscriptionId: svc.subscriptionId, resourceGroup, name } : (await svc.findApp(name)).app;
    const none = Promise.resolve(undefined);
    const [found, slots, slotConfigNames, productionSettings, productionConfig, targetSettings, targetConfig, connectionStrings, storageMounts, targetLog, productionLog] = await Promise.all([
        svc.findApp(name, appRef.resourceGroup),
        svc.slots(appRef),
        svc.slotConfigNames(appRef),
        svc.settings(appRef),
        svc.config(appRef),
        slot ? orMissing(svc.settings(appRef, slot)) : none,
        slot ? orMissing(svc.config(appRef, slot)) : none,
        slot ? svc.connectionStrings(appRef) : none,
        slot ? svc.storageMounts(appRef) : none,
        orMissing(svc.containerLog(appRef, slot)),
        swap ? svc.containerLog(appRef) : none
    ]);
    maskValues(productionSettings);
    maskValues(targetSettings);
    for (const c of Object.values(connectionStrings ?? {}))
        if (c.value)
            (0,mask/* secret */.rJ)(c.value);
    for (const m of Object.values(storageMounts ?? {}))
        if (typeof m.accessKey === 'string')
            (0,mask/* secret */.rJ)(m.accessKey);
    const site = found.site;
    const plan = site.sku ? { skuName: '', tier: site.sku } : await svc.plan(site.serverFarmId ?? '');
    const targetSite = slot ? slots.find((s) => slotName(s).toLowerCase() === slot.toLowerCase()) : undefined;
    const state = {
        app: found.app,
        kind: site.kind ?? '',
        location: site.location ?? '',
        serverFarmId: site.serverFarmId ?? '',
        httpsOnly: site.httpsOnly,
        managedEnvironmentId: site.managedEnvironmentId,
        identity: identityOf(site),
        plan,
        slots: slots.map(slotName).filter(Boolean),
        slotConfigNames,
        productionSettings,
        productionConfig: pullConfig(productionConfig),
        productionHostName: site.defaultHostName,
        source: slot
            ? {
                siteConfig: { ...productionConfig },
                connectionStrings: connectionStrings ?? {},
                storageMounts: storageMounts ?? {},
                network: network(site)
            }
            : undefined,
        targetSettings,
        targetConfig: targetConfig ? pullConfig(targetConfig) : undefined,
        targetHostName: targetSite?.defaultHostName,
        targetIdentity: targetSite ? identityOf(targetSite) : undefined,
        targetTags: slot ? targetSite?.tags : site.tags
    };
    return { state, logBefore: { target: targetLog ?? '', production: productionLog } };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/targets/functionapp/settings.ts
/**
 * App settings: merge (never wipe), diff by name, and the starting set of a new slot. Pure.
 * The PUT behind them replaces the whole set, so the merge always starts from what was read.
 */

/** Platform-managed settings of Elastic Premium apps: never added, changed or removed by a deploy. */
const CONTENT_SHARE_SETTINGS = ['WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', 'WEBSITE_CONTENTSHARE'];
const REGISTRY_URL = 'DOCKER_REGISTRY_SERVER_URL';
const APP_SERVICE_STORAGE = 'WEBSITES_ENABLE_APP_SERVICE_STORAGE';
const REGISTRY_USERNAME = 'DOCKER_REGISTRY_SERVER_USERNAME';
const REGISTRY_PASSWORD = 'DOCKER_REGISTRY_SERVER_PASSWORD';
const same = (a, b) => a.toLowerCase() === b.toLowerCase();
/** App Service setting names are case-insensitive: find the stored spelling of a name. */
function stored(settings, name) {
    return Object.keys(settings).find((k) => same(k, name));
}
function mergeSettings(m) {
    for (const n of [...m.set.map((s) => s.name), ...m.remove]) {
        if (CONTENT_SHARE_SETTINGS.some((c) => same(c, n))) {
            throw new errors.ActionError(`${n} is managed by the platform on Elastic Premium and is never set or removed by a deploy.`, `Remove ${n} from app-settings / remove-app-settings; changing it can stop the app from starting.`);
        }
    }
    const out = { ...m.current };
    const put = (name, value) => {
        const key = stored(out, name);
        if (key !== undefined && key !== name)
            delete out[key];
        out[name] = value;
    };
    const drop = (name) => {
        const key = stored(out, name);
        if (key !== undefined)
            delete out[key];
    };
    for (const n of m.remove)
        drop(n);
    for (const s of m.set)
        put(s.name, s.value);
    // The code is in the image: /home need not be mounted from storage. An explicit value (true keeps
    // /home persistent) is the user's choice, and the Azure CLI leaves it too.
    if (stored(out, APP_SERVICE_STORAGE) === undefined)
        put(APP_SERVICE_STORAGE, 'false');
    if (m.registry.kind === 'credentials') {
        put(REGISTRY_URL, m.registry.url);
        put(REGISTRY_USERNAME, m.registry.username);
        put(REGISTRY_PASSWORD, m.registry.password);
    }
    else if (m.registry.kind === 'remove') {
        drop(REGISTRY_USERNAME);
        drop(REGISTRY_PASSWORD);
    }
    return out;
}
function diffSettings(before, after) {
    const added = Object.keys(after).filter((k) => stored(before, k) === undefined);
    const removed = Object.keys(before).filter((k) => stored(after, k) === undefined);
    const changed = Object.keys(after).filter((k) => {
        const b = stored(before, k);
        return b !== undefined && before[b] !== after[k];
    });
    return { added: added.sort(), changed: changed.sort(), removed: removed.sort() };
}
const isEmptyDiff = (d) => !d.added.length && !d.changed.length && !d.removed.length;
/** A new slot starts from production's settings minus the sticky ones and minus WEBSITE_CONTENTSHARE (the platform makes a slot its own). */
function newSlotBase(production, stickyNames) {
    const out = {};
    for (const [k, v] of Object.entries(production)) {
        if (stickyNames.some((s) => same(s, k)) || same(k, 'WEBSITE_CONTENTSHARE'))
            continue;
        out[k] = v;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/targets/functionapp/new-slot.ts
/**
 * Site-config fields never copied into a new slot: written by this deploy (image, pull, settings,
 * connection strings, mounts), per-site by nature (publishing user, VNet name, machine key), or
 * production-only behaviour (auto-swap, ramp-up rules, push). The rest is production's.
 */
const NOT_COPIED = new Set([
    'id',
    'name',
    'type',
    'kind',
    'systemData',
    'linuxFxVersion',
    'acrUseManagedIdentityCreds',
    'acrUserManagedIdentityID',
    'appSettings',
    'connectionStrings',
    'azureStorageAccounts',
    'publishingUsername',
    'vnetName',
    'machineKey',
    'autoSwapSlotName',
    'experiments',
    'push',
    'scmType'
]);
const sticky = (names) => {
    const set = new Set((names ?? []).map((n) => n.toLowerCase()));
    return (name) => set.has(name.toLowerCase());
};
function copiedSiteConfig(siteConfig) {
    return Object.fromEntries(Object.entries(siteConfig).filter(([k, v]) => !NOT_COPIED.has(k) && v !== undefined && v !== null));
}
function identityEnvelope(identity) {
    const ua = Object.keys(identity.userAssigned);
    const system = /systemassigned/i.test(identity.type ?? '');
    if (!ua.length && !system)
        return undefined;
    const type = system && ua.length ? 'SystemAssigned, UserAssigned' : system ? 'SystemAssigned' : 'UserAssigned';
    return { type, ...(ua.length ? { userAssignedIdentities: Object.fromEntries(ua.map((id) => [id, {}])) } : {}) };
}
function newSlotEnvelope(i) {
    const { state, source } = i;
    const names = state.slotConfigNames;
    const isStickyConn = sticky(names.connectionStringNames);
    const isStickyMount = sticky(names.azureStorageConfigNames);
    const connectionStrings = Object.entries(source.connectionStrings)
        .filter(([name]) => !isStickyConn(name))
        .map(([name, c]) => ({ name, connectionString: c.value ?? '', type: c.type ?? 'Custom' }));
    const mounts = Object.fromEntries(Object.entries(source.storageMounts).filter(([name]) => !isStickyMount(name)));
    const n = source.network;
    return {
        location: state.location,
        kind: state.kind,
        serverFarmId: state.serverFarmId,
        reserved: true,
        httpsOnly: state.httpsOnly ?? true,
        ...(identityEnvelope(i.identity) ? { identity: identityEnvelope(i.identity) } : {}),
        ...(n.virtualNetworkSubnetId ? { virtualNetworkSubnetId: n.virtualNetworkSubnetId } : {}),
        ...(n.outboundVnetRouting ? { outboundVnetRouting: { ...n.outboundVnetRouting } } : {}),
        ...(n.keyVaultReferenceIdentity ? { keyVaultReferenceIdentity: n.keyVaultReferenceIdentity } : {}),
        ...(n.clientCertEnabled !== undefined ? { clientCertEnabled: n.clientCertEnabled } : {}),
        ...(n.clientCertMode ? { clientCertMode: n.clientCertMode } : {}),
        siteConfig: {
            ...copiedSiteConfig(source.siteConfig),
            ...i.pull,
            appSettings: Object.entries(i.settings).map(([name, value]) => ({ name, value })),
            ...(connectionStrings.length ? { connectionStrings } : {}),
            ...(Object.keys(mounts).length ? { azureStorageAccounts: mounts } : {})
        }
    };
}

;// CONCATENATED MODULE: ./src/targets/functionapp/identity.ts
/**
 * How the site or slot deployed to pulls the image: with a managed identity of **that** site or
 * slot (identities are per slot in App Service and never swapped or inherited), or with registry
 * credentials held in its settings. Pure; every refusal happens before any write.
 */

/** The user-assigned identity with this client id, attached to `identity`. */
function attachedIdentity(identity, clientId) {
    return Object.entries(identity.userAssigned).find(([, v]) => v.clientId?.toLowerCase() === clientId.toLowerCase());
}
const listIdentities = (identity) => Object.entries(identity.userAssigned)
    .map(([id, v]) => `${v.clientId} (${id.split('/').pop()})`)
    .join(', ');
function useManagedIdentity(p) {
    switch (p.config.registryPull) {
        case 'managed-identity':
            return true;
        case 'credentials':
            return false;
        case 'auto':
            return p.config.pullIdentityClientId ? true : p.current.acrUseManagedIdentityCreds === true;
    }
}
function checkUserAssigned(p, clientId) {
    if (attachedIdentity(p.target, clientId))
        return;
    const onProduction = attachedIdentity(p.production, clientId);
    const named = p.config.pullIdentityClientId ? `pull-identity-client-id ${clientId}` : `The identity ${p.where} pulls with now (client id ${clientId})`;
    if (!onProduction) {
        throw new errors.ActionError(`${named} is not attached to ${p.where}.`, Object.keys(p.production.userAssigned).length
            ? `Attached user-assigned identities of production (client ids): ${listIdentities(p.production)}. Attach the identity to the app first.`
            : 'The app has no user-assigned identity: attach one that has AcrPull on the registry, then set its client id here.');
    }
    throw new errors.ActionError(`${named} is attached to production but not to ${p.where}: identities are per slot, so this slot could not pull the image.`, `Attach it to the slot (az functionapp identity assign --resource-group <rg> --name <app> --slot <slot> --identities ${onProduction[0]}), then re-run.`);
}
function checkSystemAssigned(p) {
    if (p.createSlot) {
        throw new errors.ActionError(`${p.where} would pull the image with its own system-assigned identity: a new slot gets a new principal, which has no AcrPull on the registry, so its first pull would fail.`, 'Two ways out: set pull-identity-client-id to a user-assigned identity that has AcrPull and is attached to the app (the new slot gets it attached), or use registry-pull: credentials.');
    }
    if (!/systemassigned/i.test(p.target.type ?? '')) {
        throw new errors.ActionError(`registry-pull uses a managed identity, but ${p.where} has no system-assigned identity and no pull-identity-client-id was given.`, 'Attach a user-assigned identity with AcrPull on the registry and set pull-identity-client-id, or use registry-pull: credentials.');
    }
}
function credentialsSettings(p) {
    const c = p.registryCredential;
    if (!c || !c.durable) {
        throw new errors.ActionError('registry-pull: credentials needs a registry user name and password the app can keep using, and this run has none (an Entra refresh token expires in hours).', 'Use registry-auth: password (e.g. an ACR token or service principal) or admin, or registry-pull: managed-identity.');
    }
    return { kind: 'credentials', url: `https://${p.registry}`, username: c.username, password: c.password };
}
function choosePull(p) {
    if (!useManagedIdentity(p)) {
        return { useMi: false, settings: p.config.registryPull === 'credentials' ? credentialsSettings(p) : { kind: 'keep' }, warnings: [] };
    }
    const clientId = p.config.pullIdentityClientId ?? (p.current.acrUseManagedIdentityCreds ? (p.current.acrUserManagedIdentityID ?? '') : '');
    if (clientId)
        checkUserAssigned(p, clientId);
    else
        checkSystemAssigned(p);
    const hit = clientId ? attachedIdentity(p.target, clientId) : undefined;
    return { useMi: true, identityClientId: hit?.[1].clientId ?? clientId, settings: { kind: 'remove' }, warnings: [] };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/drift/record.ts
/**
 * The deploy record: what a deploy applied, as salted, truncated per-name hashes, so the next run
 * can say by name what was changed outside the action since, without any value in clear. Pure:
 * the salt comes from the caller (the effect that writes the record picks it at random).
 *
 * Encoding (version 1): `v1.<salt>.<count>.` followed by `count` entries of 8 base64url
 * characters each: 4 for the name (the first 24 bits of SHA-256 over salt, kind and name) and 4
 * for the value (the first 24 bits of SHA-256 over salt, kind, name and value). 24 bits of a
 * value's hash cannot confirm a guess of a secret (some 2^24 other strings share it); they catch a
 * change with a chance of 1 in 16.7 million of missing it. Names are found again by hashing the
 * names a run knows (the current ones and the ones it writes); a recorded name that is gone and
 * unknown to the run is counted, not named.
 */

const VERSION = 'v1';
const HASH_CHARS = 4;
const ENTRY_CHARS = 2 * HASH_CHARS;
const SALT_RE = /^[A-Za-z0-9_-]{8}$/;
function hash(...parts) {
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, HASH_CHARS);
}
const nameHash = (salt, kind, name) => hash(salt, kind, name);
const valueHash = (salt, i) => hash(salt, i.kind, i.name, '=', i.value);
const key = (kind, name) => `${kind}\u0000${name}`;
/** The record of what was applied (one entry per kind and name; the last value wins). */
function recordOf(applied, salt) {
    if (!SALT_RE.test(salt))
        throw new Error(`recordOf: salt must be 8 base64url characters, not ${JSON.stringify(salt)}`);
    const unique = new Map(applied.map((i) => [key(i.kind, i.name), i]));
    const entries = [...unique.values()].map((i) => nameHash(salt, i.kind, i.name) + valueHash(salt, i)).sort();
    return `${VERSION}.${salt}.${entries.length}.${entries.join('')}`;
}
/** The record in `text`; undefined when there is none; a string saying why when it cannot be read. */
function parseRecord(text) {
    if (text === undefined || text === '')
        return undefined;
    const m = /^v1\.([A-Za-z0-9_-]{8})\.(\d{1,5})\.([A-Za-z0-9_-]*)$/.exec(text);
    if (!m)
        return text.startsWith('v') && !text.startsWith(`${VERSION}.`) ? `it has version ${text.split('.')[0]}, not ${VERSION}` : 'it is not in the expected form';
    const [, salt, count, body] = m;
    if (body.length !== Number(count) * ENTRY_CHARS)
        return `it says ${count} entries and holds ${body.length / ENTRY_CHARS} (a part of it is missing)`;
    const entries = new Map();
    for (let k = 0; k < body.length; k += ENTRY_CHARS)
        entries.set(body.slice(k, k + HASH_CHARS), body.slice(k + HASH_CHARS, k + ENTRY_CHARS));
    return { salt, entries };
}
/**
 * What changed between the record and the current items, by name. `known` are further names this
 * run knows (what it writes), to name an entry that is gone now. Only `kinds` are compared (the
 * kinds the record was made of).
 */
function driftBetween(record, current, known = []) {
    const seen = new Set();
    const drift = { changed: [], added: [], removed: [], removedUnnamed: 0 };
    for (const i of current) {
        const h = nameHash(record.salt, i.kind, i.name);
        const recorded = record.entries.get(h);
        seen.add(h);
        if (recorded === undefined)
            drift.added.push({ kind: i.kind, name: i.name });
        else if (recorded !== valueHash(record.salt, i))
            drift.changed.push({ kind: i.kind, name: i.name });
    }
    const byHash = new Map(known.map((k) => [nameHash(record.salt, k.kind, k.name), { kind: k.kind, name: k.name }]));
    for (const h of record.entries.keys()) {
        if (seen.has(h))
            continue;
        const ref = byHash.get(h);
        if (ref === undefined)
            drift.removedUnnamed += 1;
        else
            drift.removed.push(ref);
    }
    for (const list of [drift.changed, drift.added, drift.removed])
        list.sort((a, b) => (a.kind + a.name < b.kind + b.name ? -1 : 1));
    return drift;
}
function hasDrift(d) {
    return d.changed.length + d.added.length + d.removed.length + d.removedUnnamed > 0;
}
/** Compares when there is a record; says so when there is none or it cannot be read. */
function compareWithRecord(text, current, known = []) {
    const r = parseRecord(text);
    if (r === undefined)
        return { state: 'no-record' };
    if (typeof r === 'string')
        return { state: 'unreadable', why: r };
    return { state: 'compared', drift: driftBetween(r, current, known) };
}

;// CONCATENATED MODULE: ./src/drift/tags.ts
/**
 * The deploy record split over resource tags within Azure Resource Manager's limits: a tag value
 * holds at most 256 characters and a resource at most 50 tags (Microsoft.Resources tags API,
 * azure-rest-api-specs specification/resources/…/2021-04-01/resources.json, Tags_UpdateAtScope).
 * Tags `<prefix>-0`, `<prefix>-1`, … hold consecutive parts of the record. Pure.
 */
const TAG_VALUE_MAX = 256;
const TAGS_PER_RESOURCE_MAX = 50;
/** The record's own tag prefix; names avoid the characters ARM refuses in tag names (< > % & \ ? /). */
const RECORD_TAG_PREFIX = 'deploy-record';
/** At most this many tags for the record: 8 × 256 characters hold 253 entries. */
const RECORD_TAGS_MAX = 8;
const partName = (prefix, n) => `${prefix}-${n}`;
function isRecordTag(name, prefix = RECORD_TAG_PREFIX) {
    return new RegExp(`^${prefix.replace(/[-.]/g, '\\$&')}-\\d+$`).test(name);
}
/** The record joined back from its tags; undefined when there is no part 0. */
function recordFromTags(tags, prefix = RECORD_TAG_PREFIX) {
    if (!tags?.[partName(prefix, 0)])
        return undefined;
    const parts = [];
    for (let n = 0; tags[partName(prefix, n)] !== undefined; n++)
        parts.push(tags[partName(prefix, n)]);
    return parts.join('');
}
/**
 * The tags to merge for `record`, and the record tags of a longer previous record to delete. Refused
 * (with the reason) when the record needs more than RECORD_TAGS_MAX tags or the resource's other
 * tags leave too few of its 50.
 */
function recordTags(record, existing, prefix = RECORD_TAG_PREFIX) {
    const parts = [];
    for (let k = 0; k < record.length; k += TAG_VALUE_MAX)
        parts.push(record.slice(k, k + TAG_VALUE_MAX));
    if (parts.length > RECORD_TAGS_MAX)
        return { ok: false, why: `the record needs ${parts.length} tags of ${TAG_VALUE_MAX} characters, more than the ${RECORD_TAGS_MAX} it may use` };
    const others = Object.keys(existing ?? {}).filter((n) => !isRecordTag(n, prefix)).length;
    if (others + parts.length > TAGS_PER_RESOURCE_MAX)
        return { ok: false, why: `the resource has ${others} other tags, and ARM allows ${TAGS_PER_RESOURCE_MAX} in all (the record needs ${parts.length})` };
    const tags = Object.fromEntries(parts.map((p, n) => [partName(prefix, n), p]));
    const stale = Object.keys(existing ?? {}).filter((n) => isRecordTag(n, prefix) && !(n in tags));
    return { ok: true, tags, stale };
}

// EXTERNAL MODULE: ./src/drift/report.ts
var report = __webpack_require__(44201);
;// CONCATENATED MODULE: ./src/targets/functionapp/drift.ts
/**
 * Drift of a function app slot: what was changed outside the action since its last deploy, by
 * name (app settings, site-config pull fields), and which of those changes this deploy overwrites.
 * Pure: the record comes from the site's tags (read by preflight), the current state from the
 * same reads the plan uses. The record is written by record.ts after the deploy is verified.
 */



const SETTING = 'setting';
const CONFIG = 'config';
const CONFIG_FIELDS = ['linuxFxVersion', 'acrUseManagedIdentityCreds', 'acrUserManagedIdentityID'];
/** The items a record holds for a slot: every app setting, and the site-config fields a deploy writes (normalised as the plan compares them). */
function appliedItems(settings, config) {
    return [
        ...Object.entries(settings).map(([name, value]) => ({ kind: SETTING, name, value: value ?? '' })),
        ...CONFIG_FIELDS.map((name) => ({ kind: CONFIG, name, value: configValue(config, name) }))
    ];
}
function configValue(c, name) {
    if (name === 'linuxFxVersion')
        return (c.linuxFxVersion ?? '').trim().toLowerCase();
    if (name === 'acrUseManagedIdentityCreds')
        return String(c.acrUseManagedIdentityCreds ?? false);
    return c.acrUserManagedIdentityID ?? '';
}
/** The drift of the slot deployed to, with what this deploy overwrites. */
function functionAppDrift(x) {
    const current = appliedItems(x.settingsBefore, x.configBefore);
    const known = Object.keys(x.settingsAfter).map((name) => ({ kind: SETTING, name }));
    const compared = compareWithRecord(recordFromTags(x.tags), current, known);
    if (compared.state !== 'compared')
        return compared;
    return { state: 'compared', entries: entriesOf(compared.drift, x), removedUnnamed: compared.drift.removedUnnamed };
}
function entriesOf(d, x) {
    const entry = (r, change) => ({
        kind: r.kind === CONFIG ? 'config' : 'setting',
        name: r.name,
        change,
        overwritten: overwrites(r, change, x)
    });
    const all = [...d.changed.map((r) => entry(r, 'changed')), ...d.added.map((r) => entry(r, 'added')), ...d.removed.map((r) => entry(r, 'removed'))];
    return [...all.filter((e) => e.kind === 'setting'), ...all.filter((e) => e.kind === 'config')];
}
/** Does the deploy undo this change? It writes a setting's value, drops an added setting, restores a removed one, patches a config field. */
function overwrites(r, change, x) {
    if (r.kind === CONFIG)
        return r.name in x.configPatch;
    const after = x.settingsAfter[r.name];
    if (change === 'changed')
        return after !== x.settingsBefore[r.name];
    if (change === 'added')
        return after === undefined;
    return after !== undefined;
}
const label = (e) => `${e.kind === 'config' ? 'site config' : 'app setting'} ${e.name} (${e.change})`;
function driftEntries(d) {
    return d.state === 'compared' ? d.entries : [];
}
/** The names-only view for the `plan` output and the summary. */
function describeDrift(d) {
    if (d.state !== 'compared')
        return { state: d.state, ...('why' in d ? { why: d.why } : {}) };
    const names = (f) => d.entries.filter(f).map((e) => `${e.name} (${e.change})`);
    return {
        state: d.entries.length || d.removedUnnamed ? 'drift' : 'none',
        settings: names((e) => e.kind === 'setting'),
        config: names((e) => e.kind === 'config'),
        overwritten: d.entries.filter((e) => e.overwritten).map((e) => e.name),
        ...(d.removedUnnamed ? { removedUnnamed: d.removedUnnamed } : {})
    };
}
/** One line for the log and the summary. Names only. */
function driftLine(d, where) {
    switch (d.state) {
        case 'no-record':
            return `Drift: no record yet on ${where} (the first deploy with this action writes one); nothing to compare.`;
        case 'new-slot':
            return `Drift: ${where} is new; nothing to compare.`;
        case 'not-covered':
        case 'unreadable':
            return `Drift: not checked on ${where}: ${d.why}.`;
    }
    if (!d.entries.length && !d.removedUnnamed)
        return `Drift: none on ${where} since the last deploy.`;
    const unnamed = d.removedUnnamed ? [`${d.removedUnnamed} recorded setting(s) are gone whose names this run does not know`] : [];
    return (0,report/* driftSentence */.L)(changes(d), where, unnamed);
}
const changes = (d) => driftEntries(d).map((e) => ({ label: label(e), overwritten: e.overwritten }));
/**
 * The on-drift decision, before any write: with `fail`, a deploy that would overwrite a change
 * made outside the action stops here. `mode: plan` never fails on drift; it lists it.
 */
function checkDrift(d, onDrift, mode, where) {
    (0,report/* refuseDrift */.e)(changes(d), {
        onDrift,
        mode,
        where,
        nothing: 'Nothing was written',
        hint: "Keep the change by putting it into the workflow's inputs (app-settings, remove-app-settings, the image), or undo it on the app; or deploy with on-drift: warn to overwrite it."
    });
}

;// CONCATENATED MODULE: ./src/targets/functionapp/plan.ts
/**
 * Current state + config + image → what a deploy to the function app will do. Pure: the reads
 * are done by preflight.ts, the writes by apply.ts. The plan holds setting names for display and
 * the final values for the write; `describePlan` gives the names-only view (output `plan`).
 */






const PRODUCTION = 'production';
/** Which slot this run writes to, and whether it swaps into production afterwards. */
function chooseSlot(fa, intent) {
    const named = fa.slot && fa.slot.toLowerCase() !== PRODUCTION ? fa.slot : undefined;
    if (intent.kind === 'preview' || intent.kind === 'teardown')
        return { slot: named ?? `pr-${intent.pr}`, swap: false };
    if (fa.swap)
        return { slot: named ?? 'staging', swap: true };
    return { slot: named, swap: false };
}
function isElasticPremium(plan) {
    return /^EP\d/i.test(plan.skuName) || /elasticpremium/i.test(plan.tier);
}
/** Refuses what this target cannot deploy to, before any write. */
function checkApp(s) {
    const kind = s.kind
        .toLowerCase()
        .split(',')
        .map((k) => k.trim());
    const where = `${s.app.name} (resource group ${s.app.resourceGroup})`;
    if (!kind.includes('functionapp'))
        throw new errors.ActionError(`${where} is not a function app (kind '${s.kind}').`, 'Set app-name to a function app.');
    if (s.managedEnvironmentId || kind.includes('azurecontainerapps')) {
        throw new errors.ActionError(`${where} is hosted on Azure Container Apps (environment ${s.managedEnvironmentId?.split('/').pop() ?? 'unknown'}), not on an App Service plan: this target deploys to Elastic Premium and Dedicated plans.`, 'Deploy it with target: containerapp (Functions on Container Apps), or move the app to an Elastic Premium plan.');
    }
    if (!kind.includes('linux'))
        throw new errors.ActionError(`${where} is a Windows function app (kind '${s.kind}'); containers run on Linux only.`, 'Create a Linux function app on an Elastic Premium plan for the image.');
    if (!kind.includes('container')) {
        throw new errors.ActionError(`${where} is a code app (kind '${s.kind}'), not a container app: deploying an image to it would replace how it runs.`, 'Create the function app from an image (az functionapp create --image …) on an Elastic Premium plan, or deploy code with Azure/functions-action.');
    }
    const sku = s.plan.skuName;
    const tier = s.plan.tier;
    if (/^Y1$/i.test(sku) || /dynamic/i.test(tier))
        throw new errors.ActionError(`${where} runs on a Consumption plan (${sku || tier}), which does not run custom containers.`, 'Move the app to an Elastic Premium (EP1–EP3) or Dedicated plan.');
    if (/^FC\d/i.test(sku) || /flex/i.test(tier))
        throw new errors.ActionError(`${where} runs on a Flex Consumption plan (${sku || tier}), which does not run custom containers.`, 'Move the app to an Elastic Premium (EP1–EP3) or Dedicated plan.');
}
/** Elastic Premium: 3 slots including production (Azure Functions service limits, "Deployment slots per app"). */
const ELASTIC_PREMIUM_SLOTS = 3;
/** Creating `slot` would exceed the plan's slot quota. Pure. */
function slotQuotaFull(state, slot) {
    if (slot === undefined || state.slots.some((s) => s.toLowerCase() === slot.toLowerCase()))
        return false;
    return isElasticPremium(state.plan) && state.slots.length + 1 >= ELASTIC_PREMIUM_SLOTS;
}
function slotLine(slot, prs) {
    const pr = (0,target/* previewNumber */.KL)(slot);
    if (pr === undefined)
        return `${slot} is not a preview`;
    return `${slot} belongs to pull request #${pr} (${prs.states?.get(pr)?.state ?? 'state unknown'})`;
}
/**
 * The quota is full: the slot of a closed (or gone) pull request to free first when
 * preview-evict-closed allows it; otherwise the error that lists every slot in use with its pull
 * request's state and the ways out.
 */
function checkSlotQuota(state, slot, prs) {
    const closed = state.slots
        .map((s) => ({ slot: s, pr: (0,target/* previewNumber */.KL)(s) }))
        .filter((s) => s.pr !== undefined)
        .map((s) => ({ ...s, state: prs.states?.get(s.pr)?.state }))
        .filter((s) => s.state === 'closed' || s.state === 'gone')
        .sort((a, b) => a.pr - b.pr);
    if (prs.evictClosed && closed.length)
        return closed[0];
    const inUse = `${['production', ...state.slots].join(', ')} are in use: ${state.slots.map((s) => slotLine(s, prs)).join('; ')}`;
    const unknown = prs.statesError ? ` (GitHub could not be asked: ${prs.statesError})` : '';
    const ways = closed.length
        ? `${closed.map((c) => c.slot).join(', ')} belong${closed.length === 1 ? 's' : ''} to ${closed.length === 1 ? 'a closed pull request' : 'closed pull requests'}: \`mode: cleanup\` (a scheduled cleanup workflow) would free ${closed.length === 1 ? 'it' : 'them'}, and preview-evict-closed: true lets a preview free one itself.`
        : `No preview slot belongs to a closed pull request${unknown}: close (or tear down) another preview, delete an unused slot, run \`mode: cleanup\` with max-preview-age to free stale previews, deploy previews to a separate function app, or move to a Dedicated (P*v3) plan with up to 20 slots.`;
    throw new errors.ActionError(`Cannot create slot ${slot}: the Elastic Premium plan allows ${ELASTIC_PREMIUM_SLOTS} slots including production, and ${inUse}.`, ways);
}
function planDeploy(p) {
    const { config, state } = p;
    checkApp(state);
    const { slot, swap } = chooseSlot(config, p.intent);
    const exists = slot === undefined || state.slots.some((s) => s.toLowerCase() === slot.toLowerCase());
    const createSlot = !exists;
    const evict = createSlot && slotQuotaFull(state, slot) ? checkSlotQuota(state, slot, p.pullRequests ?? { evictClosed: false }) : undefined;
    if (createSlot && !state.source)
        throw new errors.ActionError(`Slot ${slot} does not exist, and production's configuration to create it from was not read.`);
    const currentConfig = exists ? (slot === undefined ? state.productionConfig : (state.targetConfig ?? {})) : state.productionConfig;
    const currentSettings = exists
        ? slot === undefined
            ? state.productionSettings
            : (state.targetSettings ?? {})
        : newSlotBase(state.productionSettings, state.slotConfigNames.appSettingNames);
    const targetIdentity = slot === undefined ? state.identity : exists ? (state.targetIdentity ?? { userAssigned: {} }) : slotIdentityFrom(state.identity);
    const where = slot === undefined ? `${state.app.name} (production)` : `slot ${slot} of ${state.app.name}${createSlot ? ' (to be created)' : ''}`;
    const pull = choosePull({
        config,
        current: currentConfig,
        production: state.identity,
        target: targetIdentity,
        where,
        createSlot,
        registryCredential: p.registryCredential,
        registry: p.registry
    });
    // The image and its pull fields travel with a swap, the identities do not: production must hold the pull identity too.
    if (swap)
        choosePull({
            config,
            current: currentConfig,
            production: state.identity,
            target: state.identity,
            where: `production of ${state.app.name} (the swap moves the pull settings there)`,
            createSlot: false,
            registryCredential: p.registryCredential,
            registry: p.registry
        });
    const settingsAfter = mergeSettings({ current: currentSettings, set: config.appSettings, remove: config.removeAppSettings, registry: pull.settings });
    const settingsDiff = diffSettings(createSlot ? {} : currentSettings, settingsAfter);
    const desired = {
        linuxFxVersion: `DOCKER|${p.image}`,
        acrUseManagedIdentityCreds: pull.useMi,
        ...(pull.useMi ? { acrUserManagedIdentityID: pull.identityClientId ?? '' } : {})
    };
    const configPatch = createSlot ? desired : changedFields(currentConfig, desired);
    const writeSettings = !createSlot && !isEmptyDiff(settingsDiff);
    const stickyBefore = state.slotConfigNames.appSettingNames;
    const stickyAdd = config.slotSettings.filter((n) => !stickyBefore.some((s) => s.toLowerCase() === n.toLowerCase()));
    const restart = !createSlot && !writeSettings && Object.keys(configPatch).length === 0;
    return {
        app: state.app,
        slot,
        createSlot,
        ...(evict ? { evict } : {}),
        newSlot: createSlot ? newSlotEnvelope({ state, source: state.source, identity: targetIdentity, settings: settingsAfter, pull: desired }) : undefined,
        image: { before: createSlot ? undefined : imageOf(currentConfig.linuxFxVersion), after: p.image },
        settingsBefore: createSlot ? {} : currentSettings,
        settingsAfter,
        settingsDiff,
        writeSettings,
        configBefore: createSlot ? {} : pick(currentConfig),
        configPatch,
        restart,
        stickyAdd,
        slotConfigNamesBefore: state.slotConfigNames,
        slotConfigNamesAfter: { ...state.slotConfigNames, appSettingNames: [...stickyBefore, ...stickyAdd] },
        swap: swap ? { from: slot } : undefined,
        productionImage: imageOf(state.productionConfig.linuxFxVersion),
        hostName: slot === undefined ? state.productionHostName : state.targetHostName,
        productionHostName: state.productionHostName,
        expectFunctions: p.functions ?? [],
        drift: createSlot
            ? { state: 'new-slot' }
            : swap
                ? { state: 'not-covered', why: 'a swap exchanges the settings and the image of staging and production, so no record describes either slot' }
                : functionAppDrift({ tags: state.targetTags, settingsBefore: currentSettings, settingsAfter, configBefore: currentConfig, configPatch }),
        tagsBefore: createSlot ? {} : { ...(state.targetTags ?? {}) },
        warnings: pull.warnings
    };
}
/** A new slot gets production's user-assigned identities (its settings may name them) and, where production has one, its own system-assigned identity. */
function slotIdentityFrom(production) {
    return { type: production.type, userAssigned: { ...production.userAssigned }, systemAssignedIsNew: /systemassigned/i.test(production.type ?? '') };
}
function changedFields(current, desired) {
    const patch = {};
    for (const k of Object.keys(desired)) {
        const before = current[k];
        const differs = k === 'linuxFxVersion'
            ? !sameImage(before, desired[k])
            : (before ?? (k === 'acrUserManagedIdentityID' ? '' : false)) !== desired[k];
        if (differs)
            patch[k] = desired[k];
    }
    return patch;
}
function pick(c) {
    const out = {};
    if (c.linuxFxVersion !== undefined)
        out.linuxFxVersion = c.linuxFxVersion;
    if (c.acrUseManagedIdentityCreds !== undefined)
        out.acrUseManagedIdentityCreds = c.acrUseManagedIdentityCreds;
    if (c.acrUserManagedIdentityID !== undefined)
        out.acrUserManagedIdentityID = c.acrUserManagedIdentityID;
    return out;
}
function sameImage(a, b) {
    return (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
}
function imageOf(linuxFxVersion) {
    if (!linuxFxVersion)
        return undefined;
    return linuxFxVersion.replace(/^docker\|/i, '').trim() || undefined;
}
/** The names-only view of a plan: what `mode: plan` prints and the `plan` output holds. No values. */
function describePlan(plan, deployedImage) {
    return {
        target: 'functionapp',
        app: plan.app.name,
        resourceGroup: plan.app.resourceGroup,
        slot: plan.slot ?? 'production',
        slotAction: plan.createSlot ? 'create' : 'update',
        ...(plan.evict ? { evict: `${plan.evict.slot} (pull request #${plan.evict.pr} ${plan.evict.state})` } : {}),
        image: { ...plan.image, after: deployedImage ?? plan.image.after },
        settings: plan.settingsDiff,
        sticky: plan.stickyAdd,
        config: Object.keys(plan.configPatch),
        restart: plan.restart,
        swap: plan.swap ? `${plan.swap.from} → production` : null,
        drift: describeDrift(plan.drift)
    };
}
/** The slots named `pr-<N>` (previews), with the time App Service last modified each (its lastModifiedTimeUtc). Pure. */
function previewSlots(slots) {
    const out = [];
    for (const s of slots) {
        const slot = (s.name ?? '').split('/').pop() ?? '';
        const pr = (0,target/* previewNumber */.KL)(slot);
        if (pr === undefined)
            continue;
        const t = s.lastModifiedTimeUtc ? new Date(s.lastModifiedTimeUtc) : undefined;
        const lastDeployed = t && !Number.isNaN(t.getTime()) ? t.toISOString() : undefined;
        out.push({ pr, slot, ...(lastDeployed ? { lastDeployed, lastDeployedSource: "the slot's lastModifiedTimeUtc" } : {}) });
    }
    return out.sort((a, b) => a.pr - b.pr);
}
function describeTeardown(app, slot) {
    return { target: 'functionapp', app: app.name, resourceGroup: app.resourceGroup, slot, slotAction: 'delete' };
}

;// CONCATENATED MODULE: ./src/targets/functionapp/apply.ts
/**
 * The writes of a deploy, in order and only what changed: settings and sticky names (independent:
 * together) before the site config, because a config change recycles the app onto the new image
 * with the settings already in place. A new slot is one PUT with everything in it.
 */




/** Carries out the plan; the returned progress says what landed (also when a write failed). */
function apply(x) {
    return (0,target/* recorded */.t2)({ image: x.plan.image.after, evidence: [] }, (progress) => writes(x, progress));
}
async function writes(x, progress) {
    const { plan, svc } = x;
    if (plan.evict)
        await evict(x, plan.evict);
    if (plan.createSlot && plan.slot && plan.newSlot) {
        core.info(`Creating slot ${plan.slot} from production's configuration (site config, VNet, identities, settings and connection strings without the sticky ones, storage mounts).`);
        const site = await withDigestFallback(x, progress, (image) => svc.createSlot(plan.app, plan.slot, withImage(plan.newSlot, image), x.pollMs));
        progress.created = true;
        progress.hostName = site.defaultHostName;
        if (plan.stickyAdd.length) {
            await svc.putSlotConfigNames(plan.app, plan.slotConfigNamesAfter);
            progress.sticky = true;
        }
        return;
    }
    await settle([
        plan.writeSettings ? writeSettings(x, progress) : undefined,
        plan.stickyAdd.length ? svc.putSlotConfigNames(plan.app, plan.slotConfigNamesAfter).then(() => void (progress.sticky = true)) : undefined
    ]);
    if (Object.keys(plan.configPatch).length) {
        await withDigestFallback(x, progress, (image) => svc.patchConfig(plan.app, plan.slot, image ? { ...plan.configPatch, linuxFxVersion: `DOCKER|${image}` } : plan.configPatch));
        progress.config = plan.configBefore;
    }
    if (plan.restart) {
        core.info(`The image reference did not change: restarting ${plan.slot ?? 'production'} so it pulls and runs the image again.`);
        await svc.restart(plan.app, plan.slot);
    }
}
/** Frees the slot of a closed pull request (the quota is full): its full teardown, as when that pull request closed. */
async function evict(x, e) {
    if (!x.evict)
        throw new errors.ActionError(`The slot quota is full and slot ${e.slot} should be freed first, but there is no GitHub access to tear its preview down.`, 'Set github-token.');
    core.info(`The slot quota is full: tearing down ${e.slot} first (pull request #${e.pr} is ${e.state}; preview-evict-closed: true).`);
    await x.evict(e.pr);
    core.notice(`Freed slot ${e.slot} of pull request #${e.pr} (${e.state}) to make room for ${x.plan.slot}.`);
}
function writeSettings(x, progress) {
    const d = x.plan.settingsDiff;
    core.info(`Writing app settings of ${x.plan.slot ?? 'production'}: +${d.added.length} ~${d.changed.length} -${d.removed.length} (all other settings kept).`);
    return x.svc.putSettings(x.plan.app, x.plan.slot, x.plan.settingsAfter).then(() => void (progress.settings = true));
}
function withImage(envelope, image) {
    return image ? { ...envelope, siteConfig: { ...envelope.siteConfig, linuxFxVersion: `DOCKER|${image}` } } : envelope;
}
/**
 * Runs a write of the image; where App Service refuses the digest form itself (a 400 whose message
 * names LinuxFxVersion), writes the commit's immutable sha tag instead, once, with a warning.
 * Any other refusal is the deploy's failure.
 */
async function withDigestFallback(x, progress, write) {
    try {
        return await write(undefined);
    }
    catch (e) {
        const refusedImage = e instanceof arm/* AzureCallError */.uf && e.status === 400 && /LinuxFxVersion/i.test(e.azureMessage ?? '');
        if (!refusedImage || !x.fallbackImage)
            throw e;
        core.warning(`App Service refused the digest reference (${e.message.split('\n')[0]}); deploying the commit's immutable tag ${x.fallbackImage} instead.`);
        progress.image = x.fallbackImage;
        return write(x.fallbackImage);
    }
}
/** Runs independent writes together; the first failure wins after all have settled (so the rollback knows what landed). */
async function settle(writes) {
    const results = await Promise.allSettled(writes.filter((w) => w !== undefined));
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
}

// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/targets/functionapp/evidence.ts
/**
 * What the site's container (docker) log says about one image: pulled and ready to serve, failed
 * (pull refused, container exited, no answer to the warm-up ping), or not yet. Pure.
 *
 * App Service writes one line per event, `<ISO time> <LEVEL> - <message>`: "Pulling image: <ref>",
 * "Pull Image successful", "Container <name> for site <site> initialized successfully and is ready
 * to serve requests.", "Pulling docker image <ref> failed", "Container <name> didn't respond to HTTP
 * pings on port: 80, failing site start", "Stopping site <site> because it failed during startup."
 * The wording is matched loosely and only lines written after the deploy's write are read, so an
 * old line can never count as evidence.
 */
const LINE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?)\s+([A-Za-z]+)\s*-\s?(.*)$/;
const READY = /ready to serve requests|initialized successfully|started successfully and is ready/i;
const TERMINAL = /failing site start|failed during startup|image pull failed|pull image failed|pulling docker image .* failed|has exited|didn't respond to http pings|did not respond to http pings/i;
const PULLING = /pulling image:?\s*(\S+)/i;
function parseLog(text) {
    return text
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .map((raw) => {
        const m = LINE.exec(raw.trim());
        if (!m)
            return { level: '', text: raw.trim() };
        const at = Date.parse(m[1].endsWith('Z') ? m[1] : `${m[1]}Z`);
        return { at: Number.isNaN(at) ? undefined : at, level: m[2].toUpperCase(), text: m[3].trim() };
    });
}
/** The lines of `after` written after everything in `before` (by timestamp; by position when `before` has none). */
function linesSince(before, after, notBeforeMs) {
    const old = parseLog(before);
    const all = parseLog(after);
    const lastOld = old.reduce((m, l) => (l.at !== undefined && (m === undefined || l.at > m) ? l.at : m), undefined);
    const seen = new Set(old.map((l) => `${l.at}|${l.text}`));
    const floor = lastOld ?? notBeforeMs;
    if (floor === undefined)
        return all.slice(old.length);
    return all.filter((l) => l.at !== undefined && l.at >= floor && !seen.has(`${l.at}|${l.text}`));
}
function failureKind(text) {
    if (/unauthorized|authentication required|access token|not assigned|forbidden/i.test(text))
        return 'unauthorized';
    if (/manifest unknown|not found|no such image|does not exist/i.test(text))
        return 'not-found';
    if (/not allowed access|i\/o timeout|dial tcp|connection refused|firewall|no such host/i.test(text))
        return 'network';
    if (/has exited|exit code|exited with/i.test(text))
        return 'exited';
    if (/http pings/i.test(text))
        return 'no-ping';
    return 'start';
}
/** The verdict for `image` from the lines written since the deploy. */
function judge(lines, image) {
    const ref = image.toLowerCase();
    const start = lines.findIndex((l) => l.text.toLowerCase().includes(ref) && /pull/i.test(l.text));
    if (start < 0)
        return { state: 'waiting', pulled: false };
    let failure;
    let cause;
    for (const l of lines.slice(start)) {
        const other = PULLING.exec(l.text);
        if (other && other[1].toLowerCase() !== ref)
            break; // a later deploy of another image: what follows is not ours
        if (READY.test(l.text))
            return { state: 'ready', line: l.text };
        if (l.level === 'ERROR' && !TERMINAL.test(l.text))
            cause ??= l.text;
        if (TERMINAL.test(l.text) && !failure)
            failure = { state: 'failed', line: l.text, cause, kind: failureKind(`${cause ?? ''} ${l.text}`) };
    }
    return failure ?? { state: 'waiting', pulled: true };
}
/** What to do about a failed start, by its kind. */
function failureHint(kind, where) {
    switch (kind) {
        case 'unauthorized':
            return `${where} could not pull with its credentials: the pull identity must be attached to ${where} and hold AcrPull on the registry (or the registry user and password must be valid).`;
        case 'not-found':
            return 'The registry does not have that image: check that the push went to the registry and repository the app pulls from.';
        case 'network':
            return `The registry refused ${where}'s network: behind a registry firewall or private endpoint, the site needs VNet integration with image pull over the VNet (outboundVnetRouting.imagePullTraffic).`;
        case 'exited':
            return 'The container exited at start: run the image locally (docker run) and read its output; check the settings it needs.';
        case 'no-ping':
            return 'The container started but never answered App Service on its port: the Functions host listens on 80 (set WEBSITES_PORT otherwise); a slow start may need WEBSITES_CONTAINER_START_TIME_LIMIT.';
        case 'start':
            return 'Read the container log in the portal (Log stream) for the cause.';
    }
}
/** The last lines seen, for an error that says what was (not) there. */
function tail(lines, n = 5) {
    if (!lines.length)
        return '(no new line in the container log)';
    return lines
        .slice(-n)
        .map((l) => `  ${l.level ? `${l.level} - ` : ''}${l.text}`)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/targets/functionapp/execution.ts
const where = (slot) => slot ?? 'production';

;// CONCATENATED MODULE: ./src/targets/functionapp/swap.ts
/**
 * A swap is not idempotent: a second POST of `slotsswap` swaps back. So the POST is retried only
 * while Azure has not accepted it (409 "operation in progress" before it starts); once accepted it
 * is never sent again, and when waiting for it fails, both slots' images are read to learn what
 * happened: swapped (go on), not swapped (fail with the error), or not yet (read again until timeout).
 */




async function outcome(x, productionShouldRun) {
    const [prod, slot] = await Promise.all([x.svc.config(x.plan.app), x.svc.config(x.plan.app, x.plan.slot)]);
    const p = imageOf(prod.linuxFxVersion)?.toLowerCase();
    const s = imageOf(slot.linuxFxVersion)?.toLowerCase();
    const want = productionShouldRun.toLowerCase();
    if (p === want && s !== want)
        return 'swapped';
    if (s === want && p !== want)
        return 'not-swapped';
    return 'unknown';
}
/** Swaps the plan's slot and production so that production runs `productionShouldRun`. */
async function swap(x, productionShouldRun) {
    const slot = x.plan.slot;
    const op = await x.svc.startSwap(x.plan.app, slot, x.pollMs);
    const { pollError } = await op.done();
    if (!pollError)
        return;
    core.warning(`${pollError.message.split('\n')[0]} — reading both slots to learn whether the swap happened (a swap is never sent twice).`);
    const deadline = Date.now() + x.timeoutMs;
    for (;;) {
        const o = await outcome(x, productionShouldRun);
        if (o === 'swapped') {
            core.info(`The swap of ${slot} and production did happen: production runs ${productionShouldRun}.`);
            return;
        }
        if (o === 'not-swapped')
            throw pollError;
        if (Date.now() > deadline) {
            throw new errors.ActionError(`The swap of ${slot} and production did not settle within ${Math.round(x.timeoutMs / 1000)} s (${pollError.message.split('\n')[0]}).`, 'Check the deployment slots in the portal before re-running: the swap was not sent again.');
        }
        await (0,retry/* sleep */.y)(x.pollMs);
    }
}
/** Swaps the plan's slot, which serves `image`, into production. */
async function swapIntoProduction(x, image) {
    core.info(`Swapping ${x.plan.slot} into production.`);
    await swap(x, image);
}
/** Swaps back after a failed production check: production runs what it ran before. */
async function swapBack(x, productionImage) {
    await swap(x, productionImage);
}

// EXTERNAL MODULE: ./src/targets/health.ts
var health = __webpack_require__(53502);
;// CONCATENATED MODULE: ./src/targets/functionapp/verify.ts
/**
 * Verify proves that the deployed image is what serves, from what the platform exposes through ARM:
 * the site's container log (the pull of this exact reference, then "ready to serve", written after
 * the deploy's write), the functions the host indexed from it (sync, then list: every function of
 * the app must be there), and `health-path` when given. App Service keeps serving the old container
 * until the new one answers, and site.state reads Running throughout, so neither a 2xx nor Running
 * alone is evidence. No evidence within `timeout` is a failure, never a success.
 */









/** Reads apply's progress; returns a new record with the evidence seen (and the swap, when it happened). */
function verify(x, applied) {
    return (0,target/* recorded */.t2)({ ...applied, evidence: [...applied.evidence] }, (progress) => proves(x, progress));
}
async function proves(x, progress) {
    const { plan } = x;
    const image = progress.image ?? plan.image.after;
    const deadline = Date.now() + x.timeoutMs;
    progress.evidence.push(await provesServing(x, { slot: plan.slot, image, before: x.logBefore.target, deadline }));
    progress.hostName ??= plan.hostName;
    await checks(x, progress, plan.slot, progress.hostName, deadline);
    if (!plan.swap || !plan.slot)
        return;
    // The swap restarts the slot's instances with production's settings before they take production's
    // traffic: their start may be logged in the slot's log rather than production's, and both count.
    const slotBefore = await x.svc.containerLog(plan.app, plan.slot);
    await swapIntoProduction(x, image);
    progress.swapped = true;
    const prodDeadline = Date.now() + x.timeoutMs;
    const config = await x.svc.config(plan.app);
    if (imageOf(config.linuxFxVersion)?.toLowerCase() !== image.toLowerCase()) {
        throw new errors.ActionError(`After the swap, production's site config names ${imageOf(config.linuxFxVersion) ?? 'no image'}, not ${image}.`, 'Check the slots in the portal (Deployment slots) before re-running.');
    }
    progress.evidence.push(await provesServing(x, {
        slot: undefined,
        image,
        before: x.logBefore.production ?? '',
        deadline: prodDeadline,
        alsoFrom: { slot: plan.slot, before: slotBefore }
    }));
    progress.productionHostName = plan.productionHostName;
    await checks(x, progress, undefined, progress.productionHostName, prodDeadline);
}
/** The indexed functions and the health path, together; each adds its evidence when it passes. */
async function checks(x, progress, slot, host, deadline) {
    const record = async (evidence) => {
        const seen = await evidence;
        if (seen)
            progress.evidence.push(seen);
    };
    await Promise.all([record(functionsIndexed(x, slot, deadline)), record(healthy(x, host, where(slot), deadline))]);
}
/** A ready line for the image in the other log (after a swap), or undefined. */
async function readyElsewhere(x, o) {
    if (!o.alsoFrom)
        return undefined;
    const v = judge(linesSince(o.alsoFrom.before, await x.svc.containerLog(x.plan.app, o.alsoFrom.slot)), o.image);
    return v.state === 'ready' ? `${where(o.slot)}: container log of ${o.alsoFrom.slot} shows ${o.image} ready after the swap began ("${v.line}")` : undefined;
}
/**
 * Waits until the container log shows `image` pulled and ready on the slot, or fails with the line
 * that says why. Returns the evidence (the ready line, named).
 */
async function provesServing(x, o) {
    const name = where(o.slot);
    core.info(`Waiting for the container log of ${name} to show ${o.image} pulled and ready to serve (up to ${Math.round((o.deadline - Date.now()) / 1000)} s).`);
    for (;;) {
        const [log, elsewhere] = await Promise.all([x.svc.containerLog(x.plan.app, o.slot), readyElsewhere(x, o)]);
        const lines = linesSince(o.before, log);
        const v = judge(lines, o.image);
        if (v.state === 'ready') {
            core.info(`${name}: ${v.line}`);
            return `${name}: container log shows ${o.image} ready ("${v.line}")`;
        }
        if (elsewhere && v.state !== 'failed')
            return elsewhere;
        if (v.state === 'failed') {
            throw new errors.ActionError(`The new container of ${name} did not start: "${v.cause ? `${v.cause}" / "` : ''}${v.line}" (container log; the previous container kept serving).`, failureHint(v.kind, name));
        }
        if (Date.now() > o.deadline) {
            const seen = v.pulled ? `the pull of ${o.image} but no "ready to serve" line` : `no pull of ${o.image}`;
            throw new errors.ActionError(`No evidence that ${o.image} serves on ${name} within ${Math.round(x.timeoutMs / 1000)} s: the container log shows ${seen}. Its last lines:\n${tail(lines)}`, 'A large image or slow start may need a longer timeout (and WEBSITES_CONTAINER_START_TIME_LIMIT); read the Log stream of the app in the portal.');
        }
        await (0,retry/* sleep */.y)(x.pollMs);
    }
}
/** Every function found in the app must be indexed by the host that now serves; returns the evidence. */
async function functionsIndexed(x, slot, deadline) {
    const expected = x.plan.expectFunctions;
    if (!expected.length)
        return undefined;
    let last = '';
    for (;;) {
        try {
            const listed = new Set((await x.svc.indexedFunctions(x.plan.app, slot)).map((n) => n.toLowerCase()));
            const missing = expected.filter((n) => !listed.has(n.toLowerCase()));
            if (!missing.length)
                return `${where(slot)}: the host indexed ${expected.join(', ')}`;
            last = `missing ${missing.join(', ')} (indexed: ${[...listed].join(', ') || 'none'})`;
        }
        catch (e) {
            last = e.message.split('\n')[0];
        }
        if (Date.now() > deadline) {
            throw new errors.ActionError(`The functions host of ${where(slot)} did not index every function of the app within ${Math.round(x.timeoutMs / 1000)} s: ${last}.`, 'A function that fails to load (a missing setting or extension) is left out by the host: read the Log stream of the app.');
        }
        await (0,retry/* sleep */.y)(x.pollMs);
    }
}
function healthy(x, host, name, deadline) {
    return (0,health/* healthy */.s)({ host, path: x.healthPath, name, deadline, timeoutMs: x.timeoutMs, pollMs: x.pollMs });
}

;// CONCATENATED MODULE: ./src/targets/functionapp/rollback.ts
/**
 * Puts back what this run changed (swap back, settings, site config, sticky names), then checks
 * that the previous image serves again and says so. Each step is tried even when one before failed.
 */





async function step(restored, done, failed, fn) {
    try {
        await fn();
        restored.push(done);
        return true;
    }
    catch (e) {
        restored.push(`${failed} FAILED: ${e.message.split('\n')[0]}`);
        return false;
    }
}
/** Reads the progress of apply and verify: only what landed is put back. */
async function rollback(x, progress, _cause) {
    const { plan, svc } = x;
    const restored = [];
    const name = where(plan.slot);
    if (progress.swapped && plan.slot && plan.productionImage) {
        const log = await svc.containerLog(plan.app).catch(() => '');
        if (await step(restored, `swapped ${plan.slot} and production back`, 'swap back', () => swapBack(x, plan.productionImage))) {
            await confirmServes(x, restored, undefined, plan.productionImage, log);
        }
    }
    const logBefore = progress.settings || progress.config ? await svc.containerLog(plan.app, plan.slot).catch(() => '') : '';
    if (progress.settings) {
        await step(restored, `the app settings of ${name} (all ${Object.keys(plan.settingsBefore).length}, as read before the deploy)`, `restoring the app settings of ${name}`, () => svc.putSettings(plan.app, plan.slot, plan.settingsBefore));
    }
    if (progress.config) {
        const back = {};
        for (const k of Object.keys(plan.configPatch))
            back[k] = progress.config[k] ?? (k === 'acrUseManagedIdentityCreds' ? false : '');
        await step(restored, `the site config of ${name} (${Object.keys(back).join(', ')})`, `restoring the site config of ${name}`, () => svc.patchConfig(plan.app, plan.slot, back));
    }
    if (progress.sticky)
        await step(restored, 'the slot setting names', 'restoring the slot setting names', () => svc.putSlotConfigNames(plan.app, plan.slotConfigNamesBefore));
    const previous = imageOf(plan.configBefore.linuxFxVersion);
    if ((progress.settings || progress.config) && previous)
        await confirmServes(x, restored, plan.slot, previous, logBefore);
    if (progress.created)
        restored.push(`slot ${plan.slot} was created by this run and is left in place for inspection (the next run reuses it; closing the pull request deletes a preview slot)`);
    return restored;
}
/** After a restore, the previous image must be seen serving again; bounded, and said either way. */
async function confirmServes(x, restored, slot, image, before) {
    const deadline = Date.now() + Math.min(x.timeoutMs, 180_000);
    try {
        await provesServing(x, { slot, image, before, deadline });
        restored.push(`${where(slot)} serves the previous image ${image} again (container log)`);
    }
    catch (e) {
        core.warning(`After the rollback: ${e.message.split('\n')[0]}`);
        restored.push(`the previous image ${image} was NOT seen serving ${where(slot)} again: check the app`);
    }
}

;// CONCATENATED MODULE: ./src/targets/functionapp/record.ts
/**
 * Writes the deploy record on the slot deployed to, after the deploy was verified: the settings and
 * site config read back then, so the record describes what is live (not what was meant). A record
 * that cannot be written is a warning: the deploy is live and verified, and undoing it for a tag
 * would be worse; the next deploy then compares with the previous record.
 */







async function writeRecord(x, progress) {
    const { plan, svc } = x;
    if (plan.drift.state === 'not-covered')
        return;
    const at = `${where(plan.slot)} of ${plan.app.name}`;
    try {
        const [settings, config] = await Promise.all([svc.settings(plan.app, plan.slot), svc.config(plan.app, plan.slot)]);
        const live = appliedItems(settings, pullConfig(config));
        const same = compareWithRecord(recordFromTags(plan.tagsBefore), live);
        if (same.state === 'compared' && !hasDrift(same.drift)) {
            progress.recorded = true;
            core.info(`The deploy record on ${at} still describes what is live; not rewritten.`);
            return;
        }
        const tags = recordTags(recordOf(live, (0,external_node_crypto_.randomBytes)(6).toString('base64url')), plan.tagsBefore);
        if (!tags.ok) {
            core.warning(`No deploy record was written on ${at}: ${tags.why}. The next deploy cannot show what was changed outside the action.`);
            return;
        }
        await svc.updateTags(plan.app, plan.slot, 'Merge', tags.tags);
        if (tags.stale.length)
            await svc.updateTags(plan.app, plan.slot, 'Delete', Object.fromEntries(tags.stale.map((n) => [n, plan.tagsBefore[n]])));
        progress.recorded = true;
        core.info(`Deploy record written on ${at} (tags ${Object.keys(tags.tags).join(', ')}: salted hashes of setting names and values, no value in clear).`);
    }
    catch (e) {
        core.warning(`The deploy is live and verified, but its record could not be written on ${at}: ${e.message.split('\n')[0]} The next deploy compares with the previous record and may list this deploy's own changes as drift.`);
    }
}

;// CONCATENATED MODULE: ./src/targets/functionapp/index.ts
/**
 * Target `functionapp`: an existing Linux function app on an Elastic Premium (or Dedicated) plan.
 * plan = preflight reads + the pure plan; apply.ts writes and returns the progress, verify.ts
 * proves the image serves (swap.ts for releases), rollback.ts puts back what the progress says was
 * written; teardown deletes the preview slot (404 is success).
 */












async function service(ctx) {
    if (!ctx.azure)
        throw new errors.ActionError('target: functionapp needs an Azure credential.', 'Set client-id, tenant-id and subscription-id (OIDC), or run azure/login first.');
    return AppService.create(ctx.azure.credential, ctx.azure.cloud, ctx.config.azure.subscriptionId);
}
/**
 * The functions of the app (functions-path, else the build context), which the host must index
 * after the deploy. Without a readable app folder the names are not checked (an explicit
 * functions-path that cannot be read is an error).
 */
async function functionNames(ctx, settings) {
    const explicit = ctx.config.aks.functionsPath;
    if (explicit === 'image') {
        core.notice('functions-path: image is read by target aks only; the function app is verified from its container log and health-path.');
        return [];
    }
    const folder = explicit ?? (ctx.config.image.prebuilt ? undefined : ctx.config.image.context);
    if (!folder)
        return [];
    const { discoverFunctions } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 93382));
    try {
        const app = discoverFunctions((0,external_node_path_.isAbsolute)(folder) ? folder : (0,external_node_path_.resolve)(ctx.workspace, folder), { settings });
        return app.functions.filter((f) => !f.disabled).map((f) => f.name);
    }
    catch (e) {
        if (explicit)
            throw e;
        core.info(`The indexed functions are not checked: ${e.message.split('\n')[0]} (set functions-path to the folder that holds host.json).`);
        return [];
    }
}
/**
 * The slot quota is full: the state of each preview slot's pull request, for the message and the
 * eviction. A GitHub failure is not the deploy's failure: the states are then unknown (and nothing
 * is evicted).
 */
async function slotPullRequests(ctx, slots) {
    const evictClosed = ctx.config.functionapp.previewEvictClosed;
    const prs = slots.map(target/* previewNumber */.KL).filter((n) => n !== undefined);
    if (!ctx.pullRequests)
        return { evictClosed, statesError: 'no github-token' };
    try {
        return { evictClosed, states: await ctx.pullRequests.states(prs) };
    }
    catch (e) {
        const why = e.message.split('\n')[0];
        core.warning(`The slot quota is full, and the state of the preview slots' pull requests could not be read: ${why}`);
        return { evictClosed, statesError: why };
    }
}
/** The app: directly when the resource group is given, else found by name in the subscription. */
async function appOf(svc, fa) {
    return fa.resourceGroup ? { subscriptionId: svc.subscriptionId, resourceGroup: fa.resourceGroup, name: fa.appName } : (await svc.findApp(fa.appName)).app;
}
/** The drift row of the summary: names only; after a deploy, what it overwrote. */
function driftCell(d, deployed) {
    if (d.state === 'none')
        return 'nothing since the last deploy';
    if (d.state !== 'drift')
        return d.state === 'no-record' ? 'no record yet' : d.state === 'new-slot' ? '– (new slot)' : `not checked (${'why' in d ? d.why : d.state})`;
    const all = [...(d.settings ?? []), ...(d.config ?? [])].map((n) => `<code>${n}</code>`).join(', ');
    const over = (d.overwritten ?? []).map((n) => `<code>${n}</code>`).join(', ');
    return `${all}${over ? `; ${deployed ? 'overwritten' : 'would be overwritten'}: ${over}` : ''}`;
}
/** The preview comment's instance: the app as the input names it, and the slot. */
const instanceName = (appName, slot) => `${appName}/${slot}`;
const functionAppTarget = {
    /** Nothing to render: the app's functions are read while planning (their settings come from Azure). */
    async render() { },
    async plan(ctx) {
        const fa = ctx.config.functionapp;
        const svc = await service(ctx);
        const { slot, swap } = chooseSlot(fa, ctx.facts.intent);
        const { state, logBefore } = await readState(svc, fa.appName, fa.resourceGroup, slot, swap);
        const settings = { ...state.productionSettings, ...(state.targetSettings ?? {}), ...Object.fromEntries(fa.appSettings.map((s) => [s.name, s.value])) };
        const cred = ctx.registryCredential;
        const pullRequests = slotQuotaFull(state, slot) ? await slotPullRequests(ctx, state.slots) : undefined;
        const plan = planDeploy({
            config: fa,
            intent: ctx.facts.intent,
            state,
            image: ctx.image,
            registry: ctx.registry,
            registryCredential: cred ? { username: cred.username, password: cred.password, durable: cred.source !== 'entra' } : undefined,
            functions: ctx.mode === 'deploy' ? await functionNames(ctx, settings) : [],
            pullRequests
        });
        for (const w of plan.warnings)
            core.warning(w);
        const where = `${plan.slot ? `slot ${plan.slot}` : 'production'} of ${plan.app.name}`;
        checkDrift(plan.drift, ctx.config.onDrift, ctx.mode, where);
        const line = driftLine(plan.drift, where);
        if (plan.drift.state === 'compared' && plan.drift.entries.some((e) => e.overwritten))
            core.warning(line);
        else
            core.info(line);
        return {
            appName: fa.appName,
            plan,
            svc,
            logBefore,
            timeoutMs: ctx.config.timeoutMs,
            healthPath: fa.healthPath,
            fallbackImage: ctx.fallbackImage,
            pollMs: ctx.pollMs,
            evict: ctx.pullRequests?.evict
        };
    },
    apply: apply,
    verify: verify,
    record: writeRecord,
    rollback: rollback,
    async teardown(ctx) {
        const fa = ctx.config.functionapp;
        const { slot } = chooseSlot(fa, ctx.facts.intent);
        if (!slot)
            throw new errors.ActionError('mode: teardown deletes a deployment slot, and none was named.', 'Run teardown on a closed pull request (slot pr-<N>), or set slot.');
        const svc = await service(ctx);
        const app = await appOf(svc, fa);
        const plan = describeTeardown(app, slot);
        const instance = instanceName(fa.appName, slot);
        if (ctx.mode === 'plan')
            return { instance, slot, plan };
        const deleted = await svc.deleteSlot(app, slot);
        core.info(deleted ? `Deleted slot ${slot} of ${app.name}.` : `Slot ${slot} of ${app.name} was already gone.`);
        return { instance, slot, plan: { ...plan, deleted } };
    },
    async previews(ctx) {
        const fa = ctx.config.functionapp;
        const svc = await service(ctx);
        const app = await appOf(svc, fa);
        return previewSlots(await svc.slots(app)).map((p) => ({ ...p, instance: instanceName(fa.appName, p.slot) }));
    },
    outputs(x, progress) {
        const host = x.plan.swap ? x.plan.productionHostName : (progress?.hostName ?? x.plan.hostName);
        const slot = x.plan.swap ? 'production' : (x.plan.slot ?? 'production');
        return {
            instance: instanceName(x.appName, slot),
            url: host ? `https://${host}` : undefined,
            slot,
            plan: describePlan(x.plan, progress?.image),
            verified: progress ? [...progress.evidence] : undefined
        };
    },
    summary(x, progress) {
        const d = describePlan(x.plan, progress?.image);
        const names = (list) => (list.length ? list.map((n) => `<code>${n}</code>`).join(', ') : '–');
        const rows = [
            ['Function app', `${d.app} (${d.resourceGroup})`],
            ['Slot', `${d.slot} (${d.slotAction})${d.swap ? `, then swap ${d.swap}` : ''}`],
            ['Image', `${d.image.before ? `<code>${d.image.before}</code>` : '–'} → <code>${d.image.after}</code>`],
            ['Settings added', names(d.settings.added)],
            ['Settings changed', names(d.settings.changed)],
            ['Settings removed', names(d.settings.removed)],
            ['Made sticky', names(d.sticky)],
            ['Site config', d.config.length ? d.config.join(', ') : 'unchanged'],
            ['Restart', d.restart ? 'yes (same image)' : 'no'],
            ['Changed outside the action', driftCell(d.drift, progress !== undefined)],
            ['Deploy record', progress?.recorded ? 'written (tags <code>deploy-record-*</code>)' : progress ? 'not written' : '–'],
            ['Verified', progress?.evidence.length ? progress.evidence.join('<br>') : 'not yet']
        ];
        return ['### Function app', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
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
