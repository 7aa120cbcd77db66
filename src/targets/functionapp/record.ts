/**
 * Writes the deploy record on the slot deployed to, after the deploy was verified: the settings and
 * site config read back then, so the record describes what is live (not what was meant). A record
 * that cannot be written is a warning: the deploy is live and verified, and undoing it for a tag
 * would be worse; the next deploy then compares with the previous record.
 */
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import { compareWithRecord, hasDrift, recordOf } from '../../drift/record.js';
import { recordFromTags, recordTags } from '../../drift/tags.js';
import { appliedItems } from './drift.js';
import { pullConfig } from './preflight.js';
import { where, type Execution, type Progress } from './execution.js';

export async function writeRecord(x: Execution, progress: Progress): Promise<void> {
  const { plan, svc } = x;
  if (plan.drift.state === 'not-covered') return;
  const at = `${where(plan.slot)} of ${plan.app.name}`;
  try {
    const [settings, config] = await Promise.all([svc.settings(plan.app, plan.slot), svc.config(plan.app, plan.slot)]);
    const live = appliedItems(settings, pullConfig(config));
    const same = compareWithRecord(recordFromTags(plan.tagsBefore), live);
    if (same.state === 'compared' && !hasDrift(same.drift)) {
      progress.recorded = true;
      core.info(`The deploy record on ${at} still describes what is live; not rewritten.`);
      return;
    }
    const tags = recordTags(recordOf(live, randomBytes(6).toString('base64url')), plan.tagsBefore);
    if (!tags.ok) {
      core.warning(`No deploy record was written on ${at}: ${tags.why}. The next deploy cannot show what was changed outside the action.`);
      return;
    }
    await svc.updateTags(plan.app, plan.slot, 'Merge', tags.tags);
    if (tags.stale.length) await svc.updateTags(plan.app, plan.slot, 'Delete', Object.fromEntries(tags.stale.map((n) => [n, plan.tagsBefore[n]])));
    progress.recorded = true;
    core.info(`Deploy record written on ${at} (tags ${Object.keys(tags.tags).join(', ')}: salted hashes of setting names and values, no value in clear).`);
  } catch (e) {
    core.warning(
      `The deploy is live and verified, but its record could not be written on ${at}: ${(e as Error).message.split('\n')[0]} The next deploy compares with the previous record and may list this deploy's own changes as drift.`
    );
  }
}
