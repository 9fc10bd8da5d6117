import { parse } from 'csv-parse/sync';
import { AuditAction, AuditOutcome } from '@vangrail/privacy';
import { auditEventsToCsv } from './audit-csv';
import { AuditEventView } from './audit-events.types';

const event = (overrides: Partial<AuditEventView>): AuditEventView => ({
  id: '0b0e7c5e-2f53-4a57-9a1e-0d1f2a3b4c5d',
  seq: '42',
  occurredAt: new Date('2026-11-25T10:00:00Z'),
  username: 'bwt.fleur',
  organisation: 'Gemeente Demodam',
  discipline: 'BWT',
  role: 'PROFESSIONAL,INSPECTOR',
  onBehalfOf: null,
  action: AuditAction.READ,
  outcome: AuditOutcome.ALLOWED,
  resourceType: 'Delivery',
  resourceId: 'd1',
  subjectKeys: ['s1', 's2'],
  dataCategories: ['ADRES', 'WONEN'],
  purpose: 'SIGNAALBEOORDELING',
  legalBasis: null,
  processingActivity: 'Beoordeling van doorgezette signalen, toezicht per wet',
  emergencyAccess: false,
  reason: null,
  requestId: 'r1',
  traceId: null,
  sourceAddress: '127.0.0.1',
  ...overrides,
});

describe('Audit export as CSV', () => {
  it('gives one row per event under a header, with lists space-separated and commas quoted', () => {
    const rows = parse(auditEventsToCsv([event({}), event({ seq: '41', reason: 'state A, then B' })])) as string[][];
    expect(rows[0].slice(0, 4)).toEqual(['seq', 'occurredAt', 'username', 'organisation']);
    expect(rows).toHaveLength(3);
    const header = rows[0];
    expect(rows[1][header.indexOf('subjectKeys')]).toBe('s1 s2');
    expect(rows[1][header.indexOf('processingActivity')]).toBe('Beoordeling van doorgezette signalen, toezicht per wet');
    expect(rows[2][header.indexOf('reason')]).toBe('state A, then B');
    expect(rows[1][header.indexOf('occurredAt')]).toBe('2026-11-25T10:00:00.000Z');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    const rows = parse(auditEventsToCsv([event({ reason: '=HYPERLINK("http://x")' })])) as string[][];
    expect(rows[1][rows[0].indexOf('reason')]).toBe('\'=HYPERLINK("http://x")');
  });
});
