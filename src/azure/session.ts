/** An Azure sign-in of this run: the cloud, how the credential was chosen, and the credential. */
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from './clouds.js';
import type { AuthChoice } from './credential.js';

export interface AzureSession {
  cloud: Cloud;
  choice: AuthChoice;
  credential: TokenCredential;
}
