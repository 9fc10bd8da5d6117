import type { Feature } from '../shared/navigation';
import { homeFeature } from '../features/home';

/**
 * The features of the signed-in app, in navigation order. A feature lives in src/features/<name>/
 * and exports a Feature from its index.ts; features import src/shared and src/gql, never each other.
 */
export const FEATURES: Feature[] = [homeFeature];
