import path from 'node:path';
import { PROJECT_ROOT } from '@vangrail/config';

/** Repository root and the local state directory `.vangrail/` (git-ignored; delete it to reset). */
export const ROOT = PROJECT_ROOT;
export const STATE_DIR = path.join(ROOT, '.vangrail');
export const PG_DATA_DIR = path.join(STATE_DIR, 'postgres');
export const REDIS_DIR = path.join(STATE_DIR, 'redis');
export const SECRETS_DIR = path.join(STATE_DIR, 'secrets');
export const LOG_DIR = path.join(STATE_DIR, 'logs');
