import { Discipline } from '@vangrail/core';
import { keptUntil, RETENTION_DUTIES } from './retention-duties';

describe('Retention duties that stop an erasure', () => {
  it('keeps a Jeugdwet file twenty years and a Wmo file fifteen, from the day it was made', () => {
    const made = new Date('2026-03-10T09:00:00Z');
    expect(keptUntil(Discipline.JEUGD, made)?.until.toISOString()).toBe('2046-03-10T09:00:00.000Z');
    expect(keptUntil(Discipline.WMO, made)?.until.toISOString()).toBe('2041-03-10T09:00:00.000Z');
  });

  it('names no duty for a discipline without one', () => {
    expect(keptUntil(Discipline.BWT, new Date())).toBeNull();
  });

  it('names the legal source of every duty in Dutch and English', () => {
    for (const duty of Object.values(RETENTION_DUTIES)) {
      expect(duty!.source.nl).toMatch(/art\.|Selectielijst/);
      expect(duty!.source.en.length).toBeGreaterThan(20);
    }
  });
});
