import { isCalendarDay, parseUserCsv } from './user-import';

const HEADER = 'username,oidc_subject,display_name,discipline,roles,organisation,contact,valid_from,valid_until';

describe('users:import CSV checks', () => {
  it('reads a good line with several roles, an empty discipline and open-ended validity', () => {
    const { users, problems } = parseUserCsv(`${HEADER}\nWmo.Piet,sub-1,Piet Wmo,wmo,PROFESSIONAL;inspector,Gemeente Zuidhaven,14 0888,2026-01-01,\nfg.sara,sub-2,Sara FG,,PRIVACY_OFFICER,Gemeente Zuidhaven,,,\n`);
    expect(problems).toEqual([]);
    expect(users[0]).toMatchObject({ line: 2, username: 'wmo.piet', discipline: 'WMO', roles: ['PROFESSIONAL', 'INSPECTOR'], validFrom: '2026-01-01', validUntil: null });
    expect(users[1]).toMatchObject({ line: 3, discipline: null, roles: ['PRIVACY_OFFICER'], contact: null });
  });

  it('names each bad line, its column and the problem, in English and Dutch, and keeps only the good lines', () => {
    const csv = [
      HEADER,
      'ok.one,s1,One,BWT,PROFESSIONAL,Org,,,',
      'bad.discipline,s2,Two,POLITIE,PROFESSIONAL,Org,,,',
      'bad.date,s3,Three,OOV,INSPECTOR,Org,,2026-02-30,',
      'ok.one,s4,Four,WMO,PROFESSIONAL,Org,,,',
      'bad.period,s5,Five,WMO,PROFESSIONAL,Org,,2026-05-01,2026-04-30',
      'no.roles,s6,Six,WMO,,Org,,,',
      'inspector.alone,s7,Seven,,INSPECTOR,Org,,,',
    ].join('\n');
    const { users, problems } = parseUserCsv(csv);
    expect(users.map((u) => u.username)).toEqual(['ok.one']);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'discipline'],
      [4, 'valid_from'],
      [5, 'username'],
      [6, 'valid_until'],
      [7, 'roles'],
      [8, 'discipline'],
    ]);
    expect(problems[0].message).toContain('"POLITIE" is not a discipline');
    expect(problems[0].messageNl).toContain('"POLITIE" is geen discipline');
    expect(problems[2].message).toBe('"ok.one" was already given on line 2');
  });

  it('refuses a file whose header lacks a required column or has an unknown one', () => {
    expect(parseUserCsv('username,subject\nx,y\n').problems).toEqual([
      expect.objectContaining({ line: 1, message: 'header row: missing oidc_subject, display_name, roles, organisation; unknown subject' }),
    ]);
  });

  it('accepts only real calendar days', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    expect(isCalendarDay('2026-02-30')).toBe(false);
    expect(isCalendarDay('1-2-2026')).toBe(false);
  });
});
