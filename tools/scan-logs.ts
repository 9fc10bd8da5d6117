import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '@vangrail/config';
import { DEMO_BSNS, DEMO_TENANTS } from './demo-data';
import { runTool } from './owner-database';

const LOG_ROOT = path.join(PROJECT_ROOT, '.vangrail', 'logs', 'e2e');

/** BSNs the test suites submit besides the demo data (valid and deliberately invalid ones). */
const TEST_BSNS = ['999990111', '999990018', '123456789'];
/** The person the e2e suites register cases about (test/e2e/support/case-tables.ts), and where she lives. */
const TEST_PEOPLE = ['Marieke Proefpersoon', '1981-05-17', 'Casusstraat'];

function files(dir: string): string[] {
  try {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? files(full) : [full];
    });
  } catch {
    return [];
  }
}

/**
 * `npm run test:logs`: after the e2e run, every log line the API and the worker wrote (at debug
 * level; the browser tests' compiled API and worker too) is searched for the BSNs, names, dates of
 * birth and addresses (street, postcode) of the test data. Any hit fails the test run.
 */
async function main(): Promise<number> {
  const people = DEMO_TENANTS.flatMap((tenant) => Object.values(tenant.subjects).flatMap((s) => (s.person ? [s.person] : [])));
  const names = people.map((person) => person.name);
  const births = people.flatMap((person) => (person.dateOfBirth ? [person.dateOfBirth] : []));
  const addresses = DEMO_TENANTS.flatMap((tenant) =>
    Object.values(tenant.subjects).flatMap((s) => {
      const address = s.person?.address ?? s.address;
      return address ? [address.street, address.postcode] : [];
    }),
  );
  const needles = [...new Set([...DEMO_BSNS, ...TEST_BSNS, ...names, ...births, ...addresses, ...TEST_PEOPLE].filter((needle): needle is string => !!needle))];
  const logs = files(LOG_ROOT);
  if (logs.length === 0) {
    process.stderr.write(`no e2e logs found in ${LOG_ROOT}; run the e2e tests first\n`);
    return 1;
  }
  let lines = 0;
  const hits: string[] = [];
  for (const file of logs) {
    const content = readFileSync(file, 'utf8');
    lines += content.split('\n').length;
    for (const needle of needles) if (content.includes(needle)) hits.push(`${path.basename(file)} contains test data "${needle.slice(0, 3)}…"`);
  }
  if (hits.length) {
    process.stderr.write(`Personal data found in logs:\n${hits.join('\n')}\n`);
    return 1;
  }
  process.stdout.write(`logs clean: ${logs.length} files, ${lines} lines, no BSN, name, date of birth or address of the test data\n`);
  return 0;
}

runTool(main);
