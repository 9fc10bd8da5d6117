import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { callAs, DEMO_TABLE, demoUserId, okAs, registerCase } from '../support/case-tables';
import { errorCode } from '../support/graphql';

const ADD_ACTION_ITEM = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id owner { displayName } } }`;
const COMPLETE = `mutation($input: CompleteActionItemInput!) { completeActionItem(input: $input) { status statusLabel result } }`;
const POSTPONE = `mutation($input: PostponeActionItemInput!) { postponeActionItem(input: $input) { dueAt postponements { fromDueAt toDueAt reason postponedBy { displayName } } } }`;
const REASSIGN = `mutation($input: ReassignActionItemsInput!) { reassignActionItems(input: $input) { count caseReferences } }`;
const REMOVE = `mutation($input: RemoveCaseParticipantInput!) { removeCaseParticipant(input: $input) { participatingDisciplines } }`;
const TIMELINE = `query($id: ID!) { caseTimeline(caseId: $id) { kind descriptionNl } }`;

const inDays = (days: number): string => new Date(Date.now() + days * 24 * 3600_000).toISOString();

async function addItem(url: string, caseId: string, owner: string, description: string, days = 7): Promise<string> {
  const data = await okAs(url, 'voorzitter.hanna', 'CASUSOVERLEG', ADD_ACTION_ITEM, {
    input: { caseId, description, category: 'WONEN', ownerUserId: demoUserId(owner), dueAt: inDays(days) },
  });
  return data.addActionItem.id;
}

describe('Work on a running case: a discipline leaves, a departing member’s action items move, items are postponed and completed with a result', () => {
  let api: RunningApi;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('running-case-members');
  });
  afterAll(async () => {
    await api.close();
  });

  it('removes a discipline only after its open action items are reassigned, and the timeline says why', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO', 'BWT'] });
    const itemId = await addItem(api.url, kase.id, 'bwt.fleur', 'Controle brandveiligheid');
    const remove = (reason = 'Geen bouwkundige vragen meer') => callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REMOVE, { input: { caseId: kase.id, discipline: 'BWT', reason } });

    const blocked = await remove();
    expect(blocked.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.discipline' });
    expect(blocked.errors![0].extensions.messageNl).toMatch(/^Leden van BWT zijn nog eigenaar van 1 open actiepunt bij deze casus \(deadline \d+ \w+ \d{4}\); draag het eerst over/);
    expect(errorCode(await callAs(api.url, 'wmo.bram', 'CASUSOVERLEG', REMOVE, { input: { caseId: kase.id, discipline: 'BWT', reason: 'Niet meer nodig' } }))).toBe('FORBIDDEN');
    const blank = await remove('  ');
    expect(blank.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });

    // The new owner must be able to own it: a discipline that does not take part is refused, nothing changes.
    const toOutsider = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REASSIGN, {
      input: { caseId: kase.id, fromUserId: demoUserId('bwt.fleur'), toUserId: demoUserId('pw.dewi'), reason: 'Fleur vertrekt' },
    });
    expect(toOutsider.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.toUserId' });
    expect(toOutsider.errors![0].extensions.messageNl).toBe(`Casus ${kase.reference}: De discipline van de eigenaar neemt niet deel aan deze casus`);

    const moved = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REASSIGN, {
      input: { caseId: kase.id, fromUserId: demoUserId('bwt.fleur'), toUserId: demoUserId('wmo.bram'), reason: 'Fleur vertrekt bij BWT' },
    });
    expect(moved.reassignActionItems).toEqual({ count: 1, caseReferences: [kase.reference] });
    const notices = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `{ notificationsPage(first: 50) { items { kind caseId messageNl } } }`)).notificationsPage.items;
    expect(notices).toEqual(expect.arrayContaining([{ kind: 'ACTION_ITEMS_REASSIGNED', caseId: kase.id, messageNl: `U bent nu eigenaar van 1 actiepunt bij casus ${kase.reference}` }]));

    const removed = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REMOVE, { input: { caseId: kase.id, discipline: 'BWT', reason: 'Geen bouwkundige vragen meer' } });
    expect(removed.removeCaseParticipant.participatingDisciplines).toEqual(['WMO']);
    // BWT no longer sees the case; the item stays with its new owner.
    expect(errorCode(await callAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { id } }`, { id: kase.id }))).toBe('NOT_FOUND');
    const seen = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { actionItems { id owner { displayName } } } }`, { id: kase.id })).case;
    expect(seen.actionItems).toEqual([{ id: itemId, owner: { displayName: expect.stringContaining('Bram') } }]);
    const timeline = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', TIMELINE, { id: kase.id })).caseTimeline;
    expect(timeline).toEqual(
      expect.arrayContaining([
        { kind: 'ACTION_ITEM_REASSIGNED', descriptionNl: 'Een actiepunt is overgedragen aan een andere eigenaar. Reden: Fleur vertrekt bij BWT' },
        { kind: 'PARTICIPANT_REMOVED', descriptionNl: 'BWT neemt niet meer deel aan de casus. Reden: Geen bouwkundige vragen meer' },
      ]),
    );
    const notAParticipant = await remove();
    expect(notAParticipant.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.discipline' });

    // Coming back gives the discipline its sight of the case (and its subjects) again.
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AddCaseParticipantInput!) { addCaseParticipant(input: $input) { id } }`, { input: { caseId: kase.id, discipline: 'BWT' } });
    const back = (await okAs(api.url, 'bwt.fleur', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { subjects { role subject { withheld { reason } } } } }`, { id: kase.id })).case;
    expect(back.subjects.map((s: { role: string }) => s.role)).toEqual(['HOOFDBETROKKENE', 'ADRES']);
  });

  it('moves a departing member’s open items on every case of the table the chair leads, and only those', async () => {
    const first = await registerCase(api.url, { disciplines: ['WMO', 'JEUGD'] });
    const second = await registerCase(api.url, { disciplines: ['WMO', 'JEUGD'] });
    const a = await addItem(api.url, first.id, 'jeugd.chris', 'Gesprek met school');
    const b = await addItem(api.url, second.id, 'jeugd.chris', 'Gezinscoach inzetten');
    const done = await addItem(api.url, second.id, 'jeugd.chris', 'Dossier opvragen');
    await okAs(api.url, 'jeugd.chris', 'CASUSOVERLEG', COMPLETE, { input: { actionItemId: done, result: 'Dossier ontvangen' } });

    expect(errorCode(await callAs(api.url, 'wmo.bram', 'CASUSOVERLEG', REASSIGN, { input: { caseTableId: DEMO_TABLE, fromUserId: demoUserId('jeugd.chris'), toUserId: demoUserId('wmo.bram'), reason: 'Vertrek' } }))).toBe('FORBIDDEN');
    const both = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REASSIGN, { input: { caseId: first.id, caseTableId: DEMO_TABLE, fromUserId: demoUserId('jeugd.chris'), toUserId: demoUserId('wmo.bram'), reason: 'Vertrek' } });
    expect(both.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });

    const moved = await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REASSIGN, {
      input: { caseTableId: DEMO_TABLE, fromUserId: demoUserId('jeugd.chris'), toUserId: demoUserId('wmo.bram'), reason: 'Chris gaat met verlof' },
    });
    // Other runs on the same database may leave Chris's items on other cases: these two must be among them.
    expect(moved.reassignActionItems.caseReferences).toEqual(expect.arrayContaining([first.reference, second.reference]));
    for (const kase of [first, second]) {
      const items = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { actionItems { id status owner { displayName } } } }`, { id: kase.id })).case.actionItems;
      for (const item of items) {
        expect(item.owner.displayName).toMatch(item.id === done ? /Chris/ : /Bram/);
        expect([a, b, done]).toContain(item.id);
      }
    }
    const nothingLeft = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', REASSIGN, { input: { caseId: first.id, fromUserId: demoUserId('jeugd.chris'), toUserId: demoUserId('wmo.bram'), reason: 'Nogmaals' } });
    expect(nothingLeft.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fromUserId' });
  });

  it('postpones an item with a reason, keeps every postponement, and records the result when it is done', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const itemId = await addItem(api.url, kase.id, 'wmo.bram', 'Huisbezoek plannen', 3);
    const postpone = (by: string, dueAt: string, reason = 'Bewoner is met vakantie') => callAs(api.url, by, 'CASUSOVERLEG', POSTPONE, { input: { actionItemId: itemId, dueAt, reason } });

    expect(errorCode(await postpone('wmo.bram', inDays(10)))).toBe('FORBIDDEN');
    const earlier = await postpone('voorzitter.hanna', inDays(1));
    expect(earlier.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.dueAt' });
    const noReason = await postpone('voorzitter.hanna', inDays(10), '');
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });

    const tenDays = inDays(10);
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', POSTPONE, { input: { actionItemId: itemId, dueAt: tenDays, reason: 'Bewoner is met vakantie' } });
    const twice = (await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', POSTPONE, { input: { actionItemId: itemId, dueAt: inDays(14), reason: 'Wacht op indicatie' } })).postponeActionItem;
    expect(twice.postponements).toEqual([
      { fromDueAt: expect.any(String), toDueAt: tenDays, reason: 'Bewoner is met vakantie', postponedBy: { displayName: 'Hanna Voorzitter' } },
      { fromDueAt: tenDays, toDueAt: twice.dueAt, reason: 'Wacht op indicatie', postponedBy: { displayName: 'Hanna Voorzitter' } },
    ]);
    const timeline = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', TIMELINE, { id: kase.id })).caseTimeline;
    expect(timeline.filter((e: { kind: string }) => e.kind === 'ACTION_ITEM_POSTPONED').map((e: { descriptionNl: string }) => e.descriptionNl)).toEqual([
      expect.stringMatching(/^Een actiepunt is uitgesteld van \d+ \w+ \d{4} om \d\d:\d\d naar \d+ \w+ \d{4} om \d\d:\d\d\. Reden: Bewoner is met vakantie$/),
      expect.stringMatching(/Reden: Wacht op indicatie$/),
    ]);

    const completed = await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', COMPLETE, { input: { actionItemId: itemId, result: 'Huisbezoek gedaan, hulpvraag in kaart' } });
    expect(completed.completeActionItem).toEqual({ status: 'DONE', statusLabel: 'afgerond', result: 'Huisbezoek gedaan, hulpvraag in kaart' });

    // Before: "Dit actiepunt is al DONE" (the raw status). Now in words.
    const again = await callAs(api.url, 'wmo.bram', 'CASUSOVERLEG', COMPLETE, { input: { actionItemId: itemId } });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', messageNl: 'Dit actiepunt is al afgerond; alleen een open actiepunt kan nog veranderen' });
    expect(again.errors![0].message).toBe('This action item is already done; only an open action item can change');
    const late = await postpone('voorzitter.hanna', inDays(20));
    expect(late.errors![0].extensions.messageNl).toBe('Dit actiepunt is al afgerond; alleen een open actiepunt kan nog veranderen');

    const cancelled = await addItem(api.url, kase.id, 'wmo.bram', 'Woningaanpassing aanvragen');
    await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', COMPLETE, { input: { actionItemId: cancelled, status: 'CANCELLED', result: 'Niet meer nodig na verhuizing' } });
    const cancelledAgain = await callAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', COMPLETE, { input: { actionItemId: cancelled, status: 'CANCELLED' } });
    expect(cancelledAgain.errors![0].extensions.messageNl).toBe('Dit actiepunt is al ingetrokken; alleen een open actiepunt kan nog veranderen');
  });
});
