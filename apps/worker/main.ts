import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { appConfig } from '@vangrail/config';
import { createRootLogger, PinoNestLogger } from '@vangrail/observability';
import { startWorkerMetrics } from './metrics-server';
import { WorkerModule } from './worker.module';

process.env.VANGRAIL_PROCESS = 'worker';

async function main(): Promise<void> {
  const config = appConfig();
  createRootLogger(config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoNestLogger() });
  app.enableShutdownHooks();
  const metrics = startWorkerMetrics(Number(process.env.WORKER_METRICS_PORT ?? 9464), config.host);
  if (metrics) process.once('SIGTERM', () => metrics.close());
}

main().catch((error: unknown) => {
  process.stderr.write(`Vangrail worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
