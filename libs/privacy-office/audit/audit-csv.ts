import { stringify } from 'csv-stringify/sync';
import { AuditEventView } from './audit-events.types';

const COLUMNS: (keyof AuditEventView)[] = [
  'seq', 'occurredAt', 'username', 'organisation', 'discipline', 'role', 'onBehalfOf', 'action', 'outcome', 'resourceType', 'resourceId',
  'subjectKeys', 'dataCategories', 'purpose', 'legalBasis', 'processingActivity', 'emergencyAccess', 'reason', 'requestId', 'traceId', 'sourceAddress',
];

/** A cell a spreadsheet would run as a formula gets a leading apostrophe (CSV injection, OWASP). */
function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return neutralise(value.join(' '));
  return neutralise(String(value));
}

/** The audit events as CSV with a header row, one line per event. */
export function auditEventsToCsv(events: AuditEventView[]): string {
  return stringify([COLUMNS, ...events.map((event) => COLUMNS.map((column) => cell(event[column])))], { record_delimiter: '\r\n' });
}
