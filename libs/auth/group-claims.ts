import { Discipline, PlatformRole, unauthenticated } from '@vangrail/core';

/** What the identity provider's groups say about a member of staff. */
export interface StaffAssignment {
  /** None for staff outside the disciplines: chairs, privacy officers, administrators, analysts. */
  discipline: Discipline | null;
  roles: PlatformRole[];
}

type Entry = { discipline?: Discipline; roles: PlatformRole[] };

const DISCIPLINES = new Set<string>(Object.values(Discipline));
const ROLES = new Set<string>(Object.values(PlatformRole));

/**
 * Discipline and platform roles from the groups claim of the municipality's identity provider,
 * so that IT manages staff where it manages everything else (NL GOV OIDC profile: the IdP is the
 * source of a member of staff's attributes). Groups that are not mapped are ignored. The sign-in is
 * refused, with the reason, when no group is mapped, when the groups give two disciplines, or an
 * inspector's role without a discipline (the rules of users:import).
 */
export class GroupClaimMapping {
  private constructor(private readonly entries: ReadonlyMap<string, Entry>) {}

  /** Checks every discipline and role name once, at start: a typo stops the process, naming it. */
  static parse(mapping: Record<string, { discipline?: string; roles?: string[] }>): GroupClaimMapping {
    const entries = new Map<string, Entry>();
    for (const [group, { discipline, roles = [] }] of Object.entries(mapping)) {
      if (discipline !== undefined && !DISCIPLINES.has(discipline)) {
        throw new Error(`Configuration error: OIDC_GROUP_MAPPING maps group "${group}" to "${discipline}", which is not a discipline (${[...DISCIPLINES].join(', ')})`);
      }
      const unknown = roles.find((role) => !ROLES.has(role));
      if (unknown) throw new Error(`Configuration error: OIDC_GROUP_MAPPING gives group "${group}" the role "${unknown}", which is not a platform role (${[...ROLES].join(', ')})`);
      entries.set(group, { discipline: discipline as Discipline | undefined, roles: roles as PlatformRole[] });
    }
    return new GroupClaimMapping(entries);
  }

  assign(groups: unknown): StaffAssignment {
    const names = Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : typeof groups === 'string' ? [groups] : [];
    const matched = names.flatMap((name) => this.entries.get(name) ?? []);
    if (matched.length === 0) throw unauthenticated('none of your groups at the identity provider gives access to Vangrail; ask your functional administrator');
    const disciplines = [...new Set(matched.flatMap((entry) => entry.discipline ?? []))];
    if (disciplines.length > 1) throw unauthenticated(`your groups at the identity provider give you more than one discipline (${disciplines.join(', ')}); ask your functional administrator`);
    const roles = [...new Set(matched.flatMap((entry) => entry.roles))];
    if (roles.includes(PlatformRole.INSPECTOR) && disciplines.length === 0) throw unauthenticated('your groups at the identity provider make you an inspector without a discipline; ask your functional administrator');
    return { discipline: disciplines[0] ?? null, roles };
  }
}
