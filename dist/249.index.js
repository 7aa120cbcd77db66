export const id = 249;
export const ids = [249];
export const modules = {

/***/ 249:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  functionAppTarget: () => (/* binding */ functionAppTarget)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(4116);
// EXTERNAL MODULE: ./src/azure/arm.ts
var arm = __webpack_require__(1201);
;// CONCATENATED MODULE: ./src/targets/functionapp/client.ts

class AppService {
    client;
    subscriptionId;
    constructor(client, subscriptionId) {
        this.client = client;
        this.subscriptionId = subscriptionId;
    }
    static async create(credential, cloud, subscriptionId) {
        const { WebSiteManagementClient } = await Promise.all(/* import() */[__webpack_require__.e(818), __webpack_require__.e(834), __webpack_require__.e(584)]).then(__webpack_require__.bind(__webpack_require__, 6584));
        return new AppService(new WebSiteManagementClient(credential, subscriptionId, (0,arm/* armClientOptions */.IL)(cloud)), subscriptionId);
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
        const { ActionError } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 17));
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
        return (0,arm/* armCall */.JS)(`Get ${this.where(app, slot)}`, () => (slot ? this.client.webApps.getSlot(app.resourceGroup, app.name, slot) : this.client.webApps.get(app.resourceGroup, app.name)));
    }
    async config(app, slot) {
        const c = await (0,arm/* armCall */.JS)(`Read the site config of ${this.where(app, slot)}`, () => slot ? this.client.webApps.getConfigurationSlot(app.resourceGroup, app.name, slot) : this.client.webApps.getConfiguration(app.resourceGroup, app.name));
        return { linuxFxVersion: c.linuxFxVersion, acrUseManagedIdentityCreds: c.acrUseManagedIdentityCreds, acrUserManagedIdentityID: c.acrUserManagedIdentityID };
    }
    async settings(app, slot) {
        const d = await (0,arm/* armCall */.JS)(`List the app settings of ${this.where(app, slot)}`, () => slot ? this.client.webApps.listApplicationSettingsSlot(app.resourceGroup, app.name, slot) : this.client.webApps.listApplicationSettings(app.resourceGroup, app.name));
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
        await (0,arm/* armCall */.JS)(`Update the site config (${Object.keys(patch).join(', ')}) of ${this.where(app, slot)}`, () => (slot ? this.client.webApps.updateConfigurationSlot(app.resourceGroup, app.name, slot, patch) : this.client.webApps.updateConfiguration(app.resourceGroup, app.name, patch)), { hint: (status, _c, message) => (status === 400 && /LinuxFxVersion/i.test(message ?? '') ? 'App Service refused the image reference.' : undefined) });
    }
    /** PUT of the whole resource: the connection-string and storage names read before are written back unchanged. */
    async putSlotConfigNames(app, names) {
        await (0,arm/* armCall */.JS)(`Write the slot setting names of ${this.where(app)}`, () => this.client.webApps.updateSlotConfigurationNames(app.resourceGroup, app.name, names));
    }
    async restart(app, slot) {
        await (0,arm/* armCall */.JS)(`Restart ${this.where(app, slot)}`, () => slot ? this.client.webApps.restartSlot(app.resourceGroup, app.name, slot, { softRestart: false }) : this.client.webApps.restart(app.resourceGroup, app.name, { softRestart: false }));
    }
    async createSlot(app, slot, envelope, pollMs) {
        return (0,arm/* armCall */.JS)(`Create slot ${slot} of ${this.where(app)}`, () => this.client.webApps.createOrUpdateSlot(app.resourceGroup, app.name, slot, envelope, { updateIntervalInMs: pollMs }).pollUntilDone(), {
            hint: (status, _code, message) => status && status < 500 && /slot|quota|maximum|limit/i.test(message ?? '')
                ? 'The plan allows no more slots: Elastic Premium has 3 including production. Close another preview, delete an unused slot, or use a Dedicated (P*v3) plan.'
                : undefined
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
    async swapIntoProduction(app, slot, pollMs) {
        await (0,arm/* armCall */.JS)(`Swap slot ${slot} into production of ${this.where(app)}`, () => this.client.webApps.swapSlot(app.resourceGroup, app.name, slot, { targetSlot: 'production', preserveVnet: true }, { updateIntervalInMs: pollMs }).pollUntilDone(), {
            hint: (status) => status === 417
                ? `The ${slot} slot did not answer App Service's warm-up ping: check it starts (container logs) and answers on / or WEBSITE_SWAP_WARMUP_PING_PATH.`
                : undefined
        });
    }
}

// EXTERNAL MODULE: ./src/report/mask.ts
var mask = __webpack_require__(9488);
;// CONCATENATED MODULE: ./src/targets/functionapp/preflight.ts


const SECRET_NAME = /(KEY|SECRET|PASSWORD|PASSWD|PWD|TOKEN|CONNECTION|CONNSTR|SAS|CREDENTIAL|STORAGE)/i;
const SECRET_VALUE = /(AccountKey=|SharedAccessKey=|SharedAccessSignature=|Password=|Pwd=|[?&]sig=|ClientSecret=|InstrumentationKey=)/i;
/** A value read back from Azure that is (or may be) a credential: by its name, its content, or its randomness. */
function looksSecret(name, value) {
    if (value.length < 3 || /^(true|false|~?\d+(\.\d+)*)$/i.test(value))
        return false;
    if (SECRET_NAME.test(name) || SECRET_VALUE.test(value))
        return true;
    return value.length >= 16 && /^[A-Za-z0-9+/=_.-]+$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value);
}
/** Values read back from Azure may be credentials (connection strings, registry passwords): mask them before anything can print them. */
function maskValues(settings) {
    for (const [k, v] of Object.entries(settings ?? {}))
        if (looksSecret(k, v))
            (0,mask/* secret */.r)(v);
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
    const ua = site.identity?.userAssignedIdentities ?? {};
    return { type: site.identity?.type, userAssigned: Object.fromEntries(Object.entries(ua).map(([id, v]) => [id, { clientId: v?.clientId, principalId: v?.principalId }])) };
}
async function readState(svc, name, resourceGroup, slot) {
    const appRef = resourceGroup ? { subscriptionId: svc.subscriptionId, resourceGroup, name } : (await svc.findApp(name)).app;
    const [found, slots, slotConfigNames, productionSettings, productionConfig, targetSettings, targetConfig] = await Promise.all([
        resourceGroup ? svc.findApp(name, resourceGroup) : svc.findApp(name),
        svc.slots(appRef),
        svc.slotConfigNames(appRef),
        svc.settings(appRef),
        svc.config(appRef),
        slot ? orMissing(svc.settings(appRef, slot)) : Promise.resolve(undefined),
        slot ? orMissing(svc.config(appRef, slot)) : Promise.resolve(undefined)
    ]);
    maskValues(productionSettings);
    maskValues(targetSettings);
    const site = found.site;
    const plan = await svc.plan(site.serverFarmId ?? '');
    const slotNames = slots.map((s) => (s.name ?? '').split('/').pop() ?? '').filter(Boolean);
    const targetSite = slot ? slots.find((s) => (s.name ?? '').split('/').pop()?.toLowerCase() === slot.toLowerCase()) : undefined;
    return {
        app: found.app,
        kind: site.kind ?? '',
        location: site.location ?? '',
        serverFarmId: site.serverFarmId ?? '',
        httpsOnly: site.httpsOnly,
        identity: identityOf(site),
        plan,
        slots: slotNames,
        slotConfigNames,
        productionSettings,
        productionConfig,
        productionHostName: site.defaultHostName,
        targetSettings,
        targetConfig,
        targetHostName: targetSite?.defaultHostName
    };
}

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(17);
;// CONCATENATED MODULE: ./src/targets/functionapp/settings.ts
/**
 * App settings: merge (never wipe), diff by name, and the starting set of a new slot. Pure.
 * The PUT behind them replaces the whole set, so the merge always starts from what was read.
 */

/** Platform-managed settings of Elastic Premium apps: never added, changed or removed by a deploy. */
const CONTENT_SHARE_SETTINGS = ['WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', 'WEBSITE_CONTENTSHARE'];
const REGISTRY_URL = 'DOCKER_REGISTRY_SERVER_URL';
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
    // The code is in the image: /home must not be mounted from storage.
    put('WEBSITES_ENABLE_APP_SERVICE_STORAGE', 'false');
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
    const kind = s.kind.toLowerCase().split(',').map((k) => k.trim());
    const where = `${s.app.name} (resource group ${s.app.resourceGroup})`;
    if (!kind.includes('functionapp'))
        throw new errors.ActionError(`${where} is not a function app (kind '${s.kind}').`, 'Set app-name to a function app.');
    if (!kind.includes('linux'))
        throw new errors.ActionError(`${where} is a Windows function app (kind '${s.kind}'); containers run on Linux only.`, 'Create a Linux function app on an Elastic Premium plan for the image.');
    if (!kind.includes('container')) {
        throw new errors.ActionError(`${where} is a code app (kind '${s.kind}'), not a container app: deploying an image to it would replace how it runs.`, 'Create the function app from an image (az functionapp create --image …) on an Elastic Premium plan, or deploy code with Azure/functions-action.');
    }
    const sku = s.plan.skuName;
    if (/^Y1$/i.test(sku) || /dynamic/i.test(s.plan.tier))
        throw new errors.ActionError(`${where} runs on a Consumption plan (${sku}), which does not run custom containers.`, 'Move the app to an Elastic Premium (EP1–EP3) or Dedicated plan.');
    if (/^FC\d/i.test(sku) || /flex/i.test(s.plan.tier))
        throw new errors.ActionError(`${where} runs on a Flex Consumption plan (${sku}), which does not run custom containers.`, 'Move the app to an Elastic Premium (EP1–EP3) or Dedicated plan.');
}
function planDeploy(p) {
    const { config, state } = p;
    checkApp(state);
    const warnings = [];
    const { slot, swap } = chooseSlot(config, p.intent);
    const exists = slot === undefined || state.slots.some((s) => s.toLowerCase() === slot.toLowerCase());
    const createSlot = !exists;
    if (createSlot && isElasticPremium(state.plan) && state.slots.length >= 2) {
        throw new errors.ActionError(`Cannot create slot ${slot}: the Elastic Premium plan allows 3 slots including production, and ${['production', ...state.slots].join(', ')} are in use.`, `Ways out: close (or tear down) another preview (${state.slots.filter((s) => s.startsWith('pr-')).join(', ') || 'none open'}), delete an unused slot, deploy previews to a separate function app, or move to a Dedicated (P*v3) plan with up to 20 slots.`);
    }
    const currentConfig = exists ? (slot === undefined ? state.productionConfig : (state.targetConfig ?? {})) : state.productionConfig;
    const currentSettings = exists ? (slot === undefined ? state.productionSettings : (state.targetSettings ?? {})) : newSlotBase(state.productionSettings, state.slotConfigNames.appSettingNames);
    // --- how the app pulls the image ---
    let useMi;
    let identityClientId;
    let slotIdentity;
    const attached = Object.entries(state.identity.userAssigned);
    const pullId = config.pullIdentityClientId?.toLowerCase();
    if (pullId) {
        const hit = attached.find(([, v]) => v.clientId?.toLowerCase() === pullId);
        if (!hit) {
            throw new errors.ActionError(`pull-identity-client-id ${config.pullIdentityClientId} is not attached to ${state.app.name}.`, attached.length
                ? `Attached user-assigned identities (client ids): ${attached.map(([id, v]) => `${v.clientId} (${id.split('/').pop()})`).join(', ')}. Attach the identity to the app first.`
                : 'The app has no user-assigned identity: attach one that has AcrPull on the registry, then set its client id here.');
        }
        identityClientId = hit[1].clientId;
        slotIdentity = { type: 'UserAssigned', userAssignedIdentities: { [hit[0]]: {} } };
    }
    switch (config.registryPull) {
        case 'managed-identity':
            useMi = true;
            break;
        case 'credentials':
            useMi = false;
            break;
        case 'auto':
            useMi = pullId ? true : currentConfig.acrUseManagedIdentityCreds === true;
            break;
    }
    if (useMi && !identityClientId) {
        // Keep the identity the app already pulls with; else the system-assigned one.
        identityClientId = currentConfig.acrUseManagedIdentityCreds ? (currentConfig.acrUserManagedIdentityID ?? '') : '';
        if (identityClientId === '' && !/systemassigned/i.test(state.identity.type ?? '')) {
            throw new errors.ActionError(`registry-pull uses a managed identity, but ${state.app.name} has no system-assigned identity and no pull-identity-client-id was given.`, 'Attach a user-assigned identity with AcrPull on the registry and set pull-identity-client-id, or use registry-pull: credentials.');
        }
        if (identityClientId) {
            const hit = attached.find(([, v]) => v.clientId?.toLowerCase() === identityClientId.toLowerCase());
            if (hit && createSlot)
                slotIdentity = { type: 'UserAssigned', userAssignedIdentities: { [hit[0]]: {} } };
        }
        else if (createSlot) {
            slotIdentity = { type: 'SystemAssigned' };
            warnings.push(`The new slot ${slot} gets its own system-assigned identity, which needs AcrPull before it can pull; a user-assigned pull identity (pull-identity-client-id) avoids that wait.`);
        }
    }
    let registry = { kind: 'keep' };
    if (useMi)
        registry = { kind: 'remove' };
    else if (config.registryPull === 'credentials') {
        const c = p.registryCredential;
        if (!c || !c.durable) {
            throw new errors.ActionError("registry-pull: credentials needs a registry user name and password the app can keep using, and this run has none (an Entra refresh token expires in hours).", 'Use registry-auth: password (e.g. an ACR token or service principal) or admin, or registry-pull: managed-identity.');
        }
        registry = { kind: 'credentials', url: `https://${p.registry}`, username: c.username, password: c.password };
    }
    const settingsAfter = mergeSettings({ current: currentSettings, set: config.appSettings, remove: config.removeAppSettings, registry });
    const settingsDiff = diffSettings(createSlot ? {} : currentSettings, settingsAfter);
    const linuxFxVersion = `DOCKER|${p.image}`;
    const desired = { linuxFxVersion, acrUseManagedIdentityCreds: useMi, ...(useMi ? { acrUserManagedIdentityID: identityClientId ?? '' } : {}) };
    const configPatch = {};
    for (const k of Object.keys(desired)) {
        const before = createSlot ? undefined : currentConfig[k];
        if (k === 'linuxFxVersion' ? !sameImage(before, desired[k]) : (before ?? (k === 'acrUserManagedIdentityID' ? '' : false)) !== desired[k]) {
            configPatch[k] = desired[k];
        }
    }
    const writeSettings = !createSlot && !isEmptyDiff(settingsDiff);
    const stickyWanted = config.slotSettings;
    const stickyBefore = state.slotConfigNames.appSettingNames;
    const stickyAdd = stickyWanted.filter((n) => !stickyBefore.some((s) => s.toLowerCase() === n.toLowerCase()));
    const restart = !createSlot && !writeSettings && Object.keys(configPatch).length === 0;
    return {
        app: state.app,
        slot,
        createSlot,
        slotIdentity: createSlot ? slotIdentity : undefined,
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
        hostName: slot === undefined ? state.productionHostName : state.targetHostName,
        location: state.location,
        serverFarmId: state.serverFarmId,
        httpsOnly: state.httpsOnly,
        warnings
    };
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
function describePlan(plan) {
    return {
        target: 'functionapp',
        app: plan.app.name,
        resourceGroup: plan.app.resourceGroup,
        slot: plan.slot ?? 'production',
        slotAction: plan.createSlot ? 'create' : 'update',
        image: plan.image,
        settings: plan.settingsDiff,
        sticky: plan.stickyAdd,
        config: Object.keys(plan.configPatch),
        restart: plan.restart,
        swap: plan.swap ? `${plan.swap.from} → production` : null
    };
}
function describeTeardown(app, slot) {
    return { target: 'functionapp', app: app.name, resourceGroup: app.resourceGroup, slot, slotAction: 'delete' };
}

// EXTERNAL MODULE: ./src/util/retry.ts
var retry = __webpack_require__(4266);
;// CONCATENATED MODULE: ./src/targets/functionapp/deploy.ts
/**
 * apply → verify (→ swap → verify production) → rollback, for one FunctionAppPlan. The writes are
 * ordered: settings (and sticky names, a separate resource) before the site config, because a
 * config change recycles the app onto the new image with the settings already in place.
 */



async function apply(x) {
    const { plan, svc } = x;
    const { app, slot } = plan;
    if (plan.createSlot && slot) {
        const settings = Object.entries(plan.settingsAfter).map(([name, value]) => ({ name, value }));
        core.info(`Creating slot ${slot} (settings copied from production without sticky ones and WEBSITE_CONTENTSHARE).`);
        const site = await svc.createSlot(app, slot, {
            location: plan.location,
            serverFarmId: plan.serverFarmId,
            httpsOnly: plan.httpsOnly ?? true,
            kind: 'functionapp,linux,container',
            reserved: true,
            ...(plan.slotIdentity ? { identity: plan.slotIdentity } : {}),
            siteConfig: { ...plan.configPatch, appSettings: settings }
        }, x.pollMs);
        x.done.created = true;
        x.hostName = site.defaultHostName;
    }
    else {
        const writes = [];
        if (plan.writeSettings) {
            const d = plan.settingsDiff;
            core.info(`Writing app settings of ${slot ?? 'production'}: +${d.added.length} ~${d.changed.length} -${d.removed.length} (all other settings kept).`);
            writes.push(svc.putSettings(app, slot, plan.settingsAfter).then(() => void (x.done.settings = true)));
        }
        if (plan.stickyAdd.length) {
            writes.push(svc.putSlotConfigNames(app, plan.slotConfigNamesAfter).then(() => void (x.done.sticky = true)));
        }
        await settle(writes);
        if (Object.keys(plan.configPatch).length)
            await patchImage(x);
        if (plan.restart) {
            core.info(`The image reference did not change: restarting ${slot ?? 'production'} so it runs the image.`);
            await svc.restart(app, slot);
        }
    }
    if (plan.createSlot && plan.stickyAdd.length) {
        await svc.putSlotConfigNames(app, plan.slotConfigNamesAfter);
        x.done.sticky = true;
    }
}
/** Runs independent writes together; the first failure wins after all have settled (so the rollback knows what landed). */
async function settle(writes) {
    const results = await Promise.allSettled(writes);
    const failed = results.find((r) => r.status === 'rejected');
    if (failed)
        throw failed.reason;
}
async function patchImage(x) {
    const { plan, svc } = x;
    try {
        await svc.patchConfig(plan.app, plan.slot, plan.configPatch);
        x.done.config = plan.configBefore;
    }
    catch (e) {
        const refused = e instanceof errors.ActionError && /HTTP 400/.test(e.message) && /LinuxFxVersion/i.test(e.message);
        if (!refused || !x.fallbackImage || !plan.configPatch.linuxFxVersion)
            throw e;
        core.warning(`App Service refused the digest reference (${e.message.split('\n')[0]}); deploying the commit's immutable tag ${x.fallbackImage} instead.`);
        const patch = { ...plan.configPatch, linuxFxVersion: `DOCKER|${x.fallbackImage}` };
        await svc.patchConfig(plan.app, plan.slot, patch);
        x.done.config = plan.configBefore;
        plan.image.after = x.fallbackImage;
    }
}
async function verify(x) {
    const { plan, svc } = x;
    const host = await waitRunning(x, plan.slot);
    x.hostName = host ?? x.hostName;
    if (x.healthPath)
        await waitHealthy(x, x.hostName, plan.slot ?? 'production');
    if (plan.swap && plan.slot) {
        core.info(`Swapping ${plan.slot} into production.`);
        await svc.swapIntoProduction(plan.app, plan.slot, x.pollMs);
        x.done.swapped = true;
        const prodHost = await waitRunning(x, undefined);
        x.productionHostName = prodHost;
        if (x.healthPath)
            await waitHealthy(x, prodHost, 'production');
    }
}
async function waitRunning(x, slot) {
    const deadline = Date.now() + x.timeoutMs;
    for (;;) {
        const site = await x.svc.site(x.plan.app, slot);
        if ((site.state ?? '').toLowerCase() === 'running')
            return site.defaultHostName;
        if (Date.now() > deadline)
            throw new errors.ActionError(`${x.plan.app.name}${slot ? `/${slot}` : ''} is '${site.state}', not Running, after ${Math.round(x.timeoutMs / 1000)} s.`, 'Check the app in the portal (Diagnose and solve problems) and its container logs.');
        await (0,retry/* sleep */.y)(x.pollMs);
    }
}
async function waitHealthy(x, host, where) {
    if (!host)
        throw new errors.ActionError(`${where} has no host name to check ${x.healthPath} on.`);
    const url = `https://${host}${x.healthPath}`;
    const deadline = Date.now() + x.timeoutMs;
    let last = '';
    core.info(`Waiting for ${url} to answer 2xx (up to ${Math.round(x.timeoutMs / 1000)} s).`);
    for (;;) {
        try {
            const res = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(Math.min(30_000, x.timeoutMs)) });
            if (res.status >= 200 && res.status < 300) {
                core.info(`${url} answered ${res.status}.`);
                return;
            }
            last = `HTTP ${res.status}`;
        }
        catch (e) {
            last = String(e.cause ?? e.message);
        }
        if (Date.now() > deadline)
            throw new errors.ActionError(`Health check of ${where} failed: ${url} did not answer 2xx within ${Math.round(x.timeoutMs / 1000)} s (last: ${last}).`, 'Check the function app logs; raise timeout if the image starts slowly.');
        await (0,retry/* sleep */.y)(x.pollMs);
    }
}
/** Puts back what this run changed, and says what it restored. */
async function rollback(x, cause) {
    const { plan, svc } = x;
    const restored = [];
    const where = plan.slot ?? 'production';
    if (x.done.swapped && plan.slot) {
        try {
            await svc.swapIntoProduction(plan.app, plan.slot, x.pollMs);
            restored.push(`swapped ${plan.slot} and production back`);
        }
        catch (e) {
            restored.push(`swap back FAILED: ${e.message}`);
        }
    }
    if (x.done.settings) {
        try {
            await svc.putSettings(plan.app, plan.slot, plan.settingsBefore);
            restored.push(`the app settings of ${where} (all ${Object.keys(plan.settingsBefore).length}, as read before the deploy)`);
        }
        catch (e) {
            restored.push(`restoring the app settings of ${where} FAILED: ${e.message}`);
        }
    }
    if (x.done.config) {
        const back = {};
        for (const k of Object.keys(plan.configPatch))
            back[k] = x.done.config[k] ?? (k === 'acrUseManagedIdentityCreds' ? false : '');
        try {
            await svc.patchConfig(plan.app, plan.slot, back);
            restored.push(`the site config of ${where} (${Object.keys(back).join(', ')})`);
        }
        catch (e) {
            restored.push(`restoring the site config of ${where} FAILED: ${e.message}`);
        }
    }
    if (x.done.sticky) {
        try {
            await svc.putSlotConfigNames(plan.app, plan.slotConfigNamesBefore);
            restored.push('the slot setting names');
        }
        catch (e) {
            restored.push(`restoring the slot setting names FAILED: ${e.message}`);
        }
    }
    if (x.done.created)
        restored.push(`slot ${plan.slot} was created by this run and is left in place for inspection (the next run reuses it; closing the pull request deletes a preview slot)`);
    void cause;
    return restored;
}

;// CONCATENATED MODULE: ./src/targets/functionapp/index.ts
/**
 * Target `functionapp`: an existing Linux function app on an Elastic Premium (or Dedicated) plan.
 * plan = preflight reads + the pure plan; apply/verify/rollback in deploy.ts; teardown deletes the
 * preview slot (404 is success).
 */






async function service(ctx) {
    if (!ctx.azure)
        throw new errors.ActionError('target: functionapp needs an Azure credential.', 'Set client-id, tenant-id and subscription-id (OIDC), or run azure/login first.');
    return AppService.create(ctx.azure.credential, ctx.azure.cloud, ctx.config.azure.subscriptionId);
}
const functionAppTarget = {
    async plan(ctx) {
        const fa = ctx.config.functionapp;
        const svc = await service(ctx);
        const { slot } = chooseSlot(fa, ctx.facts.intent);
        const state = await readState(svc, fa.appName, fa.resourceGroup, slot);
        const cred = ctx.registryCredential;
        const plan = planDeploy({
            config: fa,
            intent: ctx.facts.intent,
            state,
            image: ctx.image,
            registry: ctx.registry,
            registryCredential: cred ? { username: cred.username, password: cred.password, durable: cred.source !== 'entra' } : undefined
        });
        for (const w of plan.warnings)
            core.warning(w);
        return { plan, svc, done: {}, hostName: plan.hostName, productionHostName: state.productionHostName, timeoutMs: ctx.config.timeoutMs, healthPath: fa.healthPath, fallbackImage: ctx.fallbackImage, pollMs: ctx.pollMs };
    },
    apply: apply,
    verify: verify,
    rollback: rollback,
    async teardown(ctx) {
        const fa = ctx.config.functionapp;
        const { slot } = chooseSlot(fa, ctx.facts.intent);
        if (!slot)
            throw new errors.ActionError('mode: teardown deletes a deployment slot, and none was named.', 'Run teardown on a closed pull request (slot pr-<N>), or set slot.');
        const svc = await service(ctx);
        const app = fa.resourceGroup ? { subscriptionId: svc.subscriptionId, resourceGroup: fa.resourceGroup, name: fa.appName } : (await svc.findApp(fa.appName)).app;
        const plan = describeTeardown(app, slot);
        if (ctx.mode === 'plan')
            return { slot, plan };
        const deleted = await svc.deleteSlot(app, slot);
        core.info(deleted ? `Deleted slot ${slot} of ${app.name}.` : `Slot ${slot} of ${app.name} was already gone.`);
        return { slot, plan: { ...plan, deleted } };
    },
    outputs(x) {
        const host = x.plan.swap ? x.productionHostName : x.hostName;
        return { url: host ? `https://${host}` : undefined, slot: x.plan.swap ? 'production' : (x.plan.slot ?? 'production'), plan: describePlan(x.plan) };
    },
    summary(x) {
        const d = describePlan(x.plan);
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
            ['Restart', d.restart ? 'yes (same image)' : 'no']
        ];
        return ['### Function app', '', '| | |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`), ''].join('\n');
    }
};


/***/ })

};
