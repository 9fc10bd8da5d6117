import { AuditVerifyOptions, auditVerify as verifyChains } from '../../../tools/audit-verify';
import { seedDemo } from '../../../tools/seed-demo';
import { startApi, RunningApi } from '../support/api';
import { asTenant, auditEventsFor, connect, DEMODAM, demoSubjectId } from '../support/database';
import { readSubject } from '../support/subjects';

/** `npm run audit:verify -- --seal --full`, called in-process: its exit code and what it printed. */
async function auditVerify(options: AuditVerifyOptions = { seal: true, full: true }): Promise<{ status: number; output: string }> {
  let output = '';
  const status = await verifyChains((line) => (output += line), options);
  return { status, output };
}

/** Chain positions of a request's events once sealed. */
async function sealedSeqs(requestId: string): Promise<string[]> {
  const superuser = await connect('superuser');
  try {
    const { rows } = await superuser.query<{ seq: string }>(
      `SELECT s.seq FROM audit_seal s JOIN audit_event e ON e.tenant_id = s.tenant_id AND e.id = s.event_id WHERE e.request_id = $1 ORDER BY s.seq`,
      [requestId],
    );
    return rows.map((row) => row.seq);
  } finally {
    await superuser.end();
  }
}

describe('Audit trail: append-only and hash-chained', () => {
  let api: RunningApi;
  let requestId: string;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('audit-trail');
    const karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
    requestId = (await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin)).requestId;
  });
  afterAll(() => api.close());

  it('refuses UPDATE and DELETE on audit_event for the application role', async () => {
    const app = await connect('app');
    try {
      await expect(asTenant(app, DEMODAM, () => app.query(`UPDATE audit_event SET reason = 'x' WHERE request_id = $1`, [requestId]))).rejects.toThrow(
        /permission denied/,
      );
      await expect(asTenant(app, DEMODAM, () => app.query(`DELETE FROM audit_event WHERE request_id = $1`, [requestId]))).rejects.toThrow(
        /permission denied/,
      );
    } finally {
      await app.end();
    }
  });

  it('refuses UPDATE even for the owner, through the append-only trigger', async () => {
    const owner = await connect('owner');
    try {
      await expect(asTenant(owner, DEMODAM, () => owner.query(`UPDATE audit_event SET reason = 'x' WHERE request_id = $1`, [requestId]))).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await owner.end();
    }
  });

  it('verifies an intact chain, and names every event a superuser edited, not only the first', async () => {
    const karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
    const laterRequest = (await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin)).requestId;
    expect(await auditVerify()).toMatchObject({ status: 0 });
    const [first] = await auditEventsFor(requestId);
    const [later] = await auditEventsFor(laterRequest);
    const [firstSeq, laterSeq] = [(await sealedSeqs(requestId))[0], (await sealedSeqs(laterRequest))[0]];
    const superuser = await connect('superuser');
    const edit = (seq: string, purpose: string | null) => superuser.query(`UPDATE audit_event SET purpose = $3 WHERE tenant_id = $1 AND seq = $2`, [DEMODAM, seq, purpose]);
    try {
      // A superuser can get past the trigger; the seals show the edits, each one, and the chain checks on after them.
      await superuser.query(`SET session_replication_role = replica`);
      await edit(first.seq, 'HANDHAVING');
      await edit(later.seq, 'HANDHAVING');
      const broken = await auditVerify();
      expect(broken.status).not.toBe(0);
      expect(broken.output).toContain(`BROKEN at event #${firstSeq}`);
      expect(broken.output).toContain(`BROKEN at event #${laterSeq}`);
      expect(broken.output.match(/edited after it was written/g)).toHaveLength(2);
    } finally {
      await edit(first.seq, first.purpose);
      await edit(later.seq, later.purpose);
      await superuser.end();
    }
    expect(await auditVerify()).toMatchObject({ status: 0 });
  });

  it('fails the read when its audit event cannot be written (fail closed)', async () => {
    const karin = await demoSubjectId(DEMODAM, { name: 'Karin Jansen' });
    const owner = await connect('owner');
    await owner.query(`REVOKE INSERT ON audit_event FROM vangrail_app`);
    try {
      const read = await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin);
      expect(read.errors![0].extensions.code).toBe('INTERNAL');
      expect(read.data?.subject ?? null).toBeNull();
      expect(JSON.stringify(read)).not.toContain('999990019');
    } finally {
      await owner.query(`GRANT INSERT ON audit_event TO vangrail_app`);
      await owner.end();
    }
    const again = await readSubject(api.url, 'privacy.ivo', 'INZAGEVERZOEK', karin);
    expect(again.errors).toBeUndefined();
  });
});
