import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { appConfig } from '@vangrail/config';
import { createRootLogger, PinoNestLogger, startMetricsServer } from '@vangrail/observability';
import { WorkerModule } from './worker.module';

process.env.VANGRAIL_PROCESS = 'worker';

async function main(): Promise<void> {
  const config = appConfig();
  createRootLogger(config.logLevel, { format: config.logFormat, service: 'worker' });
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoNestLogger() });
  app.enableShutdownHooks();
  const metrics = startMetricsServer(config.tuning.WORKER_METRICS_PORT, config.host, config.metrics.token, 'worker');
  if (metrics) process.once('SIGTERM', () => metrics.close());
}

main().catch((error: unknown) => {
  process.stderr.write(`Vangrail worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
