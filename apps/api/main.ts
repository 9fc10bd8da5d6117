import 'reflect-metadata';
import { appConfig } from '@vangrail/config';
import { createRootLogger, startMetricsServer } from '@vangrail/observability';
import { createApiApp } from './bootstrap';

process.env.VANGRAIL_PROCESS = 'api';

async function main(): Promise<void> {
  const config = appConfig();
  const logger = createRootLogger(config.logLevel, { format: config.logFormat, service: 'api' });
  const app = await createApiApp();
  await app.listen(config.port, config.host);
  const metrics = startMetricsServer(config.metrics.apiPort, config.host, config.metrics.token, 'API');
  if (metrics) process.once('SIGTERM', () => metrics.close());
  logger.info({ url: `http://${config.host}:${config.port}/`, graphql: `http://${config.host}:${config.port}/graphql` }, 'Vangrail API and web app listening');
}

main().catch((error: unknown) => {
  process.stderr.write(`Vangrail API failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
