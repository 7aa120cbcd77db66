/**
 * A container app (kind functionapp) in the ARM emulator, reached with OIDC through the GitHub and
 * Entra emulators: what the containerapp scenario tests deploy to. The app has a function
 * container and a sidecar, an env var, a secret-referenced var, a registry entry by user-assigned
 * identity, and one ready revision `v1` serving 100 % (pinned by name in multiple mode).
 */
import { AzureFixture, CLIENT, SUB, TENANT, armWrites, startIdentities } from './azure-fixture.js';

export { CLIENT, SUB, TENANT, armWrites };
export const RG = 'rg-orders';
export const ENV = 'cae-orders';
export const APP = 'func-orders';
export const DOMAIN = 'happy-river-0a1b2c3d.westeurope.azurecontainerapps.io';
export const UAMI = `/subscriptions/${SUB}/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/orders-pull`;
export const UAMI_IDS = { principalId: '11111111-1111-4111-8111-111111111111', clientId: '22222222-2222-4222-8222-222222222222' };
export const REGISTRY = process.env.LOCAL_REGISTRY ?? '127.0.0.1:5000';
export const OLD = `${REGISTRY}/orders@sha256:${'a'.repeat(64)}`;
export const NEW = `${REGISTRY}/orders@sha256:${'d'.repeat(64)}`;
export const STORAGE = 'DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=c3RvcmFnZS1rZXktY2E=';
export const SIDECAR = 'mcr.microsoft.com/oss/envoyproxy/envoy:v1.30';

export interface CaSeed {
  mode?: 'Single' | 'Multiple';
  kind?: string;
}

export class ContainerAppFixture extends AzureFixture {
  static async start(): Promise<ContainerAppFixture> {
    const { oidc, entra } = await startIdentities(300);
    const fx = new ContainerAppFixture(oidc, entra);
    await fx.reset();
    return fx;
  }

  async reset(seed: CaSeed = {}): Promise<void> {
    await this.freshArm();
    const esc = REGISTRY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.arm.addImage(new RegExp(`^${esc}/orders@sha256:([a-e])\\1{63}$`));
    this.arm.addImage(SIDECAR);
    this.arm.setRegistryAccess(REGISTRY, { pullPrincipals: [UAMI_IDS.principalId] });
    this.arm.addManagedEnvironment({ resourceGroup: RG, name: ENV, defaultDomain: DOMAIN });
    const mode = seed.mode ?? 'Multiple';
    this.arm.addContainerApp({
      resourceGroup: RG,
      name: APP,
      environment: ENV,
      kind: seed.kind,
      identity: { userAssigned: { [UAMI]: UAMI_IDS } },
      registries: [{ server: REGISTRY, identity: UAMI }],
      secrets: [{ name: 'storage-conn', value: STORAGE }],
      image: OLD,
      env: [
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'node' },
        { name: 'FEATURE_X', value: 'on' },
        { name: 'AzureWebJobsStorage', secretRef: 'storage-conn' }
      ],
      activeRevisionsMode: mode,
      ingress: mode === 'Multiple' ? { traffic: [{ revisionName: `${APP}--v1`, weight: 100 }] } : undefined,
      revisions: [{ suffix: 'v1' }]
    });
    // A sidecar the user did not name: seeded into the stored template (the emulator seeds one container).
    const doc = this.arm.state.containerApp(RG, APP)!;
    const tpl = (doc.doc.properties as { template: { containers: unknown[] } }).template;
    tpl.containers.push({ name: 'proxy', image: SIDECAR, env: [{ name: 'PROXY_PORT', value: '9000' }] });
    doc.revisions[doc.revisions.length - 1].template = structuredClone(tpl) as never;
  }

  inputs(extra: Record<string, string> = {}): Record<string, string> {
    return {
      target: 'containerapp',
      registry: REGISTRY,
      image: NEW,
      'app-name': APP,
      'resource-group': RG,
      ...this.signIn(),
      ...extra
    };
  }
}
