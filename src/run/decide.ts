/**
 * What a run does, decided before its first side effect: what is built, pushed, logged in to,
 * deployed, and with which Azure credential. Pure: inputs, the event's facts and what the runner
 * offers in, a decision out (table-tested in test/unit/run/decide.test.ts).
 */
import type { Config, Mode } from '../config/config.js';
import { effectiveMode, type EventFacts, type Intent } from '../github/intent.js';
import { planImage, type ImagePlan } from '../image/plan.js';
import { planLogin, type LoginPlan } from '../image/login.js';
import { chooseAuth, type AuthChoice } from '../azure/credential.js';
import type { DeployContext } from '../targets/target.js';
import { InputError } from '../util/errors.js';

/** The event's facts, with what git adds: the commit time and the versions already released. */
export interface RunFacts extends EventFacts {
  knownVersions: string[];
}

/** What the runner offers. */
export interface RunEnv {
  /** ACTIONS_ID_TOKEN_REQUEST_URL and _TOKEN are set (the job has `id-token: write`). */
  idTokenAvailable: boolean;
}

export interface RunDecision {
  mode: Mode;
  /** Repository, tags, labels; whether the image is built and pushed. */
  image: ImagePlan;
  /** Log in to the registry before building (a push, or a prebuilt tag whose digest is read). */
  login: boolean;
  /** The registry credential to get: for the login, or for the function app to pull with. */
  credential: LoginPlan;
  /** The Azure credential; undefined: this run makes no Azure call. */
  azure?: AuthChoice;
  /** The target's step; undefined: nothing is deployed (mode build, a fork's function app). cleanup: the previews are cleaned up (mode teardown) or listed (mode plan). */
  target?: { name: Config['target']; mode: DeployContext['mode']; cleanup?: true };
  /** Attest the pushed digest; verify the digest before the target's first write. */
  supply: { attest: boolean; verify: boolean };
}

/** The notice an event gets before anything else, and whether the run ends there. */
export function eventNotice(intent: Intent): { notice: string; stop: boolean } | undefined {
  if (intent.kind === 'skip') return { notice: `Nothing to do: ${intent.reason}.`, stop: true };
  if (intent.kind !== 'fork-pr') return undefined;
  if (intent.closed)
    return { notice: `Pull request #${intent.pr} comes from a fork: no preview was deployed for it, so there is nothing to tear down.`, stop: true };
  return {
    notice: `Pull request #${intent.pr} comes from a fork: the image is built to check it, but not pushed and not deployed (forks get no secrets and no OIDC token).`,
    stop: false
  };
}

export function decideRun(config: Config, facts: RunFacts, env: RunEnv): RunDecision {
  const mode = effectiveMode(config.mode, facts.intent);
  const fork = facts.intent.kind === 'fork-pr';
  // A cleanup builds, pushes and logs in to nothing: for the image it is a teardown.
  const teardown = mode === 'teardown' || config.cleanup !== undefined;
  const image = planImage({
    config,
    facts,
    mode: teardown && mode !== 'plan' ? 'teardown' : mode,
    commitTime: facts.commitTime,
    knownVersions: facts.knownVersions
  });
  const target = decideTarget(config, mode, fork);
  const login = !teardown && (image.push || (image.prebuilt !== undefined && image.prebuilt.digest === undefined));
  // The app pulls with registry credentials it keeps in its settings: they are needed whether or not this run pushes.
  const pullCredential = target !== undefined && !fork && !teardown && config.target !== 'aks' && config.functionapp.registryPull === 'credentials';
  const credential: LoginPlan = login || pullCredential ? planLogin(config) : { kind: 'none', reason: 'nothing is pushed or pulled' };
  const targetNeedsAzure = target !== undefined && !fork && mode !== 'render' && (config.target !== 'aks' || config.aks.clusterName !== undefined);
  if (targetNeedsAzure && !config.azure.subscriptionId) {
    const what = { functionapp: 'function app', containerapp: 'container app', aks: 'cluster' }[config.target];
    throw new InputError(
      'subscription-id',
      `is required with target: ${config.target} (the ${what} is looked up in it).`,
      'Set subscription-id to the subscription of the app.'
    );
  }
  const needsAzure = credential.kind === 'entra' || credential.kind === 'admin' || targetNeedsAzure;
  const azure = needsAzure ? chooseAuth(config.azure, { idTokenAvailable: env.idTokenAvailable }) : undefined;
  return { mode, image, login, credential, azure, target, supply: decideSupplyChain(config, image.push, target, env) };
}

/** Attest what is pushed, verify what a deploy or a plan would deploy; refuse what the job's permissions cannot do. */
function decideSupplyChain(config: Config, push: boolean, target: RunDecision['target'], env: RunEnv): RunDecision['supply'] {
  const attest = config.supply.attest && push;
  const verify = config.supply.verify && (target?.mode === 'deploy' || target?.mode === 'plan') && !target.cleanup;
  if (attest && !env.idTokenAvailable)
    throw new InputError(
      'attest',
      "needs the job's OIDC token to sign with, and this job has none.",
      "Add `id-token: write` (and `attestations: write`) to the job's `permissions:`."
    );
  if ((attest || verify) && !config.githubToken)
    throw new InputError(
      'github-token',
      `is required with ${attest ? 'attest' : 'verify-attestation'}: attestations are stored and read with GitHub's API.`,
      'Leave github-token at its default (${{ github.token }}).'
    );
  return { attest, verify };
}

/** Fork pull requests deploy nothing; for aks their manifests are still rendered and validated. */
function decideTarget(config: Config, mode: Mode, fork: boolean): RunDecision['target'] {
  if (config.cleanup) return { name: config.target, mode: mode === 'plan' ? 'plan' : 'teardown', cleanup: true };
  if (mode === 'build' || (fork && config.target !== 'aks')) return undefined;
  if (mode === 'cleanup') throw new Error('mode cleanup without a cleanup config'); // readConfig always sets it
  return { name: config.target, mode: mode === 'teardown' ? 'teardown' : fork ? 'render' : mode };
}
