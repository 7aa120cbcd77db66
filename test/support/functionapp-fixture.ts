/**
 * A function app in the ARM emulator, reached with OIDC through the GitHub and Entra emulators:
 * what the functionapp scenario tests and the GitHub-report tests deploy to.
 */
import type { ImageSpec, RegistryAccess, SiteSpec } from '../emulators/azure/arm.js';
import { AzureFixture, CLIENT, SUB, TENANT, armWrites, startIdentities } from './azure-fixture.js';

export { CLIENT, SUB, TENANT, armWrites };
/** A service principal with a secret: what `az login --service-principal` would be logged in as. */
export const CLI_CLIENT = '30000000-0000-0000-0000-000000000002';
export const CLI_SECRET = 'Cli-Principal-Secret-6d2a90';
export const RG = 'rg-orders';
export const APP = 'func-orders';
export const UAMI = `/subscriptions/${SUB}/resourceGroups/rg-identity/providers/Microsoft.ManagedIdentity/userAssignedIdentities/orders-pull`;
export const UAMI_IDS = { principalId: '11111111-1111-4111-8111-111111111111', clientId: '22222222-2222-4222-8222-222222222222' };
export const REGISTRY = process.env.LOCAL_REGISTRY ?? '127.0.0.1:5000';
export const D_OLD = `sha256:${'a'.repeat(64)}`;
export const D_NEW = `sha256:${'d'.repeat(64)}`;
export const OLD = `${REGISTRY}/orders@${D_OLD}`;
export const NEW = `${REGISTRY}/orders@${D_NEW}`;
export const STORAGE = 'DefaultEndpointsProtocol=https;AccountName=orders;AccountKey=c3RvcmFnZS1rZXk=';

/** The registry's catalogue in the seeded world (see FunctionAppFixture.seed): digests of one repeated hex char a-e. */
export const CATALOGUED_DIGEST = /^sha256:([a-e])\1{63}$/;
/** A digest the registry does not hold ("manifest unknown"). */
export const D_UNKNOWN = `sha256:${'f'.repeat(64)}`;

export interface SeedOptions {
  kind?: string;
  plan?: string;
  slots?: Record<string, unknown>;
  /** Merged over the seeded production site (e.g. virtualNetworkSubnetId, managedEnvironmentId, container). */
  productionSite?: Partial<SiteSpec>;
  /** Same as productionSite (both are accepted; productionSite wins on conflicts). */
  production?: Partial<SiteSpec>;
  /** Access rules of REGISTRY (default: AcrPull for the UAMI's principal only); null: anonymous pulls. */
  registryAccess?: RegistryAccess | null;
  /** More catalogue entries, added last (so they win over the defaults, e.g. NEW with behaviour 'crash'). */
  images?: Array<{ ref: string | RegExp; spec?: ImageSpec }>;
}

export class FunctionAppFixture extends AzureFixture {
  static async start(oidcLifetimeSeconds = 2): Promise<FunctionAppFixture> {
    const { oidc, entra } = await startIdentities(oidcLifetimeSeconds, [{ tenantId: TENANT, clientId: CLI_CLIENT, clientSecret: CLI_SECRET }]);
    const fx = new FunctionAppFixture(oidc, entra);
    await fx.reset();
    return fx;
  }

  /** A fresh ARM emulator with the app seeded. */
  async reset(seed: SeedOptions = {}): Promise<void> {
    await this.freshArm();
    this.seed(seed);
  }

  /**
   * The registry as App Service's pull sees it: OLD and NEW, any `orders@sha256:<one hex char a-e × 64>` digest and
   * any `orders:sha-<hex>` tag (what the scenario tests deploy), pullable by the UAMI only. The seeded sites already
   * run OLD (ready). WEBSITES_CONTAINER_START_TIME_LIMIT is not seeded (App Service's 230 s): tests set it.
   */
  private seed(over: SeedOptions): void {
    const esc = REGISTRY.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    this.arm.addImage(new RegExp(`^${esc}/orders@sha256:([a-e])\\1{63}$`), { functions: ['HttpTrigger'] });
    this.arm.addImage(new RegExp(`^${esc}/orders:sha-[0-9a-f]{7,40}$`), { functions: ['HttpTrigger'] });
    this.arm.addImage(OLD, { functions: ['HttpTrigger'] });
    this.arm.addImage(NEW, { functions: ['HttpTrigger'] });
    for (const i of over.images ?? []) this.arm.addImage(i.ref, i.spec);
    if (over.registryAccess !== null) this.arm.setRegistryAccess(REGISTRY, over.registryAccess ?? { pullPrincipals: [UAMI_IDS.principalId] });
    const prod: Partial<SiteSpec> = { ...(over.production ?? {}), ...(over.productionSite ?? {}) };
    this.arm.addFunctionApp({
      resourceGroup: RG,
      name: APP,
      kind: over.kind ?? 'functionapp,linux,container',
      plan: over.plan ?? 'EP1',
      ...prod,
      identity: prod.identity ?? { userAssigned: { [UAMI]: UAMI_IDS } },
      siteConfig: {
        linuxFxVersion: `DOCKER|${OLD}`,
        acrUseManagedIdentityCreds: true,
        acrUserManagedIdentityID: UAMI_IDS.clientId,
        ...(prod.siteConfig ?? {})
      },
      appSettings: prod.appSettings ?? {
        FUNCTIONS_EXTENSION_VERSION: '~4',
        WEBSITES_ENABLE_APP_SERVICE_STORAGE: 'false',
        AzureWebJobsStorage: STORAGE,
        WEBSITE_CONTENTAZUREFILECONNECTIONSTRING: STORAGE,
        WEBSITE_CONTENTSHARE: 'func-orders-1a2b3c',
        FEATURE_X: 'prod-value',
        SLOT_NAME: 'production'
      },
      slotConfigNames: { appSettingNames: ['SLOT_NAME'] },
      slots: (over.slots ?? {
        staging: {
          identity: { userAssigned: { [UAMI]: UAMI_IDS } },
          siteConfig: { linuxFxVersion: `DOCKER|${OLD}`, acrUseManagedIdentityCreds: true, acrUserManagedIdentityID: UAMI_IDS.clientId },
          appSettings: { FUNCTIONS_EXTENSION_VERSION: '~4', AzureWebJobsStorage: STORAGE, FEATURE_X: 'staging-value', SLOT_NAME: 'staging' }
        }
      }) as never
    });
  }

  /** Inputs of a deploy of the prebuilt NEW digest to the app, with OIDC. */
  inputs(extra: Record<string, string> = {}): Record<string, string> {
    return {
      target: 'functionapp',
      registry: REGISTRY,
      image: NEW,
      'app-name': APP,
      'resource-group': RG,
      ...this.signIn(),
      'pull-identity-client-id': UAMI_IDS.clientId,
      ...extra
    };
  }
}
