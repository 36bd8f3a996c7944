import { baTaskActivities } from './ba-task';
import { decisionActivities } from './decision';
import type { ActivityDeps } from './deps';
import { eligibilityActivities } from './eligibility';
import { emailActivities } from './email';
import { grantRoleActivities } from './grant-role';
import { linkActivities } from './insats-link';
import { mandateActivities } from './mandate';
import { requestActivities } from './request';

export type { ActivityDeps } from './deps';

/** All activities, built from their dependencies (wired by the worker, or by tests). */
export function createActivities(deps: ActivityDeps) {
  return {
    ...eligibilityActivities(deps),
    ...baTaskActivities(deps),
    ...decisionActivities(deps),
    ...grantRoleActivities(deps),
    ...emailActivities(deps),
    ...requestActivities(deps),
    ...mandateActivities(deps),
    ...linkActivities(deps),
  };
}

/** Every activity; both workflows proxy this set (workflows/activity-options.ts). */
export type OrderActivities = ReturnType<typeof createActivities>;
