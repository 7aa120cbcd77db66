/**
 * Renders the Kubernetes objects of a Functions app on AKS. Pure and deterministic: the same input
 * gives byte-identical YAML (fixed key order for Kubernetes structure, sorted keys for every map
 * whose order means nothing, no timestamps, no randomness; time and commit come in as input).
 *
 * Objects, in apply order (only the ones the app needs):
 *   ServiceAccount <name>            keda-auth: workload-identity (client-id annotation for the pods)
 *   Secret <name>-settings           app-settings, base64 `data` (never a ConfigMap)
 *   TriggerAuthentication <name>     keda-auth: workload-identity (podIdentity azure-workload)
 *   TriggerAuthentication <name>-<fn>  a Kafka trigger with SASL credentials (from the Secret)
 *   Deployment <name>-http           HTTP functions; fixed 1 replica, or none with http-scale keda-http
 *   Service <name>-http              HTTP functions, unless service-type none
 *   HTTPScaledObject <name>-http     http-scale: keda-http (KEDA HTTP add-on)
 *   Deployment <name>                non-HTTP functions, without spec.replicas (KEDA owns it)
 *   ScaledObject <name>              one trigger per function trigger (triggers.ts)
 *
 * `yaml` is what goes to the cluster. `redactedYaml` is what may be written to disk or shown: the
 * Secret keeps its keys and every value becomes a placeholder.
 */
import { createHash } from 'node:crypto';
import { dump } from 'js-yaml';
import type { AksConfig } from '../../config/config.js';
import { ActionError } from '../../util/errors.js';
import { DIGEST_RE, DIGEST_REFERENCE_RE, DNS1123_LABEL_MAX, DNS1123_LABEL_RE } from '../../util/patterns.js';
import type { FunctionInfo, HostJson } from '../../functions/discover.js';
import { planScaling, type ExtensionVersion, type ProcessorCount, type ScaleTrigger, type ScalingOptions, type ScalingPlan } from './triggers.js';

export const MANAGED_BY = 'azure-functions-container-deploy';
/** Prefix of the annotations the action writes. */
export const ANNOTATION_PREFIX = 'azure-functions-container-deploy';
export const REDACTED = '<redacted>';
const CONTAINER = 'functions';
const HTTP_PORT = 80;

export type KubeObject = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
};

export type AksRenderConfig = Pick<
  AksConfig,
  | 'kedaAuth'
  | 'workloadIdentityClientId'
  | 'minReplicas'
  | 'maxReplicas'
  | 'pollingIntervalSeconds'
  | 'cooldownPeriodSeconds'
  | 'serviceType'
  | 'httpScale'
  | 'virtualNodes'
>;

export interface RenderOptions extends ScalingOptions {
  /** Path the probes call on the host. Default `/` (the host's home page answers 200, or 204 when disabled). */
  healthPath?: string;
  /** HTTPScaledObject `hosts` (http-scale keda-http). Default: none (the interceptor routes every host to the app). */
  httpHosts?: string[];
  /** Container resource requests. Default cpu 250m, memory 256Mi. */
  requests?: { cpu: string; memory: string };
}

export interface RenderInput {
  /** Base name of every object (DNS-1123 label). */
  name: string;
  namespace: string;
  /** `registry/repository@sha256:…` — deploys are by digest only. */
  image: string;
  /** `sha256:…`; '' with `unpushed` (plan mode, fork pull requests): the manifests are checked, never applied. */
  digest: string;
  /** The image was not pushed: `image` is a tag reference and `digest` is ''. Such manifests are never applied. */
  unpushed?: boolean;
  functions: readonly FunctionInfo[];
  /** host.json of the app (extension settings decide scaler targets); `{}` when unknown. */
  host?: HostJson;
  /** The Event Hubs extension version the app shows when it has no extension bundle (functions/discover.ts). */
  eventHubsExtension?: ExtensionVersion;
  config: AksRenderConfig;
  /** App settings, name → value; they become the Secret. */
  settings: Readonly<Record<string, string>>;
  commit: string;
  runUrl: string;
  options?: RenderOptions;
}

export interface RenderedManifests {
  objects: KubeObject[];
  /** Multi-document YAML for the cluster (real Secret data). */
  yaml: string;
  /** The same documents with every Secret value replaced by a placeholder. */
  redactedYaml: string;
  plan: ScalingPlan;
  warnings: string[];
}

function sortedMap(entries: Iterable<[string, string]>): Record<string, string> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** `<base>-<suffix>` as a DNS-1123 label ≤ 63; long or altered names get a short stable hash. */
export function childName(base: string, suffix: string): string {
  const wanted = `${base}-${suffix}`;
  let name = wanted
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  if (name === wanted && name.length <= 63) return name;
  const hash = createHash('sha256').update(wanted).digest('hex').slice(0, 8);
  name = name.slice(0, 63 - 9).replace(/-+$/, '');
  return `${name}-${hash}`;
}

function settingsHash(settings: Readonly<Record<string, string>>): string {
  return `sha256:${createHash('sha256')
    .update(JSON.stringify(sortedMap(Object.entries(settings))))
    .digest('hex')}`;
}

/**
 * Processors per pod, from the container's CPU request (`250m` → 1, `1500m` → 2): host defaults
 * such as the queues' NewBatchThreshold and Service Bus' MaxConcurrentCalls are multiples of the
 * processor count the host sees. Pure.
 */
export function processorsFromCpu(cpu: string): ProcessorCount {
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(cpu.trim());
  const cores = m ? Number(m[1]) / (m[2] ? 1000 : 1) : NaN;
  if (!Number.isFinite(cores) || cores <= 0) return { count: 1, source: `assumed: the CPU request ${JSON.stringify(cpu)} is not a plain quantity` };
  return { count: Math.max(1, Math.ceil(cores)), source: `from the Deployment's CPU request ${cpu}` };
}

export function renderManifests(input: RenderInput): RenderedManifests {
  const { name, namespace, image, digest, config, settings, commit, runUrl } = input;
  const options = input.options ?? {};
  const problems: string[] = [];
  if (!DNS1123_LABEL_RE.test(name) || name.length > 40) problems.push(`name ${JSON.stringify(name)} is not a DNS-1123 label of at most 40 characters.`);
  if (!DNS1123_LABEL_RE.test(namespace) || namespace.length > DNS1123_LABEL_MAX)
    problems.push(`namespace ${JSON.stringify(namespace)} is not a DNS-1123 label.`);
  if (!input.unpushed) {
    if (!DIGEST_REFERENCE_RE.test(image)) problems.push(`image ${JSON.stringify(image)} is not a digest reference (registry/repository@sha256:…).`);
    if (!DIGEST_RE.test(digest) || !image.endsWith(`@${digest}`)) problems.push(`digest ${JSON.stringify(digest)} is not the digest of image ${image}.`);
  }
  if (config.kedaAuth === 'workload-identity' && !config.workloadIdentityClientId)
    problems.push('keda-auth workload-identity needs workload-identity-client-id.');
  if (problems.length) throw new ActionError(`Cannot render the manifests:\n- ${problems.join('\n- ')}`);

  const host = input.host ?? {};
  const requests = options.requests ?? { cpu: '250m', memory: '256Mi' };
  const plan = planScaling(input.functions, {
    settings,
    host,
    kedaAuth: config.kedaAuth,
    timerCron: options.timerCron,
    unscaledReplicas: options.unscaledReplicas,
    processors: processorsFromCpu(requests.cpu),
    eventHubsExtension: input.eventHubsExtension
  });
  const warnings = [...plan.warnings];
  const identity = config.kedaAuth === 'workload-identity';
  const secretName = `${name}-settings`;
  const httpName = `${name}-http`;

  const labels = (component: string): Record<string, string> =>
    sortedMap([
      ['app.kubernetes.io/name', name],
      ['app.kubernetes.io/instance', name],
      ['app.kubernetes.io/part-of', name],
      ['app.kubernetes.io/component', component],
      ['app.kubernetes.io/managed-by', MANAGED_BY]
    ]);
  const annotations = (extra: Array<[string, string]> = []): Record<string, string> =>
    sortedMap([[`${ANNOTATION_PREFIX}/commit`, commit], [`${ANNOTATION_PREFIX}/run-url`, runUrl], [`${ANNOTATION_PREFIX}/image-digest`, digest], ...extra]);
  const meta = (objectName: string, component: string, extra: Array<[string, string]> = []) => ({
    name: objectName,
    namespace,
    labels: labels(component),
    annotations: annotations(extra)
  });

  const objects: KubeObject[] = [];

  // --- identity ---
  if (identity) {
    objects.push({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta(name, 'identity', [['azure.workload.identity/client-id', config.workloadIdentityClientId as string]])
    });
  }

  // --- settings ---
  const secret: KubeObject = {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: meta(secretName, 'settings'),
    type: 'Opaque',
    data: sortedMap(Object.entries(settings).map(([k, v]): [string, string] => [k, Buffer.from(v, 'utf8').toString('base64')]))
  };
  objects.push(secret);

  // --- trigger authentications ---
  const authRefs = new Map<ScaleTrigger, string>();
  if (identity && plan.triggers.some((t) => t.auth?.kind === 'workload-identity')) {
    objects.push({
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'TriggerAuthentication',
      metadata: meta(name, 'scaler-auth'),
      spec: { podIdentity: { provider: 'azure-workload', identityId: config.workloadIdentityClientId } }
    });
    for (const t of plan.triggers) if (t.auth?.kind === 'workload-identity') authRefs.set(t, name);
  } else if (plan.triggers.some((t) => t.auth?.kind === 'workload-identity')) {
    throw new ActionError('A trigger needs workload identity, but keda-auth is connection-string.');
  }
  for (const t of plan.triggers) {
    if (t.auth?.kind !== 'secret') continue;
    const taName = childName(name, t.name);
    objects.push({
      apiVersion: 'keda.sh/v1alpha1',
      kind: 'TriggerAuthentication',
      metadata: meta(taName, 'scaler-auth'),
      spec: {
        ...(t.auth.params.length ? { secretTargetRef: t.auth.params.map((p) => ({ parameter: p.parameter, name: secretName, key: p.setting })) } : {}),
        ...(t.auth.envParams?.length ? { env: t.auth.envParams.map((p) => ({ parameter: p.parameter, name: p.env, containerName: CONTAINER })) } : {})
      }
    });
    authRefs.set(t, taName);
  }

  // --- pods ---
  const healthPath = options.healthPath ?? '/';
  // Env vars KEDA reads for the worker's triggers (references to settings and literals, never secret values).
  const triggerEnv = plan.triggers.flatMap((t) => t.podEnv ?? []);
  const podTemplate = (component: string, functions: string[]) => {
    const selector = sortedMap([
      ['app.kubernetes.io/instance', name],
      ['app.kubernetes.io/component', component]
    ]);
    const podLabels = sortedMap([
      ...Object.entries(labels(component)),
      ...(identity ? ([['azure.workload.identity/use', 'true']] as Array<[string, string]>) : [])
    ]);
    const probe = (periodSeconds: number, timeoutSeconds: number, failureThreshold: number) => ({
      httpGet: { path: healthPath, port: 'http' },
      periodSeconds,
      timeoutSeconds,
      failureThreshold
    });
    const spec: Record<string, unknown> = {
      ...(identity ? { serviceAccountName: name } : { automountServiceAccountToken: false }),
      containers: [
        {
          name: CONTAINER,
          image,
          imagePullPolicy: 'IfNotPresent',
          ports: [{ name: 'http', containerPort: HTTP_PORT, protocol: 'TCP' }],
          env: [...functions.map((f, i) => ({ name: `AzureFunctionsJobHost__functions__${i}`, value: f })), ...(component === 'worker' ? triggerEnv : [])],
          envFrom: [{ secretRef: { name: secretName } }],
          resources: { requests: { cpu: requests.cpu, memory: requests.memory } },
          startupProbe: probe(5, 5, 60),
          readinessProbe: probe(10, 5, 3),
          livenessProbe: probe(30, 10, 3)
        }
      ]
    };
    if (config.virtualNodes) {
      // AKS virtual nodes (ACI connector): the node selector and tolerations from the AKS documentation.
      spec.nodeSelector = sortedMap([
        ['kubernetes.io/os', 'linux'],
        ['kubernetes.io/role', 'agent'],
        ['type', 'virtual-kubelet']
      ]);
      spec.tolerations = [
        { key: 'virtual-kubelet.io/provider', operator: 'Exists' },
        { key: 'azure.com/aci', effect: 'NoSchedule' }
      ];
    }
    return {
      selector: { matchLabels: selector },
      template: {
        metadata: {
          labels: podLabels,
          annotations: sortedMap([
            [`${ANNOTATION_PREFIX}/image-digest`, digest],
            // Pods read the Secret at start only: a settings change must roll them.
            [`${ANNOTATION_PREFIX}/settings-hash`, settingsHash(settings)]
          ])
        },
        spec
      }
    };
  };

  // --- HTTP functions ---
  if (plan.httpFunctions.length) {
    const kedaHttp = config.httpScale === 'keda-http';
    objects.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(httpName, 'http'),
      spec: { ...(kedaHttp ? {} : { replicas: 1 }), revisionHistoryLimit: 5, ...podTemplate('http', plan.httpFunctions) }
    });
    if (config.serviceType !== 'none') {
      objects.push({
        apiVersion: 'v1',
        kind: 'Service',
        metadata: meta(httpName, 'http'),
        spec: {
          type: config.serviceType,
          selector: sortedMap([
            ['app.kubernetes.io/instance', name],
            ['app.kubernetes.io/component', 'http']
          ]),
          ports: [{ name: 'http', port: HTTP_PORT, targetPort: 'http', protocol: 'TCP' }]
        }
      });
    }
    if (kedaHttp) {
      if (config.serviceType === 'none') throw new ActionError("http-scale 'keda-http' needs a Service; service-type is 'none'.");
      if (config.serviceType === 'LoadBalancer')
        warnings.push(
          'http-scale keda-http: traffic must reach the app through the KEDA HTTP add-on interceptor; the LoadBalancer Service bypasses it (use ClusterIP and route your ingress to the interceptor).'
        );
      const replicas = {
        ...(config.minReplicas !== undefined ? { min: config.minReplicas } : {}),
        ...(config.maxReplicas !== undefined ? { max: config.maxReplicas } : {})
      };
      objects.push({
        apiVersion: 'http.keda.sh/v1alpha1',
        kind: 'HTTPScaledObject',
        metadata: meta(httpName, 'http-scaler'),
        spec: {
          ...(options.httpHosts?.length ? { hosts: [...options.httpHosts].sort() } : {}),
          scaleTargetRef: { name: httpName, kind: 'Deployment', apiVersion: 'apps/v1', service: httpName, port: HTTP_PORT },
          ...(Object.keys(replicas).length ? { replicas } : {}),
          ...(config.cooldownPeriodSeconds !== undefined ? { scaledownPeriod: config.cooldownPeriodSeconds } : {})
        }
      });
    }
  }

  // --- non-HTTP functions ---
  if (plan.workerFunctions.length) {
    const scaled = plan.triggers.length > 0;
    objects.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: meta(name, 'worker'),
      // Without a ScaledObject (only fixed-replica functions) the Deployment owns its replica count.
      spec: { ...(scaled ? {} : { replicas: plan.fixedReplicas }), revisionHistoryLimit: 5, ...podTemplate('worker', plan.workerFunctions) }
    });
    if (scaled) {
      const min = plan.fixedReplicas > 0 ? Math.max(plan.fixedReplicas, config.minReplicas ?? 0) : config.minReplicas;
      if (min !== undefined && config.maxReplicas !== undefined && min > config.maxReplicas) {
        throw new ActionError(`The worker Deployment needs at least ${min} replicas (fixed-replica functions) but max-replicas is ${config.maxReplicas}.`);
      }
      objects.push({
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'ScaledObject',
        metadata: meta(name, 'scaler'),
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
          ...(config.pollingIntervalSeconds !== undefined ? { pollingInterval: config.pollingIntervalSeconds } : {}),
          ...(config.cooldownPeriodSeconds !== undefined ? { cooldownPeriod: config.cooldownPeriodSeconds } : {}),
          ...(min !== undefined ? { minReplicaCount: min } : {}),
          ...(config.maxReplicas !== undefined ? { maxReplicaCount: config.maxReplicas } : {}),
          triggers: plan.triggers.map((t) => {
            const ref = authRefs.get(t);
            return { type: t.type, name: t.name, metadata: sortedMap(Object.entries(t.metadata)), ...(ref ? { authenticationRef: { name: ref } } : {}) };
          })
        }
      });
    }
  }

  if (identity && config.virtualNodes)
    warnings.push(
      'virtual-nodes with workload identity: check that your virtual node version supports workload identity for pods (ACI-based virtual nodes v1 do not support managed identities).'
    );

  const redacted = objects.map((o) => (o === secret ? redactSecret(o) : o));
  return {
    objects,
    yaml: toYaml(objects),
    redactedYaml: toYaml(redacted, `# Secret values are redacted (${REDACTED}); the cluster receives the real ones.\n`),
    plan,
    warnings
  };
}

/** The Secret with its keys kept and every value replaced by a placeholder (as `stringData`, so it stays valid). */
export function redactSecret(secret: KubeObject): KubeObject {
  const { data, stringData, ...rest } = secret as KubeObject & { data?: Record<string, string>; stringData?: Record<string, string> };
  const keys = [...Object.keys(data ?? {}), ...Object.keys(stringData ?? {})];
  return { ...rest, stringData: sortedMap(keys.map((k): [string, string] => [k, REDACTED])) };
}

/** Multi-document YAML, `---` between documents, no line folding. */
export function toYaml(objects: readonly object[], header = ''): string {
  // js-yaml's dump schema quotes every string that YAML 1.1 (as kubectl reads it) or 1.2 would take for
  // another type: yes, on, n, 1_000 or 12:30 stay strings. No folding (lineWidth -1); double quotes.
  return header + objects.map((o) => `---\n${dump(o, { lineWidth: -1, quoteStyle: 'double' })}`).join('');
}
