import { withOwnerDatabase, runTool } from './owner-database';

/** Runs every pending migration as the owner role, each in its own transaction. */
export async function migrate(): Promise<void> {
  await withOwnerDatabase(async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) process.stdout.write(`migration applied: ${migration.name}\n`);
  });
}

if (require.main === module) runTool(migrate);
