import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parseUserCsv, Tenant, User, USER_CSV_COLUMNS } from '@vangrail/tenancy';
import { inTenant, runTool, withOwnerDatabase } from './owner-database';

const USAGE = `usage: npm run users:import -- <file.csv> [--tenant <slug>]   (--tenant may be left out when there is one tenant)
  columns (header row): ${USER_CSV_COLUMNS.join(', ')}
  required: username, oidc_subject, display_name, roles, organisation; roles separated by ; or |; dates YYYY-MM-DD`;

export interface ImportSummary {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/**
 * `npm run users:import -- <file.csv> [--tenant <slug>]`: creates or updates the users of a tenant by
 * username. Every line is checked first; bad lines are reported with their line number and are
 * not stored, the good lines are stored together in one transaction (all or nothing). Repeating an
 * import changes nothing. Exit code 1 when any line was rejected.
 */
export async function usersImport(args: string[], write: (line: string) => void = (line) => process.stdout.write(line)): Promise<{ code: number; summary?: ImportSummary }> {
  const flag = args.indexOf('--tenant');
  const slug = flag >= 0 ? args[flag + 1] : undefined;
  const [file, ...rest] = args.filter((_, i) => flag < 0 || (i !== flag && i !== flag + 1));
  if (!file || rest.length || (flag >= 0 && !slug)) {
    process.stderr.write(`${USAGE}\n`);
    return { code: 2 };
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    write(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return { code: 1 };
  }
  const { users, problems } = parseUserCsv(text);
  for (const problem of problems) write(`line ${problem.line}, ${problem.column}: ${problem.message} / regel ${problem.line}, ${problem.column}: ${problem.messageNl}\n`);

  return withOwnerDatabase(async (dataSource) => {
    const tenants = await dataSource.getRepository(Tenant).find({ order: { slug: 'ASC' } });
    const tenant = slug ? tenants.find((t) => t.slug === slug) : tenants.length === 1 ? tenants[0] : undefined;
    if (!tenant) {
      write(slug ? `no tenant "${slug}": create it first with npm run tenant:create -- ${slug} "<name>"\n` : `name the tenant with --tenant <slug> (tenants: ${tenants.map((t) => t.slug).join(', ') || 'none yet'})\n`);
      return { code: 1 };
    }
    const summary = await inTenant(dataSource, tenant.id, async (manager) => {
      const repository = manager.getRepository(User);
      const existing = new Map((await repository.findBy({ tenantId: tenant.id })).map((user) => [user.username, user]));
      const bySubject = new Map([...existing.values()].map((user) => [user.oidcSubject, user.username]));
      const counts: ImportSummary = { created: 0, updated: 0, unchanged: 0, rejected: new Set(problems.map((p) => p.line)).size };
      const rows: User[] = [];
      for (const user of users) {
        const holder = bySubject.get(user.oidcSubject);
        if (holder && holder !== user.username) {
          write(`line ${user.line}, oidc_subject: already belongs to user ${holder} / regel ${user.line}, oidc_subject: hoort al bij gebruiker ${holder}\n`);
          counts.rejected += 1;
          continue;
        }
        const before = existing.get(user.username);
        const fields = {
          oidcSubject: user.oidcSubject,
          displayName: user.displayName,
          discipline: user.discipline,
          roles: user.roles,
          organisation: user.organisation,
          contact: user.contact,
          validFrom: user.validFrom,
          validUntil: user.validUntil,
        };
        if (before && sameUser(before, fields)) {
          counts.unchanged += 1;
          continue;
        }
        counts[before ? 'updated' : 'created'] += 1;
        rows.push(Object.assign(before ?? Object.assign(new User(), { tenantId: tenant.id, id: randomUUID(), username: user.username, disabledAt: null }), fields));
      }
      if (rows.length) await repository.save(rows, { chunk: 200 });
      return counts;
    });
    write(`users of ${tenant.slug}: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} lines rejected\n`);
    return { code: summary.rejected ? 1 : 0, summary };
  });
}

function sameUser(user: User, fields: Partial<User>): boolean {
  return Object.entries(fields).every(([key, value]) => JSON.stringify(user[key as keyof User]) === JSON.stringify(value));
}

if (require.main === module) runTool(async () => (await usersImport(process.argv.slice(2))).code);
