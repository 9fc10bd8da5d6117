import path from 'node:path';
import { DataSource, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * One factory for every connection the platform opens. `synchronize` is never on: the schema is
 * what migrations/ says it is.
 */
export function createDataSource(url: string, options: {
    applicationName: string;
    // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
    entities: (Function | EntitySchema)[];
    poolSize?: number;
  },): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: options.entities,
    migrations: [path.join(ROOT, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migration',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: false,
    applicationName: options.applicationName,
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: 5000, statement_timeout: 15000 },
  });
}
