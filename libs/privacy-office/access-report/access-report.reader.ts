import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PiiCrypto, Purpose, PROCESSING_ACTIVITY } from '@vangrail/privacy';
import { ReportCase, ReportCaseEntry, ReportConsultation, ReportPerson, ReportSignal } from './access-report.types';
import { DISCIPLINE_NL, label } from './dutch-labels';

/** Retention of signals and deliveries is not configured yet (retention policy); the report says so. */
const SIGNAL_RETENTION = 'Nog geen bewaartermijn ingesteld; het bewaarbeleid van de gemeente bepaalt deze.';

export interface HeldData {
  person: ReportPerson;
  signals: ReportSignal[];
  cases: ReportCase[];
  /** Every event about the person, staff still named (anonymised by the service unless revealed). */
  consultations: (ReportConsultation & { username: string | null; role: string | null; discipline: string | null })[];
}

/**
 * Loads everything held about one person for the art. 15 answer, in the caller's transaction
 * (tenant set): the registry entry, signals naming the person with their deliveries (recipients and
 * the rule that sent them), cases with contributions, decisions and action items, and the audit
 * events about the person. Encrypted texts are decrypted: the person is entitled to them.
 */
@Injectable()
export class AccessReportReader {
  constructor(private readonly crypto: PiiCrypto) {}

  async load(manager: EntityManager, tenantId: string, subjectId: string, controller: string): Promise<HeldData> {
    return {
      person: await this.person(manager, tenantId, subjectId),
      signals: await this.signals(manager, tenantId, subjectId, controller),
      cases: await this.cases(manager, tenantId, subjectId),
      consultations: await this.consultations(manager, tenantId, subjectId),
    };
  }

  private async person(manager: EntityManager, tenantId: string, subjectId: string): Promise<ReportPerson> {
    const [row] = (await manager.query(
      `SELECT s.name, to_char(s.date_of_birth, 'YYYY-MM-DD') AS date_of_birth, s.bsn_encrypted, a.street, a.house_number, a.house_number_addition, a.postcode, a.town
         FROM subject s LEFT JOIN subject a ON a.tenant_id = s.tenant_id AND a.id = s.address_subject_id
        WHERE s.tenant_id = $1 AND s.id = $2`,
      [tenantId, subjectId],
    )) as Record<string, string | null>[];
    const address = row?.postcode
      ? `${[row.street, `${row.house_number ?? ''}${row.house_number_addition ? ` ${row.house_number_addition}` : ''}`].filter(Boolean).join(' ')}, ${row.postcode} ${row.town ?? ''}`.trim()
      : null;
    return { name: row?.name ?? null, dateOfBirth: row?.date_of_birth ?? null, bsn: row?.bsn_encrypted ? this.crypto.decrypt(row.bsn_encrypted) : null, address };
  }

  private async signals(manager: EntityManager, tenantId: string, subjectId: string, controller: string): Promise<ReportSignal[]> {
    const rows = (await manager.query(
      `SELECT g.id, g.observed_at, g.created_at, g.category, g.description_encrypted, g.data_categories, g.reporter_discipline
         FROM signal g JOIN signal_subject ss ON ss.tenant_id = g.tenant_id AND ss.signal_id = g.id
        WHERE g.tenant_id = $1 AND ss.subject_id = $2 ORDER BY g.observed_at`,
      [tenantId, subjectId],
    )) as { id: string; observed_at: Date; created_at: Date; category: string; description_encrypted: string; data_categories: string[]; reporter_discipline: string }[];
    if (rows.length === 0) return [];
    const deliveries = (await manager.query(
      `SELECT signal_id, discipline, state, rule_key, rule_version, allowed_categories, created_at FROM delivery
        WHERE tenant_id = $1 AND signal_id = ANY($2) ORDER BY created_at, discipline`,
      [tenantId, rows.map((r) => r.id)],
    )) as { signal_id: string; discipline: string; state: string; rule_key: string; rule_version: number; allowed_categories: string[]; created_at: Date }[];
    return rows.map((row) => ({
      id: row.id,
      observedAt: row.observed_at,
      registeredAt: row.created_at,
      category: row.category,
      description: this.crypto.decrypt(row.description_encrypted),
      dataCategories: row.data_categories,
      source: label(DISCIPLINE_NL, row.reporter_discipline),
      purpose: Purpose.SIGNALERING,
      legalBasis: PROCESSING_ACTIVITY[Purpose.SIGNALERING],
      recipients: deliveries
        .filter((d) => d.signal_id === row.id)
        .map((d) => ({
          discipline: d.discipline,
          organisation: controller,
          rule: `${d.rule_key} (versie ${d.rule_version})`,
          state: d.state,
          receivedAt: d.created_at,
          allowedCategories: d.allowed_categories,
        })),
      retention: SIGNAL_RETENTION,
    }));
  }

  private async cases(manager: EntityManager, tenantId: string, subjectId: string): Promise<ReportCase[]> {
    const rows = (await manager.query(
      `SELECT c.id, c.reference, c.title, c.state, c.created_at, c.closed_at, cs.role, t.name AS table_name, t.legal_basis, t.retention_months,
              ARRAY(SELECT p.discipline FROM case_participant p WHERE p.tenant_id = c.tenant_id AND p.case_id = c.id ORDER BY p.discipline) AS participants
         FROM case_file c
         JOIN case_subject cs ON cs.tenant_id = c.tenant_id AND cs.case_id = c.id
         JOIN case_table t ON t.tenant_id = c.tenant_id AND t.id = c.case_table_id
        WHERE c.tenant_id = $1 AND cs.subject_id = $2 ORDER BY c.created_at`,
      [tenantId, subjectId],
    )) as {
      id: string; reference: string; title: string; state: string; created_at: Date; closed_at: Date | null; role: string;
      table_name: string; legal_basis: string; retention_months: number; participants: string[];
    }[];
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const entries = (await manager.query(
      `SELECT case_id, 'CONTRIBUTION' AS kind, created_at AS at, category, discipline, text_encrypted AS text, NULL AS status FROM contribution WHERE tenant_id = $1 AND case_id = ANY($2)
       UNION ALL SELECT case_id, 'DECISION', created_at, category, NULL, text_encrypted, NULL FROM decision WHERE tenant_id = $1 AND case_id = ANY($2)
       UNION ALL SELECT case_id, 'ACTION_ITEM', created_at, category, NULL, description_encrypted, status FROM action_item WHERE tenant_id = $1 AND case_id = ANY($2)
       ORDER BY at`,
      [tenantId, ids],
    )) as (Omit<ReportCaseEntry, 'text'> & { case_id: string; text: string })[];
    return rows.map((row) => ({
      id: row.id,
      reference: row.reference,
      title: row.title,
      caseTable: row.table_name,
      role: row.role,
      state: row.state,
      registeredAt: row.created_at,
      closedAt: row.closed_at,
      purpose: Purpose.CASUSOVERLEG,
      legalBasis: row.legal_basis,
      recipients: row.participants,
      retention: `${row.retention_months} maanden na afsluiting van de zaak`,
      entries: entries
        .filter((e) => e.case_id === row.id)
        .map((e) => ({ kind: e.kind, at: e.at, category: e.category, discipline: e.discipline, text: this.crypto.decrypt(e.text), status: e.status })),
    }));
  }

  private async consultations(manager: EntityManager, tenantId: string, subjectId: string): Promise<HeldData['consultations']> {
    const rows = (await manager.query(
      `SELECT e.occurred_at, e.action, e.purpose, e.processing_activity, e.username, e.role, e.discipline, u.organisation, e.resource_type,
              e.data_categories, e.emergency_access, e.outcome
         FROM audit_event e LEFT JOIN app_user u ON u.tenant_id = e.tenant_id AND u.id = e.user_id
        WHERE e.tenant_id = $1 AND e.subject_keys @> ARRAY[$2]::text[] ORDER BY e.seq`,
      [tenantId, subjectId],
    )) as {
      occurred_at: Date; action: string; purpose: string | null; processing_activity: string | null; username: string | null; role: string | null;
      discipline: string | null; organisation: string | null; resource_type: string; data_categories: string[]; emergency_access: boolean; outcome: string;
    }[];
    return rows.map((row) => ({
      at: row.occurred_at,
      action: row.action,
      purpose: row.purpose,
      processingActivity: row.processing_activity,
      by: '',
      organisation: row.organisation,
      resource: row.resource_type,
      dataCategories: row.data_categories,
      emergencyAccess: row.emergency_access,
      outcome: row.outcome,
      username: row.username,
      role: row.role,
      discipline: row.discipline,
    }));
  }
}
