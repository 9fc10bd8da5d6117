import { CaseTableKind } from '../tables/entities/case-table.entity';
import { legalBasisGap } from './legal-basis-rules';
import { AdmissionCriterion, LegalGround, NotInformedReason } from './legal-basis-vocabulary';
import type { RecordCaseLegalBasisInput } from './legal-basis.dto';

const TODAY = '2026-12-03';
const basis = (extra: Partial<RecordCaseLegalBasisInput>): RecordCaseLegalBasisInput => ({
  caseId: 'c',
  ground: LegalGround.WGS,
  provision: 'WGS, art. 2.3',
  proportionality: 'Alleen wat nodig is',
  subsidiarity: 'Lichtere middelen hielpen niet',
  personInformed: false,
  notInformedReason: NotInformedReason.VEILIGHEID,
  ...extra,
});
const fieldOf = (input: RecordCaseLegalBasisInput, kind = CaseTableKind.SOCIAAL) => (legalBasisGap(input, kind, TODAY)?.extensions.field as string | undefined) ?? null;

describe('What a legal basis must state', () => {
  it('accepts a complete statutory basis with a reason not to inform', () => {
    expect(fieldOf(basis({}))).toBeNull();
  });

  it('asks a Zorg- en Veiligheidshuis for the admission criteria the case meets', () => {
    expect(fieldOf(basis({}), CaseTableKind.ZORG_EN_VEILIGHEID)).toBe('input.admissionCriteria');
    expect(fieldOf(basis({ admissionCriteria: [AdmissionCriterion.ZORG_EN_VEILIGHEID] }), CaseTableKind.ZORG_EN_VEILIGHEID)).toBeNull();
  });

  it('wants date and scope for consent, not in the future, and no consent details under another ground', () => {
    expect(fieldOf(basis({ ground: LegalGround.TOESTEMMING, provision: undefined, consentScope: 'Delen met Wmo' }))).toBe('input.consentGivenOn');
    expect(fieldOf(basis({ ground: LegalGround.TOESTEMMING, consentGivenOn: '2026-12-04', consentScope: 'Delen met Wmo' }))).toBe('input.consentGivenOn');
    expect(fieldOf(basis({ ground: LegalGround.TOESTEMMING, consentGivenOn: TODAY }))).toBe('input.consentScope');
    expect(fieldOf(basis({ ground: LegalGround.TOESTEMMING, provision: undefined, consentGivenOn: TODAY, consentScope: 'Delen met Wmo' }))).toBeNull();
    expect(fieldOf(basis({ consentGivenOn: TODAY }))).toBe('input.ground');
  });

  it('keeps "informed" and "not informed" apart', () => {
    expect(fieldOf(basis({ personInformed: true, notInformedReason: undefined }))).toBe('input.informedOn');
    expect(fieldOf(basis({ personInformed: true, informedOn: TODAY }))).toBe('input.notInformedReason');
    expect(fieldOf(basis({ personInformed: true, informedOn: TODAY, notInformedReason: undefined }))).toBeNull();
    expect(fieldOf(basis({ notInformedReason: undefined }))).toBe('input.notInformedReason');
    expect(fieldOf(basis({ informedOn: TODAY }))).toBe('input.informedOn');
  });
});
