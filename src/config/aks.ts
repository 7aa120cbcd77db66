/** The inputs of target aks: the cluster, the instance's name and namespace, KEDA scaling, the Service, the manifests. */
import { InputError } from '../util/errors.js';
import { parseBool, parseDuration, parseEnum, parseInteger } from './parse.js';
import { DNS1123_LABEL_MAX, DNS1123_LABEL_RE } from '../util/patterns.js';
import type { Inputs } from './inputs.js';
import { RESOURCE_GROUP_RE } from './functionapp.js';
import { HTTP_SCALE_MODES, KEDA_AUTH_MODES, SERVICE_TYPES, TIMER_SCALING_MODES, type AksConfig } from './config.js';

const CLUSTER_RE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,61}[A-Za-z0-9]$/;
/** `<name>-pr-<N>` and `<name>-http` must stay valid names. */
const NAME_MAX = 40;

function readCluster(i: Inputs): Pick<AksConfig, 'clusterName' | 'clusterResourceGroup'> {
  const clusterName = i.matching('cluster-name', CLUSTER_RE, '1 to 63 letters, digits, _ and -');
  const clusterResourceGroup = i.matching('cluster-resource-group', RESOURCE_GROUP_RE, 'a resource group name');
  if ((clusterName === undefined) !== (clusterResourceGroup === undefined)) {
    throw new InputError(
      clusterName ? 'cluster-resource-group' : 'cluster-name',
      'is required when the other one is set.',
      'Set cluster-name and cluster-resource-group together, or neither to use KUBECONFIG.'
    );
  }
  return { clusterName, clusterResourceGroup };
}

function readPlacement(i: Inputs): Pick<AksConfig, 'namespace' | 'name'> {
  const namespace = i.matching('namespace', DNS1123_LABEL_RE, 'a DNS-1123 label: lower-case letters, digits and -, up to 63 characters');
  if (namespace && namespace.length > DNS1123_LABEL_MAX)
    throw new InputError('namespace', `${JSON.stringify(namespace)} is longer than 63 characters.`, 'Accepted: a DNS-1123 label of at most 63 characters.');
  const name = i.matching('name', DNS1123_LABEL_RE, 'a DNS-1123 label: lower-case letters, digits and -');
  if (name && name.length > NAME_MAX)
    throw new InputError(
      'name',
      `${JSON.stringify(name)} is longer than 40 characters.`,
      'Accepted: at most 40 characters, so that <name>-pr-<N> and <name>-http stay valid names.'
    );
  return { namespace, name };
}

function readScaling(
  i: Inputs
): Pick<
  AksConfig,
  'timerScaling' | 'timerWindowMinutes' | 'unscaledReplicas' | 'minReplicas' | 'maxReplicas' | 'pollingIntervalSeconds' | 'cooldownPeriodSeconds'
> {
  const timerScaling = parseEnum(i.raw('timer-scaling'), TIMER_SCALING_MODES) ?? 'error';
  const timerWindowMs = parseDuration(i.raw('timer-window'), { min: 60_000, max: 24 * 3600 * 1000 }) ?? 15 * 60_000;
  const unscaledReplicas = parseInteger(i.raw('unscaled-replicas'), { min: 1, max: 100 });
  const minReplicas = parseInteger(i.raw('min-replicas'), { min: 0, max: 1000 });
  const maxReplicas = parseInteger(i.raw('max-replicas'), { min: 1, max: 1000 });
  if (minReplicas !== undefined && maxReplicas !== undefined && minReplicas > maxReplicas) {
    throw new InputError('min-replicas', `${minReplicas} is above max-replicas ${maxReplicas}.`, 'Accepted: min-replicas ≤ max-replicas.');
  }
  const seconds = (name: string, min: number): number | undefined => {
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

export function readAks(i: Inputs): AksConfig {
  const cluster = readCluster(i);
  const placement = readPlacement(i);
  const functionsPath = i.str('functions-path');
  const kedaAuth = parseEnum(i.raw('keda-auth'), KEDA_AUTH_MODES) ?? 'connection-string';
  const workloadIdentityClientId = i.guid('workload-identity-client-id');
  if (kedaAuth === 'workload-identity' && !workloadIdentityClientId) {
    throw new InputError(
      'workload-identity-client-id',
      "is required with keda-auth: 'workload-identity'.",
      'Set it to the client id of the user-assigned identity federated with the cluster.'
    );
  }
  const scaling = readScaling(i);
  const serviceType = parseEnum(i.raw('service-type'), SERVICE_TYPES) ?? 'LoadBalancer';
  const httpScale = parseEnum(i.raw('http-scale'), HTTP_SCALE_MODES) ?? 'none';
  if (httpScale === 'keda-http' && serviceType === 'none') {
    throw new InputError('http-scale', "'keda-http' routes through a Service, but service-type is 'none'.", 'Use service-type: ClusterIP with keda-http.');
  }
  const virtualNodes = parseBool(i.raw('virtual-nodes'), false);
  const manifestsDir = i.str('manifests-dir');
  const prune = parseBool(i.raw('prune'), true);
  return { ...cluster, ...placement, functionsPath, kedaAuth, workloadIdentityClientId, ...scaling, serviceType, httpScale, virtualNodes, manifestsDir, prune };
}
