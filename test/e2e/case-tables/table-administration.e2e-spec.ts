import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { auditEventsFor } from '../support/database';
import { errorCode } from '../support/graphql';
import { callAs, DEMO_TABLE, demoUserId, okAs } from '../support/case-tables';

const CREATE = `mutation($input: CreateCaseTableInput!) { createCaseTable(input: $input) { id name purposes retentionMonths visibility { discipline categories } members { id } meetings { id } } }`;
const ADD_MEMBER = `mutation($input: AddMemberInput!) { addMember(input: $input) { id role current user { displayName } } }`;
const REMOVE_MEMBER = `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { role current validUntil } }`;

describe('Case-table administration: the functional administrator manages tables and members, and sees no case content', () => {
  let api: RunningApi;
  const name = `Casustafel Zorg en Veiligheid ${Date.now()}`;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('case-tables-administration');
  });
  afterAll(() => api.close());

  it('creates a table with the default visibility, narrowed where asked, and refuses widening that is not explicit', async () => {
    const narrowed = await okAs(api.url, 'beheer.jan', 'BEHEER', CREATE, {
      input: {
        name,
        kind: 'ZORG_EN_VEILIGHEID',
        legalBasis: 'Convenant Zorg- en Veiligheidshuis, art. 7',
        retentionMonths: 36,
        visibility: [{ discipline: 'PW', categories: ['IDENTIFICATIE', 'ADRES'] }],
      },
    });
    const table = narrowed.createCaseTable;
    expect(table).toMatchObject({ name, purposes: ['CASUSOVERLEG', 'PLANUITVOERING'], retentionMonths: 36, members: [], meetings: null });
    expect(table.visibility).toEqual(
      expect.arrayContaining([
        { discipline: 'PW', categories: ['IDENTIFICATIE', 'ADRES'] },
        { discipline: 'BWT', categories: ['IDENTIFICATIE', 'ADRES', 'WONEN'] },
      ]),
    );

    const widened = await callAs(api.url, 'beheer.jan', 'BEHEER', CREATE, {
      input: { name: `${name} II`, kind: 'SOCIAAL', legalBasis: 'Convenant', visibility: [{ discipline: 'BWT', categories: ['WONEN', 'GEZONDHEID'] }] },
    });
    expect(widened.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.visibility.0.categories' });
    expect(widened.errors![0].message).toContain('BWT does not see health by default');

    const duplicate = await callAs(api.url, 'beheer.jan', 'BEHEER', CREATE, { input: { name, kind: 'SOCIAAL', legalBasis: 'Convenant' } });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(errorCode(await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', CREATE, { input: { name: 'x y z', kind: 'SOCIAAL', legalBasis: 'Convenant' } }))).toBe(
      'PURPOSE_NOT_PERMITTED',
    );
  });

  it('adds and removes members, keeping a removed membership as history, and records each change', async () => {
    const table = (await okAs(api.url, 'beheer.jan', 'BEHEER', CREATE, { input: { name: `${name} III`, kind: 'SOCIAAL', legalBasis: 'Convenant Sociaal Domein, art. 3' } }))
      .createCaseTable;
    const added = await callAs(api.url, 'beheer.jan', 'BEHEER', ADD_MEMBER, { input: { caseTableId: table.id, userId: demoUserId('pw.dewi'), role: 'MEMBER' } });
    expect(added.data?.addMember).toMatchObject({ role: 'MEMBER', current: true, user: { displayName: 'Dewi Sociale recherche' } });
    expect(await auditEventsFor(added.requestId)).toEqual([
      expect.objectContaining({ action: 'CREATE', outcome: 'ALLOWED', purpose: 'BEHEER', resource_type: 'CaseTableMember', resource_id: added.data?.addMember.id }),
    ]);
    const twice = await callAs(api.url, 'beheer.jan', 'BEHEER', ADD_MEMBER, { input: { caseTableId: table.id, userId: demoUserId('pw.dewi'), role: 'MEMBER' } });
    expect(errorCode(twice)).toBe('CONFLICT');
    const notProfessional = await callAs(api.url, 'beheer.jan', 'BEHEER', ADD_MEMBER, { input: { caseTableId: table.id, userId: demoUserId('privacy.ivo'), role: 'MEMBER' } });
    expect(notProfessional.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.userId' });
    const badId = await callAs(api.url, 'beheer.jan', 'BEHEER', ADD_MEMBER, { input: { caseTableId: 'abc', userId: demoUserId('pw.dewi'), role: 'MEMBER' } });
    expect(badId.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.caseTableId' });

    const removed = await okAs(api.url, 'beheer.jan', 'BEHEER', REMOVE_MEMBER, { input: { caseTableId: table.id, userId: demoUserId('pw.dewi') } });
    expect(removed.removeMember).toMatchObject({ role: 'MEMBER', current: false, validUntil: expect.any(String) });
    const dewiTables = (await okAs(api.url, 'pw.dewi', 'CASUSOVERLEG', `{ caseTables { id } }`)).caseTables.map((t: any) => t.id);
    expect(dewiTables).toEqual([DEMO_TABLE]);
  });

  it('lets the chair invite guests to her own table but not add members', async () => {
    const member = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', ADD_MEMBER, {
      input: { caseTableId: DEMO_TABLE, userId: demoUserId('wijkteam.anna'), role: 'MEMBER' },
    });
    expect(errorCode(member)).toBe('FORBIDDEN');
    const byMember = await callAs(api.url, 'wmo.bram', 'CASUSOVERLEG', ADD_MEMBER, { input: { caseTableId: DEMO_TABLE, userId: demoUserId('analist.kim'), role: 'GUEST' } });
    expect(errorCode(byMember)).toBe('FORBIDDEN');
  });

  it('lists every table for administration, without meetings, and only their own tables to members', async () => {
    const all = (await okAs(api.url, 'beheer.jan', 'BEHEER', `{ caseTables { name meetings { id } } }`)).caseTables;
    expect(all.map((t: any) => t.name)).toEqual(expect.arrayContaining(['Integrale casustafel Demodam', name]));
    expect(all.every((t: any) => t.meetings === null)).toBe(true);
    const fleur = (await okAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', `{ caseTables { name myRole } }`)).caseTables;
    expect(fleur).toEqual([{ name: 'Integrale casustafel Demodam', myRole: 'MEMBER' }]);
  });
});
