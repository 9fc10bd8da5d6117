import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { issueDevToken } from '@vangrail/auth';
import { appConfig } from '@vangrail/config';
import { tenantCreate } from '../../../tools/tenant-create';
import { usersImport } from '../../../tools/users-import';
import { startApi, RunningApi } from '../support/api';
import { errorCode, graphql } from '../support/graphql';

const SLUG = `zuidhaven-${Date.now().toString(36)}`;
const HEADER = 'username,oidc_subject,display_name,discipline,roles,organisation,contact,valid_from,valid_until';
const DISCIPLINES = ['WMO', 'JEUGD', 'PW', 'WIJKTEAM', 'BRP', 'BWT', 'OOV'];

/** 50 lines: 47 good users (one of them expired, one a functional administrator) and 3 bad lines. */
function userCsv(): string {
  const lines = [HEADER];
  for (let i = 1; i <= 47; i += 1) {
    const discipline = DISCIPLINES[i % DISCIPLINES.length];
    const roles = i === 1 ? 'FUNCTIONAL_ADMINISTRATOR' : i % 2 ? 'PROFESSIONAL;INSPECTOR' : 'PROFESSIONAL';
    const validUntil = i === 2 ? '2020-12-31' : '';
    lines.push(`user.${i},idp-${i},Medewerker ${i},${i === 1 ? '' : discipline},${roles},Gemeente Zuidhaven,14 0888,,${validUntil}`);
  }
  lines.splice(11, 0, 'bad.discipline,idp-x1,Foute Discipline,POLITIE,PROFESSIONAL,Politie,,,');
  lines.splice(21, 0, 'bad.date,idp-x2,Foute Datum,WMO,PROFESSIONAL,Gemeente Zuidhaven,,2026-02-30,');
  lines.splice(31, 0, 'user.5,idp-x3,Dubbele Naam,WMO,PROFESSIONAL,Gemeente Zuidhaven,,,');
  return `${lines.join('\n')}\n`;
}

describe('Real tenants and users: tenant:create and users:import', () => {
  let api: RunningApi;
  let csvFile: string;
  const output: string[] = [];
  const write = (line: string) => void output.push(line);
  const tokenOf = (subject: string) => issueDevToken(appConfig(), { tenantSlug: SLUG, subject });

  beforeAll(async () => {
    csvFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'vangrail-users-')), 'users.csv');
    writeFileSync(csvFile, userCsv());
    api = await startApi('tenant-administration');
  });
  afterAll(() => api.close());

  it('creates a tenant once; a second run changes nothing', async () => {
    expect(await tenantCreate([SLUG, 'Gemeente Zuidhaven'], write)).toBe(0);
    expect(output.pop()).toMatch(new RegExp(`^tenant created: ${SLUG} \\(Gemeente Zuidhaven\\)`));
    expect(await tenantCreate([SLUG, 'Gemeente Zuidhaven'], write)).toBe(0);
    expect(output.pop()).toContain('exists already');
    expect(await tenantCreate(['Zuid Haven!', 'x'], write).catch((error: Error) => error.message)).toContain('not a valid tenant slug');
  });

  it('imports the good lines of a 50-line file, reports the three bad ones by line and stores nothing of them', async () => {
    output.length = 0;
    const first = await usersImport([csvFile, '--tenant', SLUG], write);
    expect(first.code).toBe(1);
    expect(first.summary).toEqual({ created: 47, updated: 0, unchanged: 0, rejected: 3 });
    const reported = output.filter((line) => line.startsWith('line '));
    expect(reported).toEqual([
      expect.stringMatching(/^line 12, discipline: "POLITIE" is not a discipline .* \/ regel 12, discipline: "POLITIE" is geen discipline/),
      expect.stringMatching(/^line 22, valid_from: "2026-02-30" is not a date/),
      expect.stringMatching(/^line 32, username: "user.5" was already given on line 6/),
    ]);
    for (const subject of ['idp-x1', 'idp-x2', 'idp-x3']) {
      expect(errorCode(await graphql(api.url, { query: '{ me { username } }', token: await tokenOf(subject) }))).toBe('UNAUTHENTICATED');
    }
    const again = await usersImport([csvFile, '--tenant', SLUG], write);
    expect(again.summary).toEqual({ created: 0, updated: 0, unchanged: 47, rejected: 3 });
  });

  it('gives the imported users working sign-ins with their discipline, and refuses an expired account', async () => {
    const me = await graphql(api.url, { query: '{ me { username discipline roles tenant } }', token: await tokenOf('idp-3') });
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toEqual({ username: 'user.3', discipline: DISCIPLINES[3], roles: ['PROFESSIONAL', 'INSPECTOR'], tenant: SLUG });
    const expired = await graphql(api.url, { query: '{ me { username } }', token: await tokenOf('idp-2') });
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    expect(expired.errors![0].message).toContain('this account has expired');
  });

  it('comes with the default routing rules of DOMAIN.md §5, which the tenant’s administrator can read', async () => {
    const rules = await graphql(api.url, { query: '{ routingRules { ruleKey version } }', token: await tokenOf('idp-1'), purpose: 'BEHEER' });
    expect(rules.errors).toBeUndefined();
    expect(rules.data!.routingRules).toEqual(expect.arrayContaining([{ ruleKey: 'ONDERMIJNING-OOV', version: 1 }]));
    expect(rules.data!.routingRules.length).toBeGreaterThan(10);
  });
});
