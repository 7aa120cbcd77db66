/**
 * What every Azure scenario fixture shares: the GitHub OIDC and Entra emulators (one federated
 * client), a fresh ARM emulator per reset, the inputs that sign in through them, and the one view
 * of what ARM was asked to write.
 */
import { startGitHubOidc, type GitHubOidc } from '../emulators/github-oidc.js';
import { startEntra, FEDERATED_AUDIENCE, type Entra } from '../emulators/azure/entra.js';
import { startArm, type ArmEmulator } from '../emulators/azure/arm.js';

export const SUB = '3f1c2a7e-0000-4000-8000-00000000a11e';
export const TENANT = '72f988bf-0000-4000-8000-00000000c0de';
export const CLIENT = '30000000-0000-0000-0000-000000000001';

export interface Identities {
  oidc: GitHubOidc;
  entra: Entra;
}

/** GitHub OIDC + Entra with the federated CLIENT (and more clients, e.g. one with a secret). */
export async function startIdentities(
  oidcLifetimeSeconds: number,
  more: Array<{ tenantId: string; clientId: string; clientSecret: string }> = []
): Promise<Identities> {
  const oidc = await startGitHubOidc({ lifetimeSeconds: oidcLifetimeSeconds });
  const entra = await startEntra({
    trustedIssuers: [{ issuer: oidc.issuer, keys: [oidc.key], audience: FEDERATED_AUDIENCE }],
    clients: [{ tenantId: TENANT, clientId: CLIENT, federated: true }, ...more]
  });
  return { oidc, entra };
}

export abstract class AzureFixture {
  arm!: ArmEmulator;
  protected constructor(
    readonly oidc: GitHubOidc,
    readonly entra: Entra
  ) {}

  /** A fresh ARM emulator (the subclass seeds it). */
  protected async freshArm(): Promise<ArmEmulator> {
    await this.arm?.close();
    this.arm = await startArm({ tokenKeys: [this.entra.key], subscriptionId: SUB, tenantId: TENANT });
    return this.arm;
  }

  /** The inputs that sign in with OIDC through the emulators and reach this ARM. */
  protected signIn(): Record<string, string> {
    return {
      'subscription-id': SUB,
      auth: 'oidc',
      'client-id': CLIENT,
      'tenant-id': TENANT,
      'authority-host': this.entra.authorityHost,
      'arm-endpoint': this.arm.url
    };
  }

  env(): Record<string, string> {
    return this.oidc.env();
  }

  async stop(): Promise<void> {
    await this.arm?.close();
    await this.entra.close();
    await this.oidc.close();
  }
}

/** The successful writes ARM saw: every request but GETs and the POSTs that read (…/list, listCredentials, listSecrets, containerlogs). */
export function armWrites(arm: ArmEmulator) {
  return arm.requests.filter((r) => r.method !== 'GET' && !/\/list$|\/listCredentials$|\/listSecrets$|\/containerlogs$/i.test(r.path) && r.status < 400);
}
