import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { connect, DEMODAM } from '../support/database';
import { RunningApi, startApi } from '../support/api';
import { graphql } from '../support/graphql';
import { deliveriesOf, registerSignal, signalRouted } from '../support/signals';
import { tokenFor } from '../support/tokens';
import { eventually, startWorker } from '../support/worker';

/** Lists that grow (inbox, own signals, notices) page with first/after and never stop silently. */
describe('Paging through the inbox, own signals and notices', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('paging');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  const as = async (username: string, purpose: string | undefined, query: string, variables: Record<string, unknown> = {}) =>
    graphql<any>(api.url, { query, variables, token: await tokenFor(username), purpose });

  async function bwtDelivery(urgency = 'NORMAL'): Promise<{ signalId: string; deliveryId: string }> {
    const result = await registerSignal(api.url, 'wijkteam.anna', { category: 'BRANDGEVAAR', urgency });
    const signalId = result.data!.registerSignal.signal.id;
    await eventually('routed', () => signalRouted(signalId));
    return { signalId, deliveryId: (await deliveriesOf(signalId)).find((d) => d.discipline === 'BWT')!.id };
  }

  async function setDeadline(deliveryId: string, deadline: Date): Promise<void> {
    const client = await connect('owner');
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [DEMODAM]);
      await client.query(`UPDATE delivery SET triage_deadline = $3 WHERE tenant_id = $1 AND id = $2`, [DEMODAM, deliveryId, deadline]);
      await client.query('COMMIT');
    } finally {
      await client.end();
    }
  }

  const INBOX = `query($filter: InboxFilter, $first: Int, $after: String) {
    inbox(filter: $filter, first: $first, after: $after) {
      items { id state triageDeadline } pageInfo { hasNextPage endCursor } totalCount overdue deadlines { dueSoon overdue }
    }
  }`;

  async function walkInbox(filter: Record<string, unknown>, first = 200): Promise<{ ids: string[]; states: string[]; total: number }> {
    const ids: string[] = [];
    const states: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (;;) {
      const page: any = (await as('bwt.fleur', 'SIGNAALBEOORDELING', INBOX, { filter, first, after })).data!.inbox;
      ids.push(...page.items.map((item: { id: string }) => item.id));
      states.push(...page.items.map((item: { state: string }) => item.state));
      total = page.totalCount;
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, states, total };
  }

  it('pages the inbox to its end without repeats, open work only unless finished work is asked for, open first', async () => {
    const open = [await bwtDelivery(), await bwtDelivery()];
    const finished = await bwtDelivery();
    await as('bwt.fleur', 'SIGNAALBEOORDELING', `mutation($id: ID!) { startTriage(deliveryId: $id) { id } }`, { id: finished.deliveryId });
    await as('bwt.fleur', 'SIGNAALBEOORDELING', `mutation($id: ID!) { acceptDelivery(deliveryId: $id) { id } }`, { id: finished.deliveryId });

    const openWalk = await walkInbox({});
    expect(new Set(openWalk.ids).size).toBe(openWalk.ids.length);
    for (const { deliveryId } of open) expect(openWalk.ids.filter((id) => id === deliveryId)).toHaveLength(1);
    expect(openWalk.ids).not.toContain(finished.deliveryId);
    expect(openWalk.states.every((state) => state === 'NEW' || state === 'IN_TRIAGE')).toBe(true);

    const allWalk = await walkInbox({ includeFinished: true });
    expect(new Set(allWalk.ids).size).toBe(allWalk.ids.length);
    expect(allWalk.ids).toContain(finished.deliveryId);
    const firstFinished = allWalk.states.findIndex((state) => state !== 'NEW' && state !== 'IN_TRIAGE');
    expect(allWalk.states.slice(firstFinished).every((state) => state !== 'NEW' && state !== 'IN_TRIAGE')).toBe(true);
    expect(allWalk.total).toBeGreaterThan(openWalk.total);

    // A page of one, then the next from its cursor, is the same as a page of two.
    const two = (await as('bwt.fleur', 'SIGNAALBEOORDELING', INBOX, { first: 2 })).data!.inbox;
    const one = (await as('bwt.fleur', 'SIGNAALBEOORDELING', INBOX, { first: 1 })).data!.inbox;
    expect(one.pageInfo.hasNextPage).toBe(true);
    const next = (await as('bwt.fleur', 'SIGNAALBEOORDELING', INBOX, { first: 1, after: one.pageInfo.endCursor })).data!.inbox;
    expect([...one.items, ...next.items].map((item: { id: string }) => item.id)).toEqual(two.items.map((item: { id: string }) => item.id));
  });

  it('counts open work per deadline band and filters on it', async () => {
    const late = await bwtDelivery();
    const soon = await bwtDelivery('ACUTE');
    await setDeadline(late.deliveryId, new Date(Date.now() - 3600_000));
    const overdue = await walkInbox({ deadline: 'OVERDUE' });
    const dueSoon = await walkInbox({ deadline: 'DUE_SOON' });
    expect(overdue.ids).toContain(late.deliveryId);
    expect(overdue.ids).not.toContain(soon.deliveryId);
    expect(dueSoon.ids).toContain(soon.deliveryId);
    expect(dueSoon.ids).not.toContain(late.deliveryId);
    const page = (await as('bwt.fleur', 'SIGNAALBEOORDELING', INBOX, { first: 1 })).data!.inbox;
    expect(page.deadlines).toEqual({ overdue: overdue.total, dueSoon: dueSoon.total });
    expect(page.overdue).toBe(overdue.total);
  });

  it('refuses a cursor it did not write and a page size out of range, naming the field', async () => {
    const forged = await as('bwt.fleur', 'SIGNAALBEOORDELING', INBOX, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(forged.errors![0].extensions!.messageNl).toContain('geen cursor van deze lijst');
    const tooMany = await as('bwt.fleur', 'SIGNAALBEOORDELING', INBOX, { first: 500 });
    expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('pages the reporter’s own signals newest first, and those still awaiting a decision', async () => {
    const mine = [await bwtDelivery(), await bwtDelivery(), await bwtDelivery()];
    const PAGE = `query($first: Int, $after: String, $awaiting: Boolean) {
      mySignalsPage(first: $first, after: $after, awaitingDecision: $awaiting) { items { id createdAt } pageInfo { hasNextPage endCursor } totalCount }
    }`;
    const firstPage = (await as('wijkteam.anna', 'SIGNALERING', PAGE, { first: 2 })).data!.mySignalsPage;
    const secondPage = (await as('wijkteam.anna', 'SIGNALERING', PAGE, { first: 2, after: firstPage.pageInfo.endCursor })).data!.mySignalsPage;
    const ids = [...firstPage.items, ...secondPage.items].map((s: { id: string }) => s.id);
    expect(ids.slice(0, 3)).toEqual(mine.map((m) => m.signalId).reverse());
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    expect(firstPage.totalCount).toBeGreaterThanOrEqual(3);

    // Once every discipline decided, the signal no longer awaits a decision.
    const decided = mine[0];
    for (const delivery of await deliveriesOf(decided.signalId)) {
      const user = { BWT: 'bwt.fleur', WIJKTEAM: 'wijkteam.anna', OOV: 'oov.gijs', WMO: 'wmo.bram' }[delivery.discipline as 'BWT'];
      if (!user) continue;
      await as(user, 'SIGNAALBEOORDELING', `mutation($id: ID!) { startTriage(deliveryId: $id) { id } }`, { id: delivery.id });
      await as(user, 'SIGNAALBEOORDELING', `mutation($id: ID!) { declineDelivery(input: { deliveryId: $id, reason: "Niet voor ons team" }) { id } }`, { id: delivery.id });
    }
    const remaining = (await deliveriesOf(decided.signalId)).filter((d) => d.state === 'NEW' || d.state === 'IN_TRIAGE');
    const awaiting = (await as('wijkteam.anna', 'SIGNALERING', PAGE, { first: 10, awaiting: true })).data!.mySignalsPage;
    const awaitingIds = awaiting.items.map((s: { id: string }) => s.id);
    expect(awaitingIds).toContain(mine[2].signalId);
    if (remaining.length === 0) expect(awaitingIds).not.toContain(decided.signalId);
  });

  it('pages notices newest first with a count of unread ones', async () => {
    await bwtDelivery();
    const PAGE = `query($first: Int, $after: String) {
      notificationsPage(first: $first, after: $after) { items { id createdAt } pageInfo { hasNextPage endCursor } totalCount unreadCount }
    }`;
    const two = (await as('bwt.fleur', undefined, PAGE, { first: 2 })).data!.notificationsPage;
    const one = (await as('bwt.fleur', undefined, PAGE, { first: 1 })).data!.notificationsPage;
    const next = (await as('bwt.fleur', undefined, PAGE, { first: 1, after: one.pageInfo.endCursor })).data!.notificationsPage;
    expect([...one.items, ...next.items].map((n: { id: string }) => n.id)).toEqual(two.items.map((n: { id: string }) => n.id));
    expect(new Date(two.items[0].createdAt).getTime()).toBeGreaterThanOrEqual(new Date(two.items[1].createdAt).getTime());
    expect(two.totalCount).toBeGreaterThanOrEqual(two.unreadCount);
    expect(two.unreadCount).toBeGreaterThan(0);
  });
});
