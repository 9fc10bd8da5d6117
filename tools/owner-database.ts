import { DataSource } from 'typeorm';
import { appConfig } from '@vangrail/config';
import { createDataSource, inTenantTransaction } from '@vangrail/persistence';
import { Tenant } from '@vangrail/tenancy';
import { ENTITIES } from '../apps/entities';

/**
 * The owner connection used by the operator tools (migrations, demo data, audit verification).
 * Row-level security is FORCED for the owner too, so tools set the tenant like the app does.
 */
export async function withOwnerDatabase<T>(work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = await createDataSource(appConfig().databaseUrl, { applicationName: 'vangrail-tools', entities: ENTITIES, poolSize: 2 }).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export const inTenant = inTenantTransaction;

export function allTenants(dataSource: DataSource): Promise<Tenant[]> {
  return dataSource.getRepository(Tenant).find({ order: { slug: 'ASC' } });
}

/** Runs a tool's main function and exits with its code; errors become one line on stderr. */
export function runTool(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      const refused = (error as { code?: string } | null)?.code === 'ECONNREFUSED';
      const message = refused
        ? `PostgreSQL does not answer at ${new URL(appConfig().databaseUrl).host}: start it with \`npm start\` (embedded) or set DATABASE_URL`
        : error instanceof Error
          ? error.message
          : String(error);
      process.stderr.write(`${message}\n`);
      process.exit(1);
    },
  );
}
