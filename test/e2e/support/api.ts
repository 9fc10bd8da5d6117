import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import { createRootLogger } from '@vangrail/observability';
import { createApiApp } from '../../../apps/api/bootstrap';

export const E2E_LOG_DIR = path.resolve(__dirname, '..', '..', '..', '.vangrail', 'logs', 'e2e');

export interface RunningApi {
  app: INestApplication;
  url: string;
  logFile: string;
  close(): Promise<void>;
}

/**
 * Starts the real API in-process on a free port, logging at debug level to a file so tests (and
 * the final log scan of `npm test`) can prove that no personal data reaches the logs.
 */
export async function startApi(name: string): Promise<RunningApi> {
  mkdirSync(E2E_LOG_DIR, { recursive: true });
  const logFile = path.join(E2E_LOG_DIR, `${name}.log`);
  createRootLogger('debug', { destination: pino.destination({ dest: logFile, sync: true, append: true }), service: 'api' });
  const app = await createApiApp();
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}`, logFile, close: () => app.close() };
}
