/**
 * Where kubectl's credentials come from: KUBECONFIG from the environment (e.g. after
 * azure/aks-set-context), or `cluster-name` + `cluster-resource-group`: the cluster user
 * credentials through ARM, written to a 0600 temp file that the post step removes.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AzureSession } from '../../azure/session.js';
import { armCall, armClientOptions } from '../../azure/arm.js';
import { ActionError } from '../../util/errors.js';
import { secret } from '../../report/mask.js';

export async function kubeconfigFromArm(azure: AzureSession, subscriptionId: string, resourceGroup: string, cluster: string, tmpRoot: string): Promise<string> {
  const { ContainerServiceClient } = await import('@azure/arm-containerservice');
  const client = new ContainerServiceClient(azure.credential, subscriptionId, armClientOptions(azure.cloud));
  const result = await armCall(
    `listClusterUserCredential of AKS cluster ${cluster} in resource group ${resourceGroup}`,
    () => client.managedClusters.listClusterUserCredentials(resourceGroup, cluster),
    {
      hint: (status) =>
        status === 403
          ? 'The identity needs "Azure Kubernetes Service Cluster User Role" on the cluster to read its kubeconfig.'
          : status === 404
            ? 'Check cluster-name, cluster-resource-group and subscription-id.'
            : undefined
    }
  );
  const value = result.kubeconfigs?.[0]?.value;
  if (!value) throw new ActionError(`listClusterUserCredential of ${cluster} returned no kubeconfig.`);
  const text = typeof value === 'string' ? Buffer.from(value, 'base64').toString('utf8') : Buffer.from(value).toString('utf8');
  for (const m of text.matchAll(/^\s*(token|client-key-data|client-certificate-data|password):\s*(\S+)/gm)) secret(m[2]);
  const dir = mkdtempSync(join(tmpRoot, 'kubeconfig-'));
  const path = join(dir, 'config');
  writeFileSync(path, text, { mode: 0o600 });
  return path;
}
