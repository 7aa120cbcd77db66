/**
 * Stand-ins for the controllers that make a cluster react to what was applied:
 *
 *  - deployment + replicaset controllers, scheduler and kubelet, collapsed into one: when a
 *    Deployment's spec changes (generation bump) it creates the ReplicaSet `<name>-<template hash>`,
 *    its Pods, scales older ReplicaSets to 0, and reports status like the real controller:
 *    first `observedGeneration` caught up with `Progressing=True (ReplicaSetUpdated)` and no ready
 *    replicas, then either
 *      rollout 'complete': pods Running/Ready, `readyReplicas = availableReplicas = updatedReplicas =
 *        replicas = spec.replicas`, `Available=True (MinimumReplicasAvailable)`,
 *        `Progressing=True (NewReplicaSetAvailable)`; or
 *      rollout 'never': pods stuck in CrashLoopBackOff (or ImagePullBackOff) with the kubelet's
 *        Warning events (BackOff / Failed), `Available=False`, and after the progress deadline
 *        `Progressing=False (ProgressDeadlineExceeded)`.
 *    Events are core/v1 Events with the reasons and messages the real components write
 *    (ScalingReplicaSet, SuccessfulCreate, Scheduled, Pulling, Pulled, Created, Started, BackOff, Failed).
 *  - namespace controller: a deleted namespace stays `Terminating` briefly, then everything in it
 *    is deleted, then the namespace.
 *  - KEDA operator (only its status reporting): a ScaledObject gets `Ready=True` when its
 *    scaleTargetRef exists, `Ready=False` otherwise, plus `Active`/`Fallback`/`Paused`.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { Cluster } from './cluster.js';
import type { Json } from './openapi.js';
import { BUILTIN_TYPES, type ResourceType } from './resources.js';
import { meta, nowIso, typeKey, type Stored } from './store.js';

export type RolloutMode = 'complete' | 'never';
export type PodFailure = 'CrashLoopBackOff' | 'ImagePullBackOff';

const typeOf = (plural: string) => BUILTIN_TYPES.find((t) => t.plural === plural) as ResourceType;
const NODE = 'aks-nodepool1-38290145-vmss000000';
const POD_CHARS = 'bcdfghjklmnpqrstvwxz2456789';

/** Stable short hash of a pod template (the pod-template-hash label). */
function templateHash(template: unknown): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Json)[k])])
          )
        : v;
  const digest = createHash('sha256')
    .update(JSON.stringify(canonical(template)))
    .digest();
  return Array.from(digest.subarray(0, 10), (b) => POD_CHARS[b % POD_CHARS.length]).join('');
}

function randomSuffix(): string {
  return Array.from({ length: 5 }, () => POD_CHARS[Math.floor(Math.random() * POD_CHARS.length)]).join('');
}

function condition(type: string, status: 'True' | 'False', reason: string, message: string, previous?: Json[]): Json {
  const now = nowIso();
  const prev = previous?.find((c) => c.type === type);
  const transition = prev && prev.status === status ? prev.lastTransitionTime : now;
  return {
    type,
    status,
    lastUpdateTime: prev && prev.status === status && prev.reason === reason ? prev.lastUpdateTime : now,
    lastTransitionTime: transition,
    reason,
    message
  };
}

export interface ControllerOptions {
  rollout: RolloutMode;
  failure: PodFailure;
  /** ms until a 'never' rollout reports ProgressDeadlineExceeded; default: spec.progressDeadlineSeconds. */
  progressDeadlineMs?: number;
  /** ms from a spec change to pods created / rollout finished. */
  stepMs: [number, number];
}

export class Controllers {
  private timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly cluster: Cluster,
    readonly options: ControllerOptions
  ) {
    cluster.hooks = {
      onWrite: (t, s, old) => this.onWrite(t, s, old),
      onDelete: (t, s) => this.onDelete(t, s)
    };
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private later(ms: number, fn: () => void): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.closed) fn();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  setRollout(mode: RolloutMode): void {
    this.options.rollout = mode;
    for (const d of this.cluster.store.list(typeOf('deployments'))) {
      const m = meta(d.obj);
      this.later(this.options.stepMs[0], () => this.finishRollout(String(m.namespace), String(m.name), Number(m.generation)));
    }
  }

  private onWrite(t: ResourceType, s: Stored, old: Json | undefined): void {
    const m = meta(s.obj);
    const key = typeKey(t);
    if (key === 'apps/deployments') {
      const gen = Number(m.generation);
      const oldGen = old ? Number(meta(old).generation) : 0;
      if (gen !== oldGen) {
        const [first, second] = this.options.stepMs;
        this.later(first, () => this.startRollout(String(m.namespace), String(m.name), gen));
        this.later(second, () => this.finishRollout(String(m.namespace), String(m.name), gen));
      }
      if (!old) this.later(this.options.stepMs[0], () => this.kedaReconcile(String(m.namespace)));
    } else if (key === '/namespaces' && m.deletionTimestamp && !(old && meta(old).deletionTimestamp)) {
      this.later(150, () => this.finalizeNamespace(String(m.name)));
    } else if (t.group === 'keda.sh' && t.kind === 'ScaledObject') {
      this.later(this.options.stepMs[0], () => this.kedaReconcile(String(m.namespace)));
    }
  }

  private onDelete(t: ResourceType, s: Stored): void {
    if (typeKey(t) === 'apps/deployments') this.later(this.options.stepMs[0], () => this.kedaReconcile(String(meta(s.obj).namespace)));
  }

  // ---------------------------------------------------------------- events

  /** Records a core/v1 Event, or bumps the count of the same one (as the event recorder does). */
  recordEvent(involved: Json, type: 'Normal' | 'Warning', reason: string, message: string, component: string): void {
    const ns = String(involved.namespace);
    const evType = typeOf('events');
    if (!this.cluster.store.get(typeOf('namespaces'), undefined, ns)) return;
    const same = this.cluster.store
      .list(evType, ns)
      .find((e) => (e.obj.involvedObject as Json).uid === involved.uid && e.obj.reason === reason && e.obj.message === message);
    const now = nowIso();
    if (same) {
      const next = structuredClone(same.obj);
      next.count = Number(next.count ?? 1) + 1;
      next.lastTimestamp = now;
      this.cluster.controllerWrite(same, next, component);
      return;
    }
    const event: Json = {
      metadata: { name: `${String(involved.name)}.${createHash('sha256').update(randomUUID()).digest('hex').slice(0, 16)}`, namespace: ns },
      involvedObject: involved,
      reason,
      message,
      source: { component, ...(component === 'kubelet' ? { host: NODE } : {}) },
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      reportingComponent: component,
      reportingInstance: component === 'kubelet' ? NODE : ''
    };
    this.cluster.controllerCreate(evType, event, component);
  }

  private ref(s: Stored, fieldPath?: string): Json {
    const m = meta(s.obj);
    return {
      kind: s.type.kind,
      namespace: m.namespace,
      name: m.name,
      uid: m.uid,
      apiVersion: s.type.group ? `${s.type.group}/${s.type.version}` : s.type.version,
      resourceVersion: m.resourceVersion,
      ...(fieldPath ? { fieldPath } : {})
    };
  }

  // ---------------------------------------------------------------- deployments

  private deployment(ns: string, name: string, gen: number): Stored | undefined {
    const d = this.cluster.store.get(typeOf('deployments'), ns, name);
    if (!d || Number(meta(d.obj).generation) !== gen || meta(d.obj).deletionTimestamp) return undefined;
    return d;
  }

  private replicaSetsOf(d: Stored): Stored[] {
    const uid = meta(d.obj).uid;
    return this.cluster.store
      .list(typeOf('replicasets'), String(meta(d.obj).namespace))
      .filter((rs) => ((meta(rs.obj).ownerReferences as Json[] | undefined) ?? []).some((r) => r.uid === uid));
  }

  private podsOf(rs: Stored): Stored[] {
    const uid = meta(rs.obj).uid;
    return this.cluster.store
      .list(typeOf('pods'), String(meta(rs.obj).namespace))
      .filter((p) => ((meta(p.obj).ownerReferences as Json[] | undefined) ?? []).some((r) => r.uid === uid));
  }

  /** Step 1: new ReplicaSet + pods (not ready yet), old ReplicaSets scaled to 0, status "progressing". */
  private startRollout(ns: string, name: string, gen: number): void {
    const d = this.deployment(ns, name, gen);
    if (!d) return;
    const spec = d.obj.spec as Json;
    const replicas = Number(spec.replicas ?? 1);
    const template = structuredClone(spec.template as Json);
    const hash = templateHash(template);
    const rsName = `${name}-${hash}`;
    const rsType = typeOf('replicasets');
    const existing = this.replicaSetsOf(d);
    let rs = existing.find((r) => meta(r.obj).name === rsName);
    const revisionOf = (r: Stored) => Number(((meta(r.obj).annotations as Json | undefined) ?? {})['deployment.kubernetes.io/revision'] ?? 0);
    const maxRevision = Math.max(0, ...existing.map(revisionOf));
    // A new template gets the next revision; going back to an old template (rollout undo) reuses its
    // ReplicaSet, which then becomes the newest revision.
    const revision = rs && revisionOf(rs) === maxRevision ? maxRevision : maxRevision + 1;
    const dm = meta(d.obj);
    let createdRs = false;
    if (!rs) {
      const tplMeta = (template.metadata ??= {}) as Json;
      tplMeta.labels = { ...((tplMeta.labels as Json | undefined) ?? {}), 'pod-template-hash': hash };
      const selector = structuredClone(spec.selector as Json);
      selector.matchLabels = { ...((selector.matchLabels as Json | undefined) ?? {}), 'pod-template-hash': hash };
      rs = this.cluster.controllerCreate(
        rsType,
        {
          metadata: {
            name: rsName,
            namespace: ns,
            labels: { ...(tplMeta.labels as Json) },
            annotations: {
              'deployment.kubernetes.io/desired-replicas': String(replicas),
              'deployment.kubernetes.io/max-replicas': String(replicas + 1),
              'deployment.kubernetes.io/revision': String(revision)
            },
            ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name, uid: dm.uid, controller: true, blockOwnerDeletion: true }]
          },
          spec: { replicas, selector, template }
        },
        'kube-controller-manager'
      );
      createdRs = true;
      this.recordEvent(this.ref(d), 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${rsName} from 0 to ${replicas}`, 'deployment-controller');
    } else if (Number((rs.obj.spec as Json).replicas) !== replicas || revisionOf(rs) !== revision) {
      const next = structuredClone(rs.obj);
      const before = Number((rs.obj.spec as Json).replicas);
      (next.spec as Json).replicas = replicas;
      meta(next).annotations = { ...((meta(next).annotations as Json | undefined) ?? {}), 'deployment.kubernetes.io/revision': String(revision) };
      rs = this.cluster.controllerWrite(rs, next, 'kube-controller-manager');
      if (before < replicas)
        this.recordEvent(this.ref(d), 'Normal', 'ScalingReplicaSet', `Scaled up replica set ${rsName} from ${before} to ${replicas}`, 'deployment-controller');
    }
    const current = rs;
    // The Deployment carries the revision of its current ReplicaSet.
    const annotated = structuredClone(d.obj);
    const am = meta(annotated);
    am.annotations = {
      ...((am.annotations as Json | undefined) ?? {}),
      'deployment.kubernetes.io/revision': String(((meta(current.obj).annotations as Json | undefined) ?? {})['deployment.kubernetes.io/revision'] ?? revision)
    };
    let dep = this.cluster.controllerWrite(d, annotated, 'kube-controller-manager');
    for (const old of existing.filter((r) => r !== current && meta(r.obj).uid !== meta(current.obj).uid)) {
      for (const p of this.podsOf(old)) this.cluster.deleteNow(p);
      if (Number((old.obj.spec as Json).replicas) !== 0) {
        const next = structuredClone(old.obj);
        (next.spec as Json).replicas = 0;
        next.status = { replicas: 0, observedGeneration: Number(meta(old.obj).generation) };
        this.cluster.controllerWrite(old, next, 'kube-controller-manager');
        this.recordEvent(
          this.ref(dep),
          'Normal',
          'ScalingReplicaSet',
          `Scaled down replica set ${String(meta(old.obj).name)} from ${String((old.obj.spec as Json).replicas)} to 0`,
          'deployment-controller'
        );
      }
    }
    // Pods for the current ReplicaSet (created Pending; made Running or failing by finishRollout).
    const pods = this.podsOf(current);
    for (const p of pods.slice(replicas)) this.cluster.deleteNow(p);
    for (let i = pods.length; i < replicas; i++) this.createPod(current, template);
    this.writeRsStatus(current, 0);
    const prev = ((dep.obj.status as Json | undefined)?.conditions as Json[] | undefined) ?? [];
    const wasAvailable = prev.some((c) => c.type === 'Available' && c.status === 'True');
    const status: Json = {
      observedGeneration: gen,
      replicas,
      updatedReplicas: replicas,
      readyReplicas: 0,
      availableReplicas: 0,
      unavailableReplicas: replicas,
      conditions: [
        wasAvailable && replicas > 0
          ? condition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', prev)
          : condition(
              'Available',
              replicas === 0 ? 'True' : 'False',
              replicas === 0 ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
              replicas === 0 ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
              prev
            ),
        createdRs && existing.length === 0
          ? condition('Progressing', 'True', 'NewReplicaSetCreated', `Created new replica set "${rsName}"`, prev)
          : condition('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${rsName}" is progressing.`, prev)
      ]
    };
    dep = this.writeStatus(dep, status);
    if (this.options.rollout === 'never') this.scheduleDeadline(dep, gen);
  }

  private createPod(rs: Stored, template: Json): void {
    const rm = meta(rs.obj);
    const name = `${String(rm.name)}-${randomSuffix()}`;
    const tplMeta = (template.metadata as Json | undefined) ?? {};
    const pod = this.cluster.controllerCreate(
      typeOf('pods'),
      {
        metadata: {
          name,
          namespace: rm.namespace,
          labels: { ...((tplMeta.labels as Json | undefined) ?? {}) },
          ...(tplMeta.annotations ? { annotations: { ...(tplMeta.annotations as Json) } } : {}),
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rm.name, uid: rm.uid, controller: true, blockOwnerDeletion: true }]
        },
        spec: { ...structuredClone(template.spec as Json), nodeName: NODE },
        status: { phase: 'Pending', qosClass: 'BestEffort', conditions: [{ type: 'PodScheduled', status: 'True', lastTransitionTime: nowIso() }] }
      },
      'kube-controller-manager'
    );
    this.recordEvent(this.ref(rs), 'Normal', 'SuccessfulCreate', `Created pod: ${name}`, 'replicaset-controller');
    this.recordEvent(this.ref(pod), 'Normal', 'Scheduled', `Successfully assigned ${String(rm.namespace)}/${name} to ${NODE}`, 'default-scheduler');
  }

  /** Step 2: pods become Ready (complete) or fail (never), and the Deployment status follows. */
  private finishRollout(ns: string, name: string, gen: number): void {
    let d = this.deployment(ns, name, gen);
    if (!d) return;
    const status = (d.obj.status as Json | undefined) ?? {};
    if (Number(status.observedGeneration) !== gen) {
      // Step 1 has not run yet (e.g. setRollout right after an apply): try again shortly.
      this.later(this.options.stepMs[0], () => this.finishRollout(ns, name, gen));
      return;
    }
    const spec = d.obj.spec as Json;
    const replicas = Number(spec.replicas ?? 1);
    const rsName = `${name}-${templateHash(spec.template)}`;
    const rs = this.replicaSetsOf(d).find((r) => meta(r.obj).name === rsName);
    if (!rs) return;
    const ok = this.options.rollout === 'complete';
    for (const p of this.podsOf(rs)) this.settlePod(p, ok);
    this.writeRsStatus(rs, ok ? replicas : 0);
    d = this.cluster.store.get(typeOf('deployments'), ns, name) as Stored;
    const prev = ((d.obj.status as Json | undefined)?.conditions as Json[] | undefined) ?? [];
    if (ok) {
      this.writeStatus(d, {
        observedGeneration: gen,
        replicas,
        updatedReplicas: replicas,
        readyReplicas: replicas,
        availableReplicas: replicas,
        conditions: [
          condition('Available', 'True', 'MinimumReplicasAvailable', 'Deployment has minimum availability.', prev),
          condition('Progressing', 'True', 'NewReplicaSetAvailable', `ReplicaSet "${rsName}" has successfully progressed.`, prev)
        ]
      });
    } else {
      const progressing = prev.find((c) => c.type === 'Progressing');
      this.writeStatus(d, {
        observedGeneration: gen,
        replicas,
        updatedReplicas: replicas,
        readyReplicas: 0,
        availableReplicas: 0,
        unavailableReplicas: replicas,
        conditions: [
          condition(
            'Available',
            replicas === 0 ? 'True' : 'False',
            replicas === 0 ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
            replicas === 0 ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
            prev
          ),
          progressing?.reason === 'ProgressDeadlineExceeded' || progressing?.reason === 'ReplicaSetUpdated' || progressing?.reason === 'NewReplicaSetCreated'
            ? progressing
            : condition('Progressing', 'True', 'ReplicaSetUpdated', `ReplicaSet "${rsName}" is progressing.`, prev)
        ]
      });
      this.scheduleDeadline(d, gen);
    }
  }

  private deadlines = new Set<string>();

  private scheduleDeadline(d: Stored, gen: number): void {
    const m = meta(d.obj);
    const key = `${String(m.namespace)}/${String(m.name)}@${gen}`;
    if (this.deadlines.has(key)) return;
    this.deadlines.add(key);
    const seconds = Number((d.obj.spec as Json).progressDeadlineSeconds ?? 600);
    this.later(this.options.progressDeadlineMs ?? seconds * 1000, () => {
      this.deadlines.delete(key);
      const cur = this.deployment(String(m.namespace), String(m.name), gen);
      if (!cur || this.options.rollout !== 'never') return;
      const st = (cur.obj.status as Json | undefined) ?? {};
      if (Number(st.availableReplicas ?? 0) >= Number((cur.obj.spec as Json).replicas ?? 1)) return;
      const prev = (st.conditions as Json[] | undefined) ?? [];
      const rsName = `${String(m.name)}-${templateHash((cur.obj.spec as Json).template)}`;
      const conditions = prev.filter((c) => c.type !== 'Progressing');
      conditions.push(condition('Progressing', 'False', 'ProgressDeadlineExceeded', `ReplicaSet "${rsName}" has timed out progressing.`, prev));
      this.writeStatus(cur, { ...st, conditions });
    });
  }

  private writeStatus(s: Stored, status: Json): Stored {
    const next = structuredClone(s.obj);
    next.status = status;
    return this.cluster.controllerWrite(s, next, 'kube-controller-manager', 'status');
  }

  private writeRsStatus(rs: Stored, ready: number): void {
    const cur = this.cluster.store.get(typeOf('replicasets'), String(meta(rs.obj).namespace), String(meta(rs.obj).name));
    if (!cur) return;
    this.writeStatus(cur, {
      replicas: this.podsOf(cur).length,
      fullyLabeledReplicas: this.podsOf(cur).length,
      readyReplicas: ready,
      availableReplicas: ready,
      observedGeneration: Number(meta(cur.obj).generation)
    });
  }

  /** The kubelet's view of a pod: Running/Ready, or failing with the events a real node writes. */
  private settlePod(p: Stored, ok: boolean): void {
    const now = nowIso();
    const pm = meta(p.obj);
    const containers = ((p.obj.spec as Json).containers as Json[] | undefined) ?? [];
    const phaseBefore = (p.obj.status as Json | undefined)?.phase;
    const podIP = `10.244.0.${(parseInt(createHash('sha256').update(String(pm.uid)).digest('hex').slice(0, 2), 16) % 250) + 2}`;
    const base = {
      hostIP: '10.224.0.4',
      hostIPs: [{ ip: '10.224.0.4' }],
      podIP,
      podIPs: [{ ip: podIP }],
      startTime: (p.obj.status as Json | undefined)?.startTime ?? now,
      qosClass: 'BestEffort'
    };
    const cond = (type: string, status: 'True' | 'False', reason?: string, message?: string) => ({
      type,
      status,
      lastProbeTime: null,
      lastTransitionTime: now,
      ...(reason ? { reason, message } : {})
    });
    const image = (c: Json) => String(c.image);
    if (ok) {
      if (phaseBefore === 'Running' && ((p.obj.status as Json).containerStatuses as Json[] | undefined)?.every((c) => c.ready)) return;
      this.writeStatus(p, {
        phase: 'Running',
        ...base,
        conditions: [
          cond('PodReadyToStartContainers', 'True'),
          cond('Initialized', 'True'),
          cond('Ready', 'True'),
          cond('ContainersReady', 'True'),
          cond('PodScheduled', 'True')
        ],
        containerStatuses: containers.map((c) => ({
          name: c.name,
          image: image(c),
          imageID: `${image(c).split(/[:@]/)[0]}@sha256:${createHash('sha256').update(image(c)).digest('hex')}`,
          containerID: `containerd://${createHash('sha256')
            .update(`${String(pm.uid)}${String(c.name)}`)
            .digest('hex')}`,
          ready: true,
          started: true,
          restartCount: 0,
          state: { running: { startedAt: now } }
        }))
      });
      for (const c of containers) {
        const fp = `spec.containers{${String(c.name)}}`;
        this.recordEvent(this.ref(p, fp), 'Normal', 'Pulled', `Container image "${image(c)}" already present on machine`, 'kubelet');
        this.recordEvent(this.ref(p, fp), 'Normal', 'Created', `Created container: ${String(c.name)}`, 'kubelet');
        this.recordEvent(this.ref(p, fp), 'Normal', 'Started', `Started container ${String(c.name)}`, 'kubelet');
      }
      return;
    }
    const names = containers.map((c) => String(c.name)).join(' ');
    const notReady = `containers with unready status: [${names}]`;
    const pullFailure = this.options.failure === 'ImagePullBackOff';
    this.writeStatus(p, {
      phase: pullFailure ? 'Pending' : 'Running',
      ...base,
      conditions: [
        cond('PodReadyToStartContainers', 'True'),
        cond('Initialized', 'True'),
        cond('Ready', 'False', 'ContainersNotReady', notReady),
        cond('ContainersReady', 'False', 'ContainersNotReady', notReady),
        cond('PodScheduled', 'True')
      ],
      containerStatuses: containers.map((c) =>
        pullFailure
          ? {
              name: c.name,
              image: image(c),
              imageID: '',
              ready: false,
              started: false,
              restartCount: 0,
              state: { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${image(c)}"` } }
            }
          : {
              name: c.name,
              image: image(c),
              imageID: `${image(c).split(/[:@]/)[0]}@sha256:${createHash('sha256').update(image(c)).digest('hex')}`,
              containerID: `containerd://${createHash('sha256')
                .update(`${String(pm.uid)}${String(c.name)}`)
                .digest('hex')}`,
              ready: false,
              started: false,
              restartCount: 3,
              state: {
                waiting: {
                  reason: 'CrashLoopBackOff',
                  message: `back-off 40s restarting failed container=${String(c.name)} pod=${String(pm.name)}_${String(pm.namespace)}(${String(pm.uid)})`
                }
              },
              lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: now, finishedAt: now } }
            }
      )
    });
    for (const c of containers) {
      const fp = `spec.containers{${String(c.name)}}`;
      const ref = this.ref(p, fp);
      if (pullFailure) {
        this.recordEvent(ref, 'Normal', 'Pulling', `Pulling image "${image(c)}"`, 'kubelet');
        this.recordEvent(
          ref,
          'Warning',
          'Failed',
          `Failed to pull image "${image(c)}": rpc error: code = NotFound desc = failed to pull and unpack image "${image(c)}": not found`,
          'kubelet'
        );
        this.recordEvent(ref, 'Warning', 'Failed', 'Error: ErrImagePull', 'kubelet');
        this.recordEvent(ref, 'Normal', 'BackOff', `Back-off pulling image "${image(c)}"`, 'kubelet');
        this.recordEvent(ref, 'Warning', 'Failed', 'Error: ImagePullBackOff', 'kubelet');
      } else {
        this.recordEvent(ref, 'Normal', 'Pulled', `Container image "${image(c)}" already present on machine`, 'kubelet');
        this.recordEvent(ref, 'Normal', 'Created', `Created container: ${String(c.name)}`, 'kubelet');
        this.recordEvent(ref, 'Normal', 'Started', `Started container ${String(c.name)}`, 'kubelet');
        this.recordEvent(
          ref,
          'Warning',
          'BackOff',
          `Back-off restarting failed container ${String(c.name)} in pod ${String(pm.name)}_${String(pm.namespace)}(${String(pm.uid)})`,
          'kubelet'
        );
      }
    }
  }

  // ---------------------------------------------------------------- namespaces

  private finalizeNamespace(name: string): void {
    const nsType = typeOf('namespaces');
    const ns = this.cluster.store.get(nsType, undefined, name);
    if (!ns || !meta(ns.obj).deletionTimestamp) return;
    for (const s of this.cluster.store.all()) {
      if (s.type.namespaced && meta(s.obj).namespace === name) this.cluster.deleteNow(s);
    }
    const cur = this.cluster.store.get(nsType, undefined, name);
    if (cur) this.cluster.deleteNow(cur);
  }

  // ---------------------------------------------------------------- KEDA operator (status only)

  private kedaReconcile(ns: string): void {
    const soType = this.cluster.types().find((t) => t.group === 'keda.sh' && t.kind === 'ScaledObject');
    if (!soType) return;
    for (const so of this.cluster.store.list(soType, ns)) {
      const spec = (so.obj.spec as Json | undefined) ?? {};
      const target = (spec.scaleTargetRef as Json | undefined) ?? {};
      const kind = String(target.kind ?? 'Deployment');
      const found = kind === 'Deployment' && !!this.cluster.store.get(typeOf('deployments'), ns, String(target.name));
      const prev = ((so.obj.status as Json | undefined)?.conditions as Json[] | undefined) ?? [];
      const cond = (type: string, status: 'True' | 'False' | 'Unknown', reason: string, message: string) => {
        const c = condition(type, status as 'True', reason, message, prev);
        delete c.lastUpdateTime;
        delete c.lastTransitionTime;
        return c;
      };
      const triggers = (spec.triggers as Json[] | undefined) ?? [];
      const status: Json = {
        scaleTargetKind: 'apps/v1.Deployment',
        scaleTargetGVKR: { group: 'apps', kind: 'Deployment', resource: 'deployments', version: 'v1' },
        originalReplicaCount: 1,
        externalMetricNames: triggers.map((tr, i) => `s${i}-${String(tr.type)}`),
        triggersTypes: triggers.map((tr) => String(tr.type)).join(','),
        ...(triggers.some((tr) => (tr.authenticationRef as Json | undefined)?.name)
          ? {
              authenticationsTypes: triggers
                .map((tr) => (tr.authenticationRef as Json | undefined)?.name)
                .filter(Boolean)
                .join(',')
            }
          : {}),
        hpaName: `keda-hpa-${String(meta(so.obj).name)}`,
        conditions: found
          ? [
              cond('Ready', 'True', 'ScaledObjectReady', 'ScaledObject is defined correctly and is ready for scaling'),
              cond('Active', 'False', 'ScalerNotActive', 'Scaling is not performed because triggers are not active'),
              cond('Fallback', 'False', 'NoFallbackFound', 'No fallbacks are active on this scaled object'),
              cond('Paused', 'False', 'ScaledObjectUnpaused', 'ScaledObject is unpaused')
            ]
          : [
              cond('Ready', 'False', 'ScaledObjectCheckFailed', `ScaledObject doesn't have correct scaleTargetRef specification`),
              cond('Active', 'Unknown', '', ''),
              cond('Fallback', 'False', 'NoFallbackFound', 'No fallbacks are active on this scaled object'),
              cond('Paused', 'Unknown', '', '')
            ]
      };
      const next = structuredClone(so.obj);
      next.status = status;
      this.cluster.controllerWrite(so, next, 'keda-operator', 'status');
    }
  }
}
