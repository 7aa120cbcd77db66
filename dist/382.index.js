export const id = 382;
export const ids = [382,1];
export const modules = {

/***/ 93382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   discoverFunctions: () => (/* binding */ discoverFunctions)
/* harmony export */ });
/* unused harmony exports DECLARED_TRIGGER_FILES, canonicalTriggerType, parseFunctionJson, parseFunctionsMetadata, parseDeclaredTriggers, resolveSettingReferences, packageMajor, eventHubsExtensionVersion */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33243);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(23044);
/**
 * Function discovery for target `aks`: which functions an app has and what triggers each one.
 *
 * Reads, under the functions folder (`functions-path`, the app root that holds host.json):
 * - `host.json` (required): its `functions` allow-list is honoured, and triggers.ts reads the
 *   extension settings (batch sizes, Durable storage provider, extension bundle) from it;
 * - `functions.metadata` (.NET isolated build/publish output): a JSON array of
 *   `{ name, bindings: [...] }`, parsed as JSON;
 * - otherwise every `<dir>/function.json` one level down (function name = directory name);
 * - for code-first programming models that write no function.json (Node.js v4, Python v2), a
 *   triggers file the user keeps next to host.json, see DECLARED TRIGGERS below.
 * Exactly one of these sources may describe the app. No function found is an error naming the
 * folder, never an empty deploy.
 *
 * `%Setting%` references in binding properties are resolved from the app settings (the Functions
 * host resolves them from its configuration, which is case-insensitive); an unresolvable one is an
 * error naming the function, the property and the setting.
 *
 * A function is `disabled` when its function.json says `"disabled": true` or the app settings hold
 * `AzureWebJobs.<name>.Disabled` (or `AzureWebJobs__<name>__Disabled`) = true/1, as the host reads it.
 *
 * DECLARED TRIGGERS (Node.js v4 and Python v2 models): a file named `function-triggers.yaml`
 * (or `.yml`, `.json`) in the functions folder, or the path given in `triggersFile`:
 *
 *     # One entry per function: its name as the host knows it (Node v4: the first argument of
 *     # app.http/app.storageQueue/...; Python v2: the function name or @app.function_name),
 *     # then the trigger binding exactly as it would appear in a function.json `bindings` entry.
 *     functions:
 *       ProcessOrder:
 *         type: queueTrigger              # function.json type, or the model's own name:
 *                                         #   Node v4 storageQueue, Python v2 queue_trigger, ...
 *         queueName: orders               # property names as in function.json (camelCase) or
 *         connection: AzureWebJobsStorage #   as Python v2 decorator arguments (snake_case)
 *       Health:
 *         type: httpTrigger
 *       Nightly:
 *         type: timerTrigger
 *         schedule: "0 30 2 * * *"
 *         disabled: true                  # optional
 *
 * The file is read by this action only; the Functions host never sees it (it is harmless inside the
 * image). Names must match the code exactly: the action lists them in AzureFunctionsJobHost__functions__N
 * to split HTTP and non-HTTP functions between two Deployments, and a name the host does not know
 * simply loads nothing.
 */





const DECLARED_TRIGGER_FILES = ['function-triggers.yaml', 'function-triggers.yml', 'function-triggers.json'];
/** Binding types the action knows, by their normalised form (lower case, no `_`). */
const KNOWN_TYPES = [
    'httpTrigger',
    'timerTrigger',
    'queueTrigger',
    'blobTrigger',
    'serviceBusTrigger',
    'eventHubTrigger',
    'eventGridTrigger',
    'cosmosDBTrigger',
    'kafkaTrigger',
    'rabbitMQTrigger',
    'orchestrationTrigger',
    'activityTrigger',
    'entityTrigger'
];
/** The code-first models' names for the same triggers (Node v4 `app.<x>`, Python v2 `@app.<x>`). */
const TYPE_ALIASES = {
    http: 'httpTrigger',
    route: 'httpTrigger',
    timer: 'timerTrigger',
    schedule: 'timerTrigger',
    storagequeue: 'queueTrigger',
    storageblob: 'blobTrigger',
    servicebusqueue: 'serviceBusTrigger',
    servicebustopic: 'serviceBusTrigger',
    servicebusqueuetrigger: 'serviceBusTrigger',
    servicebustopictrigger: 'serviceBusTrigger',
    eventhub: 'eventHubTrigger',
    eventhubmessagetrigger: 'eventHubTrigger',
    eventgrid: 'eventGridTrigger',
    cosmosdb: 'cosmosDBTrigger',
    cosmosdbtriggerv3: 'cosmosDBTrigger',
    kafka: 'kafkaTrigger',
    rabbitmq: 'rabbitMQTrigger',
    orchestration: 'orchestrationTrigger',
    activity: 'activityTrigger',
    entity: 'entityTrigger'
};
const normaliseKey = (t) => t.toLowerCase().replace(/_/g, '');
const CANONICAL = new Map([...KNOWN_TYPES.map((t) => [normaliseKey(t), t]), ...Object.entries(TYPE_ALIASES)]);
/** `queue_trigger` → `queueTrigger`, `storageQueue` → `queueTrigger`; unknown types are kept as written. */
function canonicalTriggerType(type) {
    return CANONICAL.get(normaliseKey(type)) ?? type;
}
const isRecord = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTriggerType = (t) => typeof t === 'string' && /trigger$/i.test(t);
function readJson(file, label) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8');
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.ActionError(`Cannot read ${label}: ${err.message}`);
    }
    try {
        return JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.ActionError(`${label} is not valid JSON: ${err.message}`, 'Fix the file; the Functions host would not load it either.');
    }
}
/** The trigger binding of one function.json / functions.metadata entry; problems are pushed to `problems`. */
function triggerOf(bindings, fn, source, problems) {
    if (!Array.isArray(bindings)) {
        problems.push(`function '${fn}' (${source}): no "bindings" array.`);
        return undefined;
    }
    const triggers = bindings.filter((b) => isRecord(b) && isTriggerType(b.type));
    if (triggers.length !== 1) {
        problems.push(`function '${fn}' (${source}): ${triggers.length === 0 ? 'no trigger binding' : `${triggers.length} trigger bindings (${triggers.map((t) => t.type).join(', ')})`}; a function has exactly one.`);
        return undefined;
    }
    const props = { ...triggers[0] };
    delete props.type;
    delete props.direction;
    return { ...props, type: canonicalTriggerType(triggers[0].type) };
}
/** Parses one `<name>/function.json`. */
function parseFunctionJson(name, json, source, problems) {
    if (!isRecord(json)) {
        problems.push(`function '${name}' (${source}): not a JSON object.`);
        return undefined;
    }
    if (json.excluded === true)
        return undefined;
    const trigger = triggerOf(json.bindings, name, source, problems);
    if (!trigger)
        return undefined;
    const disabled = json.disabled === true || (typeof json.disabled === 'string' && /^(true|1)$/i.test(json.disabled.trim()));
    return { name, trigger, source, ...(disabled ? { disabled } : {}) };
}
/** Parses a .NET isolated `functions.metadata` (JSON array of `{ name, bindings }`). */
function parseFunctionsMetadata(json, source, problems) {
    if (!Array.isArray(json)) {
        problems.push(`${source}: expected a JSON array of functions.`);
        return [];
    }
    const out = [];
    json.forEach((entry, i) => {
        const name = isRecord(entry) && typeof entry.name === 'string' ? entry.name.trim() : '';
        if (!name) {
            problems.push(`${source}: entry ${i} has no "name".`);
            return;
        }
        const trigger = triggerOf(isRecord(entry) ? entry.bindings : undefined, name, source, problems);
        if (trigger)
            out.push({ name, trigger, source });
    });
    return out;
}
const snakeToCamel = (k) => k.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
/** Parses the declared-triggers file (YAML or JSON), see DECLARED TRIGGERS at the top of this module. */
function parseDeclaredTriggers(text, source, problems) {
    let doc;
    try {
        doc = (0,js_yaml__WEBPACK_IMPORTED_MODULE_2__/* .load */ .Hh)(text.replace(/^\uFEFF/, ''));
    }
    catch (err) {
        problems.push(`${source}: not valid YAML/JSON: ${err.message}`);
        return [];
    }
    const functions = isRecord(doc) ? doc.functions : undefined;
    if (!isRecord(functions)) {
        problems.push(`${source}: expected a top-level "functions" mapping of function name → trigger binding.`);
        return [];
    }
    const out = [];
    for (const [name, raw] of Object.entries(functions)) {
        if (!isRecord(raw)) {
            problems.push(`function '${name}' (${source}): expected a mapping with at least "type".`);
            continue;
        }
        const props = {};
        for (const [k, v] of Object.entries(raw)) {
            if (k === 'arg_name' || k === 'direction')
                continue;
            props[snakeToCamel(k)] = v;
        }
        const { type, disabled, ...rest } = props;
        if (typeof type !== 'string' || type.trim() === '') {
            problems.push(`function '${name}' (${source}): "type" is missing (e.g. queueTrigger, httpTrigger).`);
            continue;
        }
        if (disabled !== undefined && typeof disabled !== 'boolean') {
            problems.push(`function '${name}' (${source}): "disabled" must be true or false.`);
            continue;
        }
        const canonical = canonicalTriggerType(type.trim());
        if (!isTriggerType(canonical)) {
            problems.push(`function '${name}' (${source}): type ${JSON.stringify(type)} is not a trigger (binding types end in "Trigger").`);
            continue;
        }
        out.push({ name, trigger: { ...rest, type: canonical }, source, ...(disabled ? { disabled: true } : {}) });
    }
    return out;
}
/** Case-insensitive setting lookup, exact name first (the host's configuration ignores case). */

/**
 * Replaces `%Setting%` in every top-level string property of the trigger (except `type`). Records
 * `settingRefs` for properties that were exactly one reference. Problems name function, property, setting.
 */
function resolveSettingReferences(fn, settings, problems) {
    const trigger = { type: fn.trigger.type };
    const refs = { ...(fn.settingRefs ?? {}) };
    for (const [prop, value] of Object.entries(fn.trigger)) {
        if (prop === 'type')
            continue;
        if (typeof value !== 'string' || !value.includes('%')) {
            trigger[prop] = value;
            continue;
        }
        const whole = /^%([^%]+)%$/.exec(value);
        const resolved = value.replace(/%([^%\s]+)%/g, (match, name) => {
            const found = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .findSetting */ .S)(settings, name);
            if (!found) {
                problems.push(`function '${fn.name}' (${fn.trigger.type}): property ${prop} refers to app setting '${name}' (${match}), which is not in app-settings.`);
                return match;
            }
            return found.value;
        });
        if (whole) {
            const found = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .findSetting */ .S)(settings, whole[1]);
            if (found)
                refs[prop] = found.name;
        }
        trigger[prop] = resolved;
    }
    return { ...fn, trigger, ...(Object.keys(refs).length ? { settingRefs: refs } : {}) };
}
function disabledBySetting(name, settings) {
    for (const key of [`AzureWebJobs.${name}.Disabled`, `AzureWebJobs__${name}__Disabled`]) {
        const found = (0,_settings_js__WEBPACK_IMPORTED_MODULE_4__/* .findSetting */ .S)(settings, key);
        if (found && /^(true|1)$/i.test(found.value.trim()))
            return true;
    }
    return false;
}
function findDeclaredFile(folder, triggersFile) {
    if (triggersFile !== undefined) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder, triggersFile);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.ActionError(`The declared triggers file ${triggersFile} does not exist (looked at ${file}).`, 'Give the path of a function-triggers.yaml relative to the functions folder.');
        return file;
    }
    return DECLARED_TRIGGER_FILES.map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(folder, f)).find((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(f));
}
/** Discovers the functions of the app in `folder`. Reads files; everything else is pure. */
function discoverFunctions(folder, options = {}) {
    const settings = options.settings ?? {};
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(folder);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(root) || !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(root).isDirectory()) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.ActionError(`functions folder ${folder} does not exist or is not a directory.`, 'Set functions-path to the function app root (the folder that holds host.json).');
    }
    const hostFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'host.json');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(hostFile)) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.ActionError(`No host.json in ${folder}: it is not the root of a Functions app.`, 'Set functions-path to the folder that holds host.json (for .NET, the build or publish output that holds functions.metadata).');
    }
    const hostRaw = readJson(hostFile, `${folder}/host.json`);
    if (!isRecord(hostRaw))
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.ActionError(`${folder}/host.json is not a JSON object.`);
    const host = hostRaw;
    const problems = [];
    const metadataFile = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, 'functions.metadata');
    const functionJsonDirs = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root, { withFileTypes: true })
        .filter((d) => d.isDirectory() && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, d.name, 'function.json')))
        .map((d) => d.name)
        .sort();
    const declaredFile = findDeclaredFile(root, options.triggersFile);
    const sources = [
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(metadataFile) && 'functions.metadata',
        functionJsonDirs.length > 0 && '*/function.json',
        declaredFile && 'declared triggers'
    ].filter(Boolean);
    if (sources.length > 1) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.ActionError(`${folder} describes its functions in more than one way (${sources.join(', ')}).`, 'Keep one: function.json folders (classic model), functions.metadata (.NET isolated), or a declared triggers file (Node v4 / Python v2 only).');
    }
    let model;
    let found;
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(metadataFile)) {
        model = 'functions.metadata';
        found = parseFunctionsMetadata(readJson(metadataFile, `${folder}/functions.metadata`), 'functions.metadata', problems);
    }
    else if (functionJsonDirs.length > 0) {
        model = 'function.json';
        found = [];
        for (const dir of functionJsonDirs) {
            const source = `${dir}/function.json`;
            const fn = parseFunctionJson(dir, readJson((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, dir, 'function.json'), `${folder}/${source}`), source, problems);
            if (fn)
                found.push(fn);
        }
    }
    else {
        model = 'declared';
        found = declaredFile ? parseDeclaredTriggers((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(declaredFile, 'utf8'), (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, declaredFile).split('\\').join('/'), problems) : [];
    }
    const seen = new Map();
    for (const fn of found) {
        const prior = seen.get(fn.name.toLowerCase());
        if (prior !== undefined)
            problems.push(`function '${fn.name}' is defined twice (${prior} and ${fn.source}); function names are case-insensitive.`);
        seen.set(fn.name.toLowerCase(), fn.source);
    }
    const warnings = [];
    if (host.functions !== undefined) {
        if (!Array.isArray(host.functions) || host.functions.some((f) => typeof f !== 'string')) {
            problems.push('host.json: "functions" must be an array of function names.');
        }
        else {
            const allowed = new Set(host.functions.map((f) => f.toLowerCase()));
            for (const name of host.functions)
                if (!seen.has(name.toLowerCase()))
                    warnings.push(`host.json lists function '${name}', which the app does not have.`);
            found = found.filter((fn) => allowed.has(fn.name.toLowerCase()));
        }
    }
    // A disabled function is neither loaded nor scaled, so its settings may legitimately be absent.
    const functions = found
        .map((fn) => (disabledBySetting(fn.name, settings) ? { ...fn, disabled: true } : fn))
        .map((fn) => (fn.disabled ? fn : resolveSettingReferences(fn, settings, problems)))
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (problems.length)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.ActionError(`Function discovery in ${folder} failed:\n- ${problems.join('\n- ')}`, 'Fix the function definitions (or the app-settings they refer to).');
    if (functions.length === 0) {
        const looked = `host.json was found, but no functions.metadata, no */function.json and no ${DECLARED_TRIGGER_FILES[0]}${host.functions ? ' (or host.json "functions" excludes them all)' : ''}`;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__.ActionError(`No function found in ${folder}: ${looked}.`, `Point functions-path at the app root (for .NET isolated: the publish output). Node.js v4 and Python v2 apps have no function.json: declare their triggers in ${DECLARED_TRIGGER_FILES[0]} next to host.json.`);
    }
    const eventHubsExtension = eventHubsExtensionVersion(root);
    return { folder, host, model, functions, warnings, ...(eventHubsExtension ? { eventHubsExtension } : {}) };
}
const EXTENSIONS_JSON = ['bin/extensions.json', 'extensions.json', '.azurefunctions/extensions.json'];
const HOST_EVENTHUBS = 'Microsoft.Azure.WebJobs.Extensions.EventHubs';
const WORKER_EVENTHUBS = 'Microsoft.Azure.Functions.Worker.Extensions.EventHubs';
/** Major version of a package in a .csproj `<PackageReference Include="…" Version="…">` (either attribute order). */
function packageMajor(csproj, id) {
    const escaped = id.replace(/\./g, '\\.');
    for (const m of csproj.matchAll(/<PackageReference\b[^>]*>/gi)) {
        const tag = m[0];
        if (!new RegExp(`Include\\s*=\\s*"${escaped}"`, 'i').test(tag))
            continue;
        const v = /Version\s*=\s*"\[?(\d+)/i.exec(tag);
        if (v)
            return Number(v[1]);
    }
    return undefined;
}
/**
 * The Event Hubs extension major version an app without an extension bundle runs (.NET in-process
 * and isolated), from what the app shows: the host's `bin/extensions.json` (the extension's
 * assembly version), or a package reference in a .csproj next to host.json (the isolated worker
 * package `…Worker.Extensions.EventHubs` ≥ 5 runs host extension ≥ 5). Undefined when nothing says.
 */
function eventHubsExtensionVersion(root) {
    for (const rel of EXTENSIONS_JSON) {
        const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, rel);
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file))
            continue;
        const m = new RegExp(`${HOST_EVENTHUBS.replace(/\./g, '\\.')},\\s*Version=(\\d+)`).exec((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(file, 'utf8'));
        if (m)
            return { major: Number(m[1]), source: rel };
    }
    for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(root)
        .filter((f) => f.endsWith('.csproj'))
        .sort()) {
        const text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, entry), 'utf8');
        const major = packageMajor(text, HOST_EVENTHUBS) ?? packageMajor(text, WORKER_EVENTHUBS);
        if (major !== undefined)
            return { major, source: entry };
    }
    return undefined;
}


/***/ }),

/***/ 23044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ findSetting)
/* harmony export */ });
/** App-setting names as the Functions host reads them: case-insensitive. Pure. */
/** The setting `name` in `settings`, by its exact name first, else case-insensitively (first in name order). */
function findSetting(settings, name) {
    if (Object.prototype.hasOwnProperty.call(settings, name))
        return { name, value: settings[name] };
    const lower = name.toLowerCase();
    const key = Object.keys(settings)
        .sort()
        .find((k) => k.toLowerCase() === lower);
    return key === undefined ? undefined : { name: key, value: settings[key] };
}


/***/ })

};
