import { createHash } from 'node:crypto';
import { Discipline, PlatformRole } from '@vangrail/core';
import type { SubjectInput } from '@vangrail/subjects';

/** Stable ids so re-running the seed, tests and docs all name the same rows. */
export function demoId(name: string): string {
  const hex = createHash('sha256').update(`vangrail-demo:${name}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const { PROFESSIONAL: P, INSPECTOR: I } = PlatformRole;

export interface DemoUser {
  username: string;
  displayName: string;
  discipline: Discipline | null;
  roles: PlatformRole[];
  contact: string;
}

export interface DemoTenant {
  slug: string;
  name: string;
  users: DemoUser[];
  /** Fictional people, with BSNs from the RvIG test range (999990xxx) that pass the 11-proef. */
  subjects: Record<string, SubjectInput>;
}

const user = (username: string, displayName: string, discipline: Discipline | null, roles: PlatformRole[], contact: string): DemoUser => ({
  username,
  displayName,
  discipline,
  roles,
  contact,
});

export const DEMO_TENANTS: DemoTenant[] = [
  {
    slug: 'demodam',
    name: 'Gemeente Demodam',
    users: [
      user('wijkteam.anna', 'Anna Wijkteam', Discipline.WIJKTEAM, [P], 'Wijkteam Centrum, 14 0999'),
      user('wmo.bram', 'Bram Wmo-toezicht', Discipline.WMO, [P, I], 'Toezicht Wmo, 14 0999 toestel 201'),
      user('jeugd.chris', 'Chris Jeugd-toezicht', Discipline.JEUGD, [P, I], 'Toezicht Jeugd, 14 0999 toestel 202'),
      user('pw.dewi', 'Dewi Sociale recherche', Discipline.PW, [P, I], 'Team Handhaving Participatiewet, 14 0999 toestel 203'),
      user('brp.eva', 'Eva BRP-onderzoek', Discipline.BRP, [P, I], 'Team BRP-adresonderzoek, 14 0999 toestel 204'),
      user('bwt.fleur', 'Fleur Bouw- en woningtoezicht', Discipline.BWT, [P, I], 'Bouw- en woningtoezicht, 14 0999 toestel 205'),
      user('oov.gijs', 'Gijs Handhaving OOV', Discipline.OOV, [P, I], 'Openbare orde en veiligheid, 14 0999 toestel 206'),
      user('voorzitter.hanna', 'Hanna Voorzitter', null, [P], 'Zorg- en Veiligheidshuis, 14 0999 toestel 100'),
      user('privacy.ivo', 'Ivo Privacy officer', null, [PlatformRole.PRIVACY_OFFICER], 'privacy@demodam.example'),
      user('beheer.jan', 'Jan Functioneel beheer', null, [PlatformRole.FUNCTIONAL_ADMINISTRATOR], 'beheer@demodam.example'),
      user('analist.kim', 'Kim Beleidsanalist', null, [PlatformRole.ANALYST], 'onderzoek@demodam.example'),
    ],
    subjects: {
      'address-lindelaan-12': { address: { postcode: '9991AB', houseNumber: 12, street: 'Lindelaan', town: 'Demodam' } },
      'address-kanaalstraat-4': { address: { postcode: '9991CD', houseNumber: 4, street: 'Kanaalstraat', town: 'Demodam' } },
      'person-karin-jansen': {
        person: {
          bsn: '999990019',
          name: 'Karin Jansen',
          dateOfBirth: '1978-03-14',
          address: { postcode: '9991AB', houseNumber: 12, street: 'Lindelaan', town: 'Demodam' },
        },
      },
      'person-ahmed-el-idrissi': {
        person: {
          bsn: '999990020',
          name: 'Ahmed El Idrissi',
          dateOfBirth: '1990-07-02',
          address: { postcode: '9991CD', houseNumber: 4, street: 'Kanaalstraat', town: 'Demodam' },
        },
      },
      'person-sanne-de-boer': {
        person: {
          bsn: '999990032',
          name: 'Sanne de Boer',
          dateOfBirth: '2009-11-20',
          address: { postcode: '9991AB', houseNumber: 12, street: 'Lindelaan', town: 'Demodam' },
        },
      },
      'organisation-zorgvilla-het-anker': { organisation: { kvkNumber: '90000001', name: 'Zorgvilla Het Anker B.V.' } },
      'organisation-kamerverhuur-demodam': { organisation: { kvkNumber: '90000002', name: 'Kamerverhuur Demodam B.V.' } },
    },
  },
  {
    slug: 'tweestad',
    name: 'Gemeente Tweestad',
    users: [user('wmo.lotte', 'Lotte Wmo-toezicht', Discipline.WMO, [P, I], 'Toezicht Wmo Tweestad')],
    subjects: {
      'person-pieter-bakker': {
        person: {
          bsn: '999990044',
          name: 'Pieter Bakker',
          dateOfBirth: '1965-01-30',
          address: { postcode: '8881AA', houseNumber: 7, street: 'Dorpsstraat', town: 'Tweestad' },
        },
      },
    },
  },
];

export const DEMO_BSNS = DEMO_TENANTS.flatMap((tenant) =>
  Object.values(tenant.subjects).flatMap((subject) => (subject.person?.bsn ? [subject.person.bsn] : [])),
);
