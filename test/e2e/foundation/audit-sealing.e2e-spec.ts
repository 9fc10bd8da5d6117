import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { appConfig } from '@vangrail/config';
import { createDataSource } from '@vangrail/persistence';
import { appendAuditEvents, auditAnchors, AuditAction, AuditEvent, AuditOutcome, auditHash, AuditSealer, checkpointHash, HashedAuditFields } from '@vangrail/privacy';
import { AuditVerifyOptions, auditVerify as verifyChains } from '../../../tools/audit-verify';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { auditEventsFor, connect, DEMODAM, demoSubjectId } from '../support/database';
import { readSubject } from '../support/subjects';
import { eventually, startWorker } from '../support/worker';

async function auditVerify(options: AuditVerifyOptions = { seal: true, full: true }): Promise<{ status: number; output: string }> {
  let output = '';
  const status = await verifyChains((line) => (output += line), options);
  return { status, output };
}

function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} waited more than ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Events written as a governed request writes them, committed, outside any HTTP request. */
async function appendCommitted(dataSource: DataSource, count: number, requestId: string): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('app.tenant_id', $1, true)`, [DEMODAM]);
    const entry = { userId: null, username: 'test.sealer', discipline: null, role: null, action: AuditAction.READ, outcome: AuditOutcome.ALLOWED, resourceType: 'Test', purpose: null, requestId };
    await appendAuditEvents(manager, DEMODAM, Array.from({ length: count }, () => entry));
  });
}

/** The last sealed event of the tenant, with its seal and the checkpoint that covers it. */
async function chainEnd(superuser: Client) {
  const { rows: [seal] } = await superuser.query(`SELECT seq, event_id, prev_hash, hash FROM audit_seal WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1`, [DEMODAM]);
  const { rows: [checkpoint] } = await superuser.query(`SELECT * FROM audit_checkpoint WHERE tenant_id = $1 ORDER BY no DESC LIMIT 1`, [DEMODAM]);
  return { seal, checkpoint };
}

describe('Audit sealing: requests only insert, a sealer chains and signs checkpoints kept outside the database', () => {
  let api: RunningApi;
  let app: DataSource;
  let karin: string;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('audit-sealing');
    app = await createDataSource(process.env.DATABASE_APP_URL!, { applicationName: 'audit-sealing-test', entities: [AuditEvent], poolSize: 4 }).initialize();
    karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
  });
  afterAll(async () => {
    await app.destroy();
    await api.close();
  });

  it('lets a governed read of a tenant commit while another transaction of that tenant holds its audit insert open', async () => {
    const held = app.createQueryRunner();
    await held.connect();
    await held.startTransaction();
    try {
      await held.query(`SELECT set_config('app.tenant_id', $1, true)`, [DEMODAM]);
      const entry = { userId: null, username: 'test.holder', discipline: null, role: null, action: AuditAction.READ, outcome: AuditOutcome.ALLOWED, resourceType: 'Test', purpose: null, requestId: `held-${randomUUID()}` };
      await appendAuditEvents(held.manager, DEMODAM, [entry]);
      // Under the old per-tenant chain-head lock this read waited until the held transaction ended.
      const read = await within(10_000, 'the governed read', readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin));
      expect(read.errors).toBeUndefined();
      expect(await auditEventsFor(read.requestId)).toEqual([expect.objectContaining({ action: 'READ', outcome: 'ALLOWED', purpose: 'INZAGEVERZOEK' })]);
    } finally {
      await held.rollbackTransaction();
      await held.release();
    }
  });

  it('has the worker seal committed events in the background, away from the request', async () => {
    const worker = await startWorker();
    try {
      const read = await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin);
      const superuser = await connect('superuser');
      try {
        await eventually('the worker sealed the read', async () => {
          const { rows } = await superuser.query(`SELECT 1 FROM audit_seal s JOIN audit_event e ON e.tenant_id = s.tenant_id AND e.id = s.event_id WHERE e.request_id = $1`, [read.requestId]);
          return rows.length === 1;
        });
      } finally {
        await superuser.end();
      }
    } finally {
      await worker.close();
    }
  });

  it('seals each committed event exactly once when two sealers run on the same tenant at the same time', async () => {
    const requestId = `sealers-${randomUUID()}`;
    await appendCommitted(app, 60, requestId);
    const anchors = auditAnchors(appConfig());
    const [a, b] = await Promise.all([new AuditSealer(app, anchors).sealTenant(DEMODAM), new AuditSealer(app, anchors).sealTenant(DEMODAM)]);
    expect(a + b).toBeGreaterThanOrEqual(60);
    const superuser = await connect('superuser');
    try {
      const { rows } = await superuser.query(
        `SELECT count(s.seq)::int AS sealed, count(*)::int AS events FROM audit_event e LEFT JOIN audit_seal s ON s.tenant_id = e.tenant_id AND s.event_id = e.id WHERE e.request_id = $1`,
        [requestId],
      );
      expect(rows[0]).toEqual({ sealed: 60, events: 60 });
    } finally {
      await superuser.end();
    }
    expect(await auditVerify()).toMatchObject({ status: 0 });
  });

  it('reports events left unsealed longer than allowed, and is intact again once they are sealed', async () => {
    const read = await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin);
    const superuser = await connect('superuser');
    try {
      const { rows } = await superuser.query<{ id: string }>(
        `UPDATE audit_unsealed u SET occurred_at = u.occurred_at - interval '1 hour' FROM audit_event e
          WHERE e.tenant_id = u.tenant_id AND e.id = u.event_id AND e.request_id = $1 RETURNING u.event_id AS id`,
        [read.requestId],
      );
      expect(rows).toHaveLength(1);
      const late = await auditVerify({ seal: false, full: false });
      expect(late.status).toBe(1);
      expect(late.output).toContain(`(id ${rows[0].id}): not sealed within 15 minutes`);
    } finally {
      await superuser.end();
    }
    expect(await auditVerify({ seal: true, full: false })).toMatchObject({ status: 0 });
  });

  it('detects a rewrite of the chain head and tail together by the signed checkpoint outside the database', async () => {
    await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin);
    expect(await auditVerify()).toMatchObject({ status: 0 });
    const superuser = await connect('superuser');
    const { seal, checkpoint } = await chainEnd(superuser);
    const { rows: [original] } = await superuser.query(`SELECT purpose FROM audit_event WHERE tenant_id = $1 AND id = $2`, [DEMODAM, seal.event_id]);
    try {
      // The owner of the database edits the last event, recomputes its seal and the database checkpoint: consistent inside the database.
      await superuser.query(`SET session_replication_role = replica`);
      await superuser.query(`UPDATE audit_event SET purpose = 'HANDHAVING' WHERE tenant_id = $1 AND id = $2`, [DEMODAM, seal.event_id]);
      const { rows: [event] } = await superuser.query(
        `SELECT tenant_id AS "tenantId", id, occurred_at AS "occurredAt", user_id AS "userId", username, discipline, role, on_behalf_of AS "onBehalfOf", action, outcome,
                resource_type AS "resourceType", resource_id AS "resourceId", subject_keys AS "subjectKeys", data_categories AS "dataCategories", purpose,
                legal_basis AS "legalBasis", processing_activity AS "processingActivity", emergency_access AS "emergencyAccess", reason, request_id AS "requestId",
                trace_id AS "traceId", source_address AS "sourceAddress" FROM audit_event WHERE tenant_id = $1 AND id = $2`,
        [DEMODAM, seal.event_id],
      );
      const forged = auditHash(seal.prev_hash, { ...event, seq: String(seal.seq) } as HashedAuditFields);
      await superuser.query(`UPDATE audit_seal SET hash = $3 WHERE tenant_id = $1 AND seq = $2`, [DEMODAM, seal.seq, forged]);
      const fields = {
        tenantId: DEMODAM, no: Number(checkpoint.no), firstSeq: String(checkpoint.first_seq), lastSeq: String(checkpoint.last_seq), count: checkpoint.event_count,
        lastHash: forged, prevCheckpointHash: checkpoint.prev_checkpoint_hash, sealedAt: new Date(checkpoint.sealed_at).toISOString(),
      };
      await superuser.query(`UPDATE audit_checkpoint SET last_hash = $3, checkpoint_hash = $4 WHERE tenant_id = $1 AND no = $2`, [DEMODAM, checkpoint.no, forged, checkpointHash(fields)]);

      const rewritten = await auditVerify({ seal: false, full: true });
      expect(rewritten.status).toBe(1);
      expect(rewritten.output).not.toContain('edited after it was written');
      expect(rewritten.output).toContain(`BROKEN at event #${seal.seq} (id ${seal.event_id}): the chain up to here differs from signed checkpoint ${checkpoint.no}`);
      expect(rewritten.output).toContain(`checkpoint ${checkpoint.no} (events #${checkpoint.first_seq} to #${checkpoint.last_seq}) in the database differs from its signed copy outside the database`);
    } finally {
      await superuser.query(`UPDATE audit_event SET purpose = $3 WHERE tenant_id = $1 AND id = $2`, [DEMODAM, seal.event_id, original.purpose]);
      await superuser.query(`UPDATE audit_seal SET hash = $3 WHERE tenant_id = $1 AND seq = $2`, [DEMODAM, seal.seq, seal.hash]);
      await superuser.query(`UPDATE audit_checkpoint SET last_hash = $3, checkpoint_hash = $4 WHERE tenant_id = $1 AND no = $2`, [DEMODAM, checkpoint.no, checkpoint.last_hash, checkpoint.checkpoint_hash]);
      await superuser.end();
    }
    expect(await auditVerify()).toMatchObject({ status: 0 });
  });

  it('detects a cut-off end of the chain (events, seals and checkpoint deleted together) by the checkpoint outside the database', async () => {
    await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin);
    expect(await auditVerify()).toMatchObject({ status: 0 });
    const superuser = await connect('superuser');
    const { checkpoint } = await chainEnd(superuser);
    const range = [DEMODAM, checkpoint.first_seq, checkpoint.last_seq];
    const saved = {
      seals: (await superuser.query(`SELECT * FROM audit_seal WHERE tenant_id = $1 AND seq BETWEEN $2 AND $3`, range)).rows,
      events: (await superuser.query(`SELECT e.* FROM audit_event e JOIN audit_seal s ON s.tenant_id = e.tenant_id AND s.event_id = e.id WHERE s.tenant_id = $1 AND s.seq BETWEEN $2 AND $3`, range)).rows,
    };
    try {
      await superuser.query(`SET session_replication_role = replica`);
      await superuser.query(`DELETE FROM audit_checkpoint WHERE tenant_id = $1 AND no = $2`, [DEMODAM, checkpoint.no]);
      await superuser.query(`DELETE FROM audit_seal WHERE tenant_id = $1 AND seq BETWEEN $2 AND $3`, range);
      await superuser.query(`DELETE FROM audit_event WHERE tenant_id = $1 AND id = ANY($2::uuid[])`, [DEMODAM, saved.seals.map((row) => row.event_id)]);

      const cut = await auditVerify({ seal: false, full: true });
      expect(cut.status).toBe(1);
      expect(cut.output).toContain(`checkpoint ${checkpoint.no} (events #${checkpoint.first_seq} to #${checkpoint.last_seq}) is signed outside the database but missing from it`);
      expect(cut.output).toContain(`events #${checkpoint.first_seq} to #${checkpoint.last_seq} are missing, yet signed checkpoint ${checkpoint.no} covers them`);
    } finally {
      await superuser.query(`INSERT INTO audit_event SELECT * FROM json_populate_recordset(null::audit_event, $1)`, [JSON.stringify(saved.events)]);
      await superuser.query(`INSERT INTO audit_seal SELECT * FROM json_populate_recordset(null::audit_seal, $1)`, [JSON.stringify(saved.seals)]);
      await superuser.query(`INSERT INTO audit_checkpoint SELECT * FROM json_populate_record(null::audit_checkpoint, $1)`, [JSON.stringify(checkpoint)]);
      await superuser.end();
    }
    expect(await auditVerify()).toMatchObject({ status: 0 });
  });
});
