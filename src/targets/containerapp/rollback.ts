/**
 * Puts back what this run changed: the app's configuration and traffic exactly as read before the
 * deploy (one PUT of the app as it was, secret values included), then the new revision is
 * deactivated so it takes no traffic and no label. No revision is ever deleted. The template is
 * written back too; when it differs from the app's current template a copy of the old template
 * would need a new revision name, so the old one's template gets a rollback suffix.
 */
import { revisionSuffix, stable } from './plan.js';
import type { Execution, Progress } from './execution.js';

async function step(restored: string[], done: string, failed: string, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
    restored.push(done);
  } catch (e) {
    restored.push(`${failed} FAILED: ${(e as Error).message.split('\n')[0]}`);
  }
}

export async function rollback(x: Execution, progress: Progress, _cause: unknown): Promise<string[]> {
  const { plan, svc } = x;
  const restored: string[] = [];
  if (!progress.written && !progress.traffic) return restored;
  const before = plan.before;
  const now = await svc.app(plan.resourceGroup, plan.appName).catch(() => undefined);
  let doc = before;
  if (plan.revisionCreated && now && stable(now.template) !== stable(before.template)) {
    // Writing the old template back creates a revision (Azure names revisions once): the same template under a rollback suffix.
    const names = await svc.revisions(plan.resourceGroup, plan.appName).catch(() => [] as string[]);
    const t = { ...before.template };
    delete t.revisionSuffix;
    const suffix = `rb-${revisionSuffix(plan.appName, plan.image.before ?? '', t, names)}`.slice(0, 40).replace(/-+$/, '');
    doc = { ...before, template: { ...before.template, revisionSuffix: suffix } };
  }
  await step(
    restored,
    `the configuration and traffic of ${plan.appName} as before (${plan.productionBefore.join(', ') || 'the previous revision'} serving production)`,
    `restoring container app ${plan.appName}`,
    () => svc.put(plan.resourceGroup, plan.appName, doc, x.pollMs, 'Roll back')
  );
  if (plan.revisionCreated && plan.mode === 'Multiple')
    await step(restored, `revision ${plan.revision} deactivated (kept, not deleted)`, `deactivating ${plan.revision}`, () =>
      svc.deactivate(plan.resourceGroup, plan.appName, plan.revision)
    );
  return restored;
}
