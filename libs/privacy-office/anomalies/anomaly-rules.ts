import type { Label } from '@vangrail/core';

/** Unusual access, by rules a privacy officer can read and check (no machine learning). */
export enum AnomalyRule {
  MANY_SUBJECTS = 'MANY_SUBJECTS',
  LOOKUP_BURST = 'LOOKUP_BURST',
  REFUSAL_BURST = 'REFUSAL_BURST',
  OUTSIDE_WORKING_HOURS = 'OUTSIDE_WORKING_HOURS',
  EMERGENCY_UNREVIEWED = 'EMERGENCY_UNREVIEWED',
}

export interface AnomalyThresholds {
  subjectsPerDay: number;
  lookupsPerHour: number;
  refusalsPerHour: number;
  workdayStartHour: number;
  workdayEndHour: number;
}

/** One group of audit events a rule flags: whose, in which window, how many, and which events. */
export interface AnomalyHit {
  rule: AnomalyRule;
  userId: string;
  username: string | null;
  discipline: string | null;
  windowStart: Date;
  windowEnd: Date;
  count: number;
  eventIds: string[];
}

/** What a rule means, in words for the officer, given its threshold. */
export function ruleExplanation(rule: AnomalyRule, t: AnomalyThresholds, count: number): Label {
  switch (rule) {
    case AnomalyRule.MANY_SUBJECTS:
      return {
        nl: `${count} verschillende personen of adressen ingezien op één dag zonder signaal, doorzetting of casus van de eigen discipline of tafel die dat verklaart (drempel: ${t.subjectsPerDay})`,
        en: `${count} different persons or addresses read in one day without a signal, delivery or case of the user's discipline or table that explains it (threshold: ${t.subjectsPerDay})`,
      };
    case AnomalyRule.LOOKUP_BURST:
      return {
        nl: `${count} keer binnen een uur nagegaan of iemand elders bekend is (drempel: ${t.lookupsPerHour})`,
        en: `${count} hit / no-hit lookups within one hour (threshold: ${t.lookupsPerHour})`,
      };
    case AnomalyRule.REFUSAL_BURST:
      return {
        nl: `${count} keer binnen een uur geweigerd (drempel: ${t.refusalsPerHour})`,
        en: `${count} refusals within one hour (threshold: ${t.refusalsPerHour})`,
      };
    case AnomalyRule.OUTSIDE_WORKING_HOURS:
      return {
        nl: `${count} keer gegevens ingezien of gewijzigd buiten werktijd (werkdagen ${t.workdayStartHour}:00–${t.workdayEndHour}:00)`,
        en: `${count} accesses to personal data outside working hours (weekdays ${t.workdayStartHour}:00–${t.workdayEndHour}:00)`,
      };
    case AnomalyRule.EMERGENCY_UNREVIEWED:
      return {
        nl: 'Noodtoegang gebruikt die nog niet is beoordeeld',
        en: 'Emergency access used and not yet reviewed',
      };
  }
}

/** Reads that show personal data; writes of personal data count too outside working hours. */
const ACCESS_ACTIONS = `('READ', 'SEARCH', 'EXPORT', 'LOOKUP', 'CREATE', 'UPDATE')`;
const DAY = `date_trunc('day', e.occurred_at AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'Europe/Amsterdam'`;
const HOUR = `date_trunc('hour', e.occurred_at)`;

/** More than $4 events matching `condition` by one user within one clock hour. */
function hourlyBurst(condition: string): string {
  return `
      SELECT e.user_id, min(e.username) AS username, min(e.discipline) AS discipline, ${HOUR} AS window_start,
             ${HOUR} + interval '1 hour' AS window_end, count(*) AS n, (array_agg(e.id ORDER BY e.occurred_at))[1:100] AS event_ids
        FROM audit_event e
       WHERE e.tenant_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3 AND e.user_id IS NOT NULL AND ${condition}
       GROUP BY e.user_id, ${HOUR}
      HAVING count(*) > $4`;
}

/**
 * Per rule: the SQL over the audit trail ($1 tenant, $2 from, $3 to, $4 threshold) that returns
 * (user_id, username, discipline, window_start, window_end, n, event_ids). The audit trail is the
 * only source; the "explained" check of MANY_SUBJECTS reads the signals, deliveries and cases that
 * make a read part of someone's work.
 */
export const RULE_SQL: Readonly<Record<Exclude<AnomalyRule, AnomalyRule.EMERGENCY_UNREVIEWED>, { sql: string; threshold: (t: AnomalyThresholds) => number[] }>> = {
  [AnomalyRule.MANY_SUBJECTS]: {
    threshold: (t) => [t.subjectsPerDay],
    sql: `
      SELECT e.user_id, min(e.username) AS username, min(e.discipline) AS discipline, ${DAY} AS window_start,
             ${DAY} + interval '1 day' AS window_end, count(DISTINCT s.key) AS n, (array_agg(DISTINCT e.id))[1:100] AS event_ids
        FROM audit_event e CROSS JOIN LATERAL unnest(e.subject_keys) AS s(key)
       WHERE e.tenant_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3 AND e.user_id IS NOT NULL
         AND e.outcome = 'ALLOWED' AND e.action IN ('READ', 'SEARCH', 'EXPORT')
         AND e.purpose IS DISTINCT FROM 'PRIVACYTOEZICHT'
         AND NOT EXISTS (
           SELECT 1 FROM signal_subject ss JOIN signal sg ON sg.tenant_id = ss.tenant_id AND sg.id = ss.signal_id
            WHERE ss.tenant_id = e.tenant_id AND ss.subject_id::text = s.key
              AND (sg.reporter_user_id = e.user_id
                   OR EXISTS (SELECT 1 FROM delivery d WHERE d.tenant_id = sg.tenant_id AND d.signal_id = sg.id AND d.discipline = e.discipline)))
         AND NOT EXISTS (
           SELECT 1 FROM case_subject cs JOIN case_file cf ON cf.tenant_id = cs.tenant_id AND cf.id = cs.case_id
            WHERE cs.tenant_id = e.tenant_id AND cs.subject_id::text = s.key
              AND (EXISTS (SELECT 1 FROM case_participant cp WHERE cp.tenant_id = cs.tenant_id AND cp.case_id = cs.case_id AND cp.discipline = e.discipline)
                   OR EXISTS (SELECT 1 FROM case_table_member m WHERE m.tenant_id = cf.tenant_id AND m.case_table_id = cf.case_table_id AND m.user_id = e.user_id)))
       GROUP BY e.user_id, ${DAY}
      HAVING count(DISTINCT s.key) > $4`,
  },
  [AnomalyRule.LOOKUP_BURST]: { threshold: (t) => [t.lookupsPerHour], sql: hourlyBurst(`e.action = 'LOOKUP'`) },
  [AnomalyRule.REFUSAL_BURST]: { threshold: (t) => [t.refusalsPerHour], sql: hourlyBurst(`e.outcome = 'DENIED'`) },
  [AnomalyRule.OUTSIDE_WORKING_HOURS]: {
    threshold: (t) => [t.workdayStartHour, t.workdayEndHour],
    // $4 start hour, $5 end hour (local time); weekends are outside working hours all day.
    sql: `
      SELECT e.user_id, min(e.username) AS username, min(e.discipline) AS discipline, ${DAY} AS window_start,
             ${DAY} + interval '1 day' AS window_end, count(*) AS n, (array_agg(e.id ORDER BY e.occurred_at))[1:100] AS event_ids
        FROM audit_event e
       WHERE e.tenant_id = $1 AND e.occurred_at >= $2 AND e.occurred_at < $3 AND e.user_id IS NOT NULL
         AND e.outcome = 'ALLOWED' AND e.action IN ${ACCESS_ACTIONS} AND cardinality(e.subject_keys) > 0
         AND (extract(isodow FROM e.occurred_at AT TIME ZONE 'Europe/Amsterdam') >= 6
              OR extract(hour FROM e.occurred_at AT TIME ZONE 'Europe/Amsterdam') < $4
              OR extract(hour FROM e.occurred_at AT TIME ZONE 'Europe/Amsterdam') >= $5)
       GROUP BY e.user_id, ${DAY}`,
  },
};
