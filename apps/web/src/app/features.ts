import type { Feature } from '../shared/navigation';
import { actionItemsFeature } from '../features/action-items';
import { caseTablesFeature } from '../features/case-tables';
import { homeFeature } from '../features/home';
import { inboxFeature } from '../features/inbox';
import { meetingsFeature } from '../features/meetings';
import { signalsFeature } from '../features/signals';

/**
 * The features of the signed-in app, in navigation order. A feature lives in src/features/<name>/
 * and exports a Feature from its index.ts; features import src/shared and src/gql, never each other.
 */
export const FEATURES: Feature[] = [homeFeature, signalsFeature, inboxFeature, caseTablesFeature, meetingsFeature, actionItemsFeature];
