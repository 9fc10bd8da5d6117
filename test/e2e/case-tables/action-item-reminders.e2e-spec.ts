import { INestApplicationContext } from '@nestjs/common';
import { seedDemo } from '../../../tools/seed-demo';
import { ActionItemReminderKind } from '@vangrail/case-tables';
import { ActionItemReminderHandler } from '@vangrail/case-tables/jobs/action-item-reminder.handler';
import { RunningApi, startApi } from '../support/api';
import { asTenant, connect, DEMODAM } from '../support/database';
import { demoUserId, okAs, registerCase } from '../support/case-tables';
import { eventually, startWorker } from '../support/worker';

/** The reminder fires this long before the due moment; the due moment is a minute away, so the reminder comes after ~5 s. */
process.env.ACTION_ITEM_REMINDER_LEAD_MS = String(55_000);

async function actionItemRow(id: string): Promise<{ reminded_at: Date | null; published: boolean }> {
  const owner = await connect('owner');
  try {
    return await asTenant(owner, DEMODAM, async () => {
      const { rows } = await owner.query(
        `SELECT a.reminded_at,
                EXISTS (SELECT 1 FROM outbox o WHERE o.job_id = 'action-item-reminder-' || a.id AND o.published_at IS NOT NULL) AS published
           FROM action_item a WHERE a.id = $1`,
        [id],
      );
      return rows[0];
    });
  } finally {
    await owner.end();
  }
}

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

  it('reminds the owner before the due date even when the worker restarted in between, exactly once', async () => {
    worker = await startWorker();
    const kase = await registerCase(api.url, { disciplines: ['WMO'] });
    const item = (
      await okAs(api.url, 'voorzitter.hanna', 'CASUSOVERLEG', `mutation($input: AddActionItemInput!) { addActionItem(input: $input) { id } }`, {
        input: { caseId: kase.id, description: 'Huisbezoek afleggen', category: 'GEZONDHEID', ownerUserId: demoUserId('wmo.bram'), dueAt: new Date(Date.now() + 60_000).toISOString() },
      })
    ).addActionItem;

    // The first worker hands the delayed job to Redis, then stops before it is due.
    await eventually('reminder job published', async () => (await actionItemRow(item.id)).published);
    await worker.close();
    worker = undefined;
    expect((await actionItemRow(item.id)).reminded_at).toBeNull();

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
});
