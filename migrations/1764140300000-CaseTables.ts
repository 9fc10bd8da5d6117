import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

const DISCIPLINES = `('WMO','JEUGD','PW','WIJKTEAM','BRP','BWT','OOV')`;
const CATEGORIES = `('IDENTIFICATIE','BSN','ADRES','GEZONDHEID','STRAFRECHTELIJK','FINANCIEEL','WONEN','GEZIN')`;

/**
 * Case tables (DOMAIN.md §6): tables and members, cases with their subjects, participating
 * disciplines, linked signals and escalations, meetings with agenda and guests, contributions,
 * decisions, action items (reminders go to the notification table of the signals feature), and the
 * case timeline. Texts about persons are
 * stored encrypted (`*_encrypted`). tenant_id leads every key and index; RLS is FORCED everywhere.
 */
export class CaseTables1764140300000 implements MigrationInterface {
  name = 'CaseTables1764140300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_table (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      name text NOT NULL,
      kind text NOT NULL CHECK (kind IN ('SOCIAAL','DOMEINOVERSTIJGEND','ZORG_EN_VEILIGHEID')),
      legal_basis text NOT NULL,
      purposes text[] NOT NULL,
      -- discipline → data categories it may see at this table (defaults of DOMAIN.md §7, narrowed or widened)
      visibility jsonb NOT NULL,
      retention_months integer NOT NULL CHECK (retention_months BETWEEN 1 AND 240),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, name)
    )`);

    await q.query(`CREATE TABLE case_table_member (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_table_id uuid NOT NULL,
      user_id uuid NOT NULL,
      role text NOT NULL CHECK (role IN ('CHAIR','CASE_DIRECTOR','MEMBER','GUEST')),
      valid_from timestamptz NOT NULL DEFAULT now(),
      valid_until timestamptz,
      removed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, case_table_id) REFERENCES case_table(tenant_id, id),
      FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id),
      CHECK (valid_until IS NULL OR valid_until > valid_from)
    )`);
    // One current membership per user and table; removed memberships stay as history.
    await q.query(`CREATE UNIQUE INDEX case_table_member_current ON case_table_member (tenant_id, case_table_id, user_id) WHERE removed_at IS NULL`);
    await q.query(`CREATE INDEX case_table_member_user ON case_table_member (tenant_id, user_id)`);

    // One counter row per tenant and year; UPDATE ... RETURNING holds its row lock until commit,
    // so concurrent registrations queue up and a rolled-back one gives its number back: no gaps.
    await q.query(`CREATE TABLE case_reference_counter (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      year integer NOT NULL,
      last_number integer NOT NULL,
      PRIMARY KEY (tenant_id, year)
    )`);

    await q.query(`CREATE TABLE case_file (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_table_id uuid NOT NULL,
      reference text NOT NULL CHECK (reference ~ '^CT-[0-9]{4}-[0-9]{6,}$'),
      title text NOT NULL,
      state text NOT NULL CHECK (state IN ('AANGEMELD','IN_TRIAGE','GEWEIGERD','GEAGENDEERD','IN_BEHANDELING','MONITORING','AFGESLOTEN')),
      risk_level text NOT NULL CHECK (risk_level IN ('LAAG','MIDDEN','HOOG')),
      main_subject_id uuid NOT NULL,
      case_director_user_id uuid,
      registered_by_user_id uuid NOT NULL,
      refusal_reason text,
      closing_reason text,
      outcome text,
      closed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, reference),
      FOREIGN KEY (tenant_id, case_table_id) REFERENCES case_table(tenant_id, id),
      FOREIGN KEY (tenant_id, main_subject_id) REFERENCES subject(tenant_id, id),
      FOREIGN KEY (tenant_id, case_director_user_id) REFERENCES app_user(tenant_id, id),
      FOREIGN KEY (tenant_id, registered_by_user_id) REFERENCES app_user(tenant_id, id),
      CHECK (state <> 'GEWEIGERD' OR refusal_reason IS NOT NULL),
      CHECK (state <> 'AFGESLOTEN' OR (closing_reason IS NOT NULL AND outcome IS NOT NULL AND closed_at IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX case_file_table_state ON case_file (tenant_id, case_table_id, state)`);
    await q.query(`CREATE INDEX case_file_main_subject ON case_file (tenant_id, main_subject_id)`);

    await q.query(`CREATE TABLE case_participant (
      tenant_id uuid NOT NULL,
      case_id uuid NOT NULL,
      discipline text NOT NULL CHECK (discipline IN ${DISCIPLINES}),
      added_by_user_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, case_id, discipline),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file(tenant_id, id) ON DELETE CASCADE
    )`);

    await q.query(`CREATE TABLE case_subject (
      tenant_id uuid NOT NULL,
      case_id uuid NOT NULL,
      subject_id uuid NOT NULL,
      role text NOT NULL CHECK (role IN ('HOOFDBETROKKENE','GEZINSLID','EIGENAAR','VERHUURDER','ZORGAANBIEDER','TUSSENPERSOON','ADRES','OVERIG')),
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, case_id, subject_id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, subject_id) REFERENCES subject(tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX case_subject_subject ON case_subject (tenant_id, subject_id)`);

    // Signals and deliveries belong to the signals feature; referenced by id only.
    await q.query(`CREATE TABLE case_signal (
      tenant_id uuid NOT NULL,
      case_id uuid NOT NULL,
      signal_id uuid NOT NULL,
      delivery_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, case_id, signal_id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file(tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX case_signal_signal ON case_signal (tenant_id, signal_id)`);

    await q.query(`CREATE TABLE case_escalation (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_id uuid NOT NULL,
      reason text NOT NULL,
      target text NOT NULL,
      escalated_by_user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, escalated_by_user_id) REFERENCES app_user(tenant_id, id)
    )`);
    await q.query(`CREATE INDEX case_escalation_case ON case_escalation (tenant_id, case_id)`);

    await q.query(`CREATE TABLE meeting (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_table_id uuid NOT NULL,
      scheduled_at timestamptz NOT NULL,
      location text,
      state text NOT NULL CHECK (state IN ('GEPLAND','GESLOTEN')),
      scheduled_by_user_id uuid NOT NULL,
      closed_at timestamptz,
      closed_by_user_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, case_table_id) REFERENCES case_table(tenant_id, id),
      CHECK ((state = 'GESLOTEN') = (closed_at IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX meeting_table_date ON meeting (tenant_id, case_table_id, scheduled_at)`);

    await q.query(`CREATE TABLE meeting_attendee (
      tenant_id uuid NOT NULL,
      meeting_id uuid NOT NULL,
      user_id uuid NOT NULL,
      PRIMARY KEY (tenant_id, meeting_id, user_id),
      FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id)
    )`);

    await q.query(`CREATE TABLE agenda_item (
      tenant_id uuid NOT NULL,
      meeting_id uuid NOT NULL,
      case_id uuid NOT NULL,
      position integer NOT NULL CHECK (position >= 1),
      PRIMARY KEY (tenant_id, meeting_id, case_id),
      UNIQUE (tenant_id, meeting_id, position),
      FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file(tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX agenda_item_case ON agenda_item (tenant_id, case_id)`);

    // A guest is invited for one agenda item: that case, around that meeting (need-to-know).
    await q.query(`CREATE TABLE agenda_guest (
      tenant_id uuid NOT NULL,
      meeting_id uuid NOT NULL,
      case_id uuid NOT NULL,
      user_id uuid NOT NULL,
      PRIMARY KEY (tenant_id, meeting_id, case_id, user_id),
      FOREIGN KEY (tenant_id, meeting_id, case_id) REFERENCES agenda_item(tenant_id, meeting_id, case_id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id)
    )`);
    await q.query(`CREATE INDEX agenda_guest_user ON agenda_guest (tenant_id, user_id)`);

    await q.query(`CREATE TABLE contribution (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_id uuid NOT NULL,
      meeting_id uuid,
      amends_contribution_id uuid,
      author_user_id uuid NOT NULL,
      discipline text CHECK (discipline IN ${DISCIPLINES}),
      category text NOT NULL CHECK (category IN ${CATEGORIES}),
      visibility text NOT NULL CHECK (visibility IN ('ALL_PARTICIPANTS','OWN_DISCIPLINE','CHAIR_AND_DIRECTOR')),
      text_encrypted text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting(tenant_id, id),
      FOREIGN KEY (tenant_id, amends_contribution_id) REFERENCES contribution(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, author_user_id) REFERENCES app_user(tenant_id, id)
    )`);
    await q.query(`CREATE INDEX contribution_case ON contribution (tenant_id, case_id, created_at)`);
    // Minutes of a closed meeting are locked in the database too: no row tied to a closed meeting is
    // inserted, changed in any column or deleted. Corrections are addenda: new rows without a meeting.
    // Erasing a whole case (retention, art. 17) still removes its minutes by cascade: the case row is gone then.
    await q.query(`CREATE FUNCTION contribution_minutes_are_locked() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        closed boolean := false;
      BEGIN
        IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM case_file c WHERE c.tenant_id = OLD.tenant_id AND c.id = OLD.case_id) THEN
          RETURN OLD;
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.meeting_id IS NOT NULL THEN
          closed := EXISTS (SELECT 1 FROM meeting m WHERE m.tenant_id = OLD.tenant_id AND m.id = OLD.meeting_id AND m.state = 'GESLOTEN');
        END IF;
        IF NOT closed AND TG_OP IN ('INSERT', 'UPDATE') AND NEW.meeting_id IS NOT NULL THEN
          closed := EXISTS (SELECT 1 FROM meeting m WHERE m.tenant_id = NEW.tenant_id AND m.id = NEW.meeting_id AND m.state = 'GESLOTEN');
        END IF;
        IF closed AND (TG_OP <> 'UPDATE' OR ROW(NEW.*) IS DISTINCT FROM ROW(OLD.*)) THEN
          RAISE EXCEPTION 'the minutes of a closed meeting are locked; add an addendum instead' USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`CREATE TRIGGER contribution_locked_after_meeting BEFORE INSERT OR UPDATE OR DELETE ON contribution
      FOR EACH ROW EXECUTE FUNCTION contribution_minutes_are_locked()`);

    await q.query(`CREATE TABLE decision (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_id uuid NOT NULL,
      meeting_id uuid,
      category text NOT NULL CHECK (category IN ${CATEGORIES}),
      text_encrypted text NOT NULL,
      decided_by_user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, meeting_id) REFERENCES meeting(tenant_id, id),
      FOREIGN KEY (tenant_id, decided_by_user_id) REFERENCES app_user(tenant_id, id)
    )`);
    await q.query(`CREATE INDEX decision_case ON decision (tenant_id, case_id, created_at)`);

    await q.query(`CREATE TABLE action_item (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_id uuid NOT NULL,
      decision_id uuid,
      category text NOT NULL CHECK (category IN ${CATEGORIES}),
      description_encrypted text NOT NULL,
      owner_user_id uuid NOT NULL,
      due_at timestamptz NOT NULL,
      status text NOT NULL CHECK (status IN ('OPEN','DONE','CANCELLED')),
      completed_at timestamptz,
      completed_by_user_id uuid,
      reminded_at timestamptz,
      overdue_at timestamptz,
      created_by_user_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, decision_id) REFERENCES decision(tenant_id, id),
      FOREIGN KEY (tenant_id, owner_user_id) REFERENCES app_user(tenant_id, id),
      CHECK ((status = 'OPEN') = (completed_at IS NULL))
    )`);
    await q.query(`CREATE INDEX action_item_case ON action_item (tenant_id, case_id)`);
    await q.query(`CREATE INDEX action_item_open_owner ON action_item (tenant_id, owner_user_id) WHERE status = 'OPEN'`);

    // The case timeline: one row per event, in order (seq); content is referenced, never copied.
    await q.query(`CREATE TABLE case_event (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      seq bigint GENERATED ALWAYS AS IDENTITY,
      case_id uuid NOT NULL,
      kind text NOT NULL,
      actor_user_id uuid,
      ref_id uuid,
      details jsonb NOT NULL DEFAULT '{}',
      occurred_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file(tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX case_event_case ON case_event (tenant_id, case_id, seq)`);

    const grants: [string, string][] = [
      ['case_table', 'SELECT, INSERT, UPDATE'],
      ['case_table_member', 'SELECT, INSERT, UPDATE'],
      ['case_reference_counter', 'SELECT, INSERT, UPDATE'],
      ['case_file', 'SELECT, INSERT, UPDATE, DELETE'],
      ['case_participant', 'SELECT, INSERT, DELETE'],
      ['case_subject', 'SELECT, INSERT, DELETE'],
      ['case_signal', 'SELECT, INSERT, DELETE'],
      ['case_escalation', 'SELECT, INSERT, DELETE'],
      ['meeting', 'SELECT, INSERT, UPDATE, DELETE'],
      ['meeting_attendee', 'SELECT, INSERT, DELETE'],
      ['agenda_item', 'SELECT, INSERT, DELETE'],
      ['agenda_guest', 'SELECT, INSERT, DELETE'],
      ['contribution', 'SELECT, INSERT, UPDATE, DELETE'],
      ['decision', 'SELECT, INSERT, DELETE'],
      ['action_item', 'SELECT, INSERT, UPDATE, DELETE'],
      ['case_event', 'SELECT, INSERT, DELETE'],
    ];
    for (const [table, privileges] of grants) {
      await isolateByTenant(q, table);
      await grantToApp(q, table, privileges);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'case_event',
      'action_item',
      'decision',
      'contribution',
      'agenda_guest',
      'agenda_item',
      'meeting_attendee',
      'meeting',
      'case_escalation',
      'case_signal',
      'case_subject',
      'case_participant',
      'case_file',
      'case_reference_counter',
      'case_table_member',
      'case_table',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS contribution_minutes_are_locked()`);
  }
}
