import { Discipline, PlatformRole, VangrailError } from '@vangrail/core';
import { GroupClaimMapping } from './group-claims';

const mapping = GroupClaimMapping.parse({
  'gg-vangrail-wmo': { discipline: 'WMO' },
  'gg-vangrail-jeugd': { discipline: 'JEUGD' },
  'gg-inspecteurs': { roles: ['INSPECTOR'] },
  'gg-fg': { roles: ['PRIVACY_OFFICER', 'INSPECTOR'] },
});

function refusal(groups: unknown): string {
  try {
    mapping.assign(groups);
  } catch (error) {
    expect(error).toBeInstanceOf(VangrailError);
    return (error as VangrailError).message;
  }
  throw new Error('expected a refusal');
}

describe('Discipline and roles from the identity provider’s groups', () => {
  it('gives the mapped discipline and the union of the mapped roles, ignoring unmapped groups', () => {
    expect(mapping.assign(['Domain Users', 'gg-vangrail-wmo', 'gg-inspecteurs', 'gg-fg'])).toEqual({
      discipline: Discipline.WMO,
      roles: [PlatformRole.INSPECTOR, PlatformRole.PRIVACY_OFFICER],
    });
  });

  it('accepts a single group sent as a string', () => {
    expect(mapping.assign('gg-vangrail-jeugd')).toEqual({ discipline: Discipline.JEUGD, roles: [] });
  });

  it('lets staff outside the disciplines in without one (a privacy officer)', () => {
    expect(GroupClaimMapping.parse({ 'gg-fg': { roles: ['PRIVACY_OFFICER'] } }).assign(['gg-fg'])).toEqual({ discipline: null, roles: [PlatformRole.PRIVACY_OFFICER] });
  });

  it('refuses a sign-in with no mapped group, two disciplines, or an inspector without a discipline, saying why', () => {
    expect(refusal(['Domain Users'])).toMatch(/none of your groups/);
    expect(refusal(undefined)).toMatch(/none of your groups/);
    expect(refusal(['gg-vangrail-wmo', 'gg-vangrail-jeugd'])).toMatch(/more than one discipline \(WMO, JEUGD\)/);
    expect(refusal(['gg-inspecteurs'])).toMatch(/inspector without a discipline/);
  });

  it('stops the start on a discipline or role that does not exist, naming the group', () => {
    expect(() => GroupClaimMapping.parse({ 'gg-x': { discipline: 'WMO2' } })).toThrow(/group "gg-x" to "WMO2", which is not a discipline/);
    expect(() => GroupClaimMapping.parse({ 'gg-y': { roles: ['ADMIN'] } })).toThrow(/group "gg-y" the role "ADMIN", which is not a platform role/);
  });
});
