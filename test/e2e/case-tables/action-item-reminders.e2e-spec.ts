import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { seedDemo } from '../../../tools/seed-demo';
import { ENTITIES } from '../../../apps/entities';
import { ConfigModule } from '@vangrail/config';
import { DatabaseModule } from '@vangrail/persistence';
import { OutboxRelay, QUEUE, QueueFactory, QueueModule, RedisModule } from '@vangrail/queue';
import { ActionItemReminderKind } from '@vangrail/case-tables';
import { ActionItemReconciler } from '@vangrail/case-tables/jobs/action-item-reconciler';
import { ActionItemReminderHandler } from '@vangrail/case-tables/jobs/action-item-reminder.handler';
import { RunningApi, startApi } from '../support/api';
import { asTenant, connect, DEMODAM } from '../support/database';
import { demoUserId, okAs, registerCase } from '../support/case-tables';
import { eventually, startWorker } from '../support/worker';

/** The reminder fires this long before the due moment. */
const LEAD_MS = 100_000;
process.env.ACTION_ITEM_REMINDER_LEAD_MS = String(LEAD_MS);
/** The sweep is called directly here, never on a timer. */
process.env.RECONCILE_INTERVAL_MS = '0';

/** Only the outbox relay: publishes delayed jobs to Redis without processing any of them. */
@Module({ imports: [ConfigModule, DatabaseModule.forRoot(ENTITIES), RedisModule, QueueModule], providers: [OutboxRelay] })
class RelayOnlyModule {}

async function withOwner<T>(work: (owner: Awaited<ReturnType<typeof connect>>) => Promise<T>): Promise<T> {
  const owner = await connect('owner');
  try {
    return await asTenant(owner, DEMODAM, () => work(owner));
  } finally {
    await owner.end();
  }
}

async function actionItemRow(id: string): Promise<{ reminded_at: Date | null; overdue_at: Date | null; published: boolean }> {
  return withOwner(async (owner) => {
    const { rows } = await owner.query(
      `SELECT a.reminded_at, a.overdue_at,
              EXISTS (SELECT 1 FROM outbox o WHERE o.job_id = 'action-item-reminder-' || a.id AND o.published_at IS NOT NULL) AS published
         FROM action_item a WHERE a.id = $1`,
      [id],
    );
    return rows[0];
  });
}

const ADD_ACTION_ITEM = `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`;

describe('Action-item reminders are delayed jobs that survive a worker restart', () => {
  let api: RunningApi;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('case-tables-reminders');
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('reminds the owner before the due date even when no worker ran when the reminder became due, exactly once', async () => {
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    // Due in LEAD + 1.5 s: the reminder job is due ~1.5 s after creation.
    const item = (
      await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', ADD_ACTION_ITEM, {
        input: { caseId: kase.id, description: 'Huisbezoek afleggen', category: 'GEZONDHEID', ownerUserId: demoUserId('wmo.bram'), dueAt: new Date(Date.now() + LEAD_MS + 1_500).toISOString() },
      })
    ).addActionItem;

    // A relay without any job processor hands the delayed job to Redis; no worker runs while it becomes due.
    const relay = await NestFactory.createApplicationContext(RelayOnlyModule, { logger: false });
    await relay.init();
    try {
      await eventually('reminder job published', async () => (await relay.get(OutboxRelay).relayOnce(), (await actionItemRow(item.id)).published));
      // Wait until the job in Redis is due (its own timestamp plus delay), with still no worker running.
      const job = await relay.get(QueueFactory).get(QUEUE.ACTION_ITEM_REMINDERS).getJob(`action-item-reminder-${item.id}`);
      expect(job).toBeDefined();
      await eventually('reminder job due', async () => Date.now() > job!.timestamp + job!.delay + 100, 10_000);
    } finally {
      await relay.close();
    }
    expect((await actionItemRow(item.id)).reminded_at).toBeNull();

    // The worker starts later and still delivers the job that waited in Redis.
    worker = await startWorker();
    await eventually('reminder fired', async () => (await actionItemRow(item.id)).reminded_at);

    const notices = await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `{ notifications { kind caseId message } }`);
    const reminders = notices.notifications.filter((n: any) => n.kind === 'ACTION_ITEM_REMINDER' && n.caseId === kase.id);
    expect(reminders).toEqual([{ kind: 'ACTION_ITEM_REMINDER', caseId: kase.id, message: expect.stringContaining(`case ${kase.reference} is due`) }]);
    expect(reminders[0].message).not.toContain('Huisbezoek');
    const seen = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `query($id: ID!) { case(id: $id) { actionItems { remindedAt } } }`, { id: kase.id })).case;
    expect(seen.actionItems[0].remindedAt).toEqual(expect.any(String));

    // A job that runs twice changes nothing the second time.
    const again = await worker.get(ActionItemReminderHandler).handle({ tenantId: DEMODAM, actionItemId: item.id, kind: ActionItemReminderKind.REMINDER });
    expect(again).toEqual({ marked: false });
    const timeline = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `query($id: ID!) { caseTimeline(caseId: $id) { kind } }`, { id: kase.id })).caseTimeline;
    expect(timeline.filter((e: any) => e.kind === 'ACTION_ITEM_REMINDER_SENT')).toHaveLength(1);
  }, 60_000);

  it('the reconciliation sweep reminds and flags overdue items whose jobs Redis lost, once', async () => {
    worker ??= await startWorker();
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const item = (
      await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', ADD_ACTION_ITEM, {
        input: { caseId: kase.id, description: 'Budgetplan opstellen', category: 'FINANCIEEL', ownerUserId: demoUserId('wmo.bram'), dueAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString() },
      })
    ).addActionItem;
    // As if the delayed jobs were lost and their moments passed: created an hour ago, due ten minutes ago.
    const owner = await connect('owner');
    try {
      await owner.query('BEGIN');
      await owner.query(`SELECT set_config('app.tenant_id', $1, true)`, [DEMODAM]);
      await owner.query(`UPDATE action_item SET created_at = now() - interval '1 hour', due_at = now() - interval '10 minutes' WHERE id = $1`, [item.id]);
      await owner.query('COMMIT');
    } finally {
      await owner.end();
    }

    const first = await worker.get(ActionItemReconciler).reconcile();
    expect(first.reminded).toBeGreaterThanOrEqual(1);
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    const row = await actionItemRow(item.id);
    expect(row.reminded_at).toEqual(expect.any(Date));
    expect(row.overdue_at).toEqual(expect.any(Date));

    // A second sweep finds nothing left for this item.
    await worker.get(ActionItemReconciler).reconcile();
    const timeline = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `query($id: ID!) { caseTimeline(caseId: $id) { kind } }`, { id: kase.id })).caseTimeline;
    expect(timeline.filter((e: any) => e.kind === 'ACTION_ITEM_REMINDER_SENT')).toHaveLength(1);
    expect(timeline.filter((e: any) => e.kind === 'ACTION_ITEM_OVERDUE')).toHaveLength(1);
    const notices = (await okAs(api.url, 'wmo.bram', 'CASUSOVERLEG', `{ notifications { kind caseId } }`)).notifications.filter((n: any) => n.caseId === kase.id);
    expect(notices.map((n: any) => n.kind).sort()).toEqual(['ACTION_ITEM_OVERDUE', 'ACTION_ITEM_REMINDER']);
  }, 60_000);

  it('the sweep leaves items alone whose moments have not come yet', async () => {
    worker ??= await startWorker();
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const item = (
      await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', ADD_ACTION_ITEM, {
        input: { caseId: kase.id, description: 'Later', category: 'FINANCIEEL', ownerUserId: demoUserId('wmo.bram'), dueAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString() },
      })
    ).addActionItem;
    await worker.get(ActionItemReconciler).reconcile();
    expect(await actionItemRow(item.id)).toMatchObject({ reminded_at: null, overdue_at: null });
  }, 30_000);
});
