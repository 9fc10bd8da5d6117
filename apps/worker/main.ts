import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { appConfig } from '@vangrail/config';
import { createRootLogger, PinoNestLogger } from '@vangrail/observability';
import { WorkerModule } from './worker.module';

process.env.VANGRAIL_PROCESS = 'worker';

async function main(): Promise<void> {
  const config = appConfig();
  createRootLogger(config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule, { logger: new PinoNestLogger() });
  app.enableShutdownHooks();
}

main().catch((error: unknown) => {
  process.stderr.write(`Vangrail worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
