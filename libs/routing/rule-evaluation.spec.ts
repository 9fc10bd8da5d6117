import { Discipline } from '@vangrail/core';
import { DEFAULT_ROUTES, defaultRuleSpecs } from './default-rules';
import { evaluateRouting, RuleSpec, SignalFacts } from './rule-evaluation';

const RULES: RuleSpec[] = defaultRuleSpecs().map((spec, i) => ({ ...spec, id: `rule-${i}`, version: 1 }));

function facts(overrides: Partial<SignalFacts>): SignalFacts {
  return { category: 'ZORGMIJDING', flags: [], urgency: 'NORMAL', subjectTypes: ['PERSON'], reportingDomain: 'SOCIAAL', reportingDiscipline: 'NONE', ...overrides };
}

const delivered = (f: SignalFacts) => evaluateRouting(RULES, f).targets.filter((t) => !t.skipped).map((t) => t.discipline).sort();

describe('Default routing (DOMAIN.md §5)', () => {
  it.each(DEFAULT_ROUTES.map((route) => [route.category, route]))('%s goes to its default targets without flags', (_c, route) => {
    expect(delivered(facts({ category: route.category }))).toEqual([...route.targets].sort());
  });

  it.each(DEFAULT_ROUTES.flatMap((route) => (route.conditional ?? []).map((extra) => [`${route.category} + ${extra.label}`, route, extra] as const)))(
    '%s adds the conditional target',
    (_name, route, extra) => {
      const result = delivered(facts({ category: route.category, flags: extra.flags ?? [], subjectTypes: ['PERSON', ...(extra.subjectTypes ?? [])] }));
      expect(result).toEqual([...new Set([...route.targets, extra.target])].sort());
    },
  );

  it('explains why each target received the signal, with rule key and version', () => {
    const result = evaluateRouting(RULES, facts({ category: 'KAMERVERHUUR', flags: ['ZORG_OP_LOCATIE'] }));
    const wmo = result.targets.find((t) => t.discipline === Discipline.WMO)!;
    expect(wmo.rules).toEqual([
      expect.objectContaining({ ruleKey: 'KAMERVERHUUR-WMO', version: 1, reasons: ['category KAMERVERHUUR is routed by this rule', 'flag ZORG_OP_LOCATIE is set'] }),
    ]);
    expect(wmo.allowedCategories).not.toContain('STRAFRECHTELIJK');
  });

  it("delivers to the reporter's own discipline too: it is a team, and someone else there triages", () => {
    expect(delivered(facts({ category: 'ONDERMIJNING', reportingDiscipline: 'OOV', reportingDomain: 'VEILIGHEID' }))).toEqual(['OOV']);
    expect(delivered(facts({ category: 'UITKERING_ONRECHTMATIG', reportingDiscipline: 'PW' }))).toEqual(['PW']);
  });

  it("skips the reporter's own discipline only when its rule says so, and says why", () => {
    const rules = RULES.map((rule) => (rule.ruleKey === 'KAMERVERHUUR-BWT' ? { ...rule, skipReporterDiscipline: true } : rule));
    const result = evaluateRouting(rules, facts({ category: 'KAMERVERHUUR', reportingDiscipline: 'BWT', reportingDomain: 'FYSIEK' }));
    expect(result.targets.find((t) => t.discipline === 'BWT')?.skipped).toContain('BWT reported the signal itself and rule KAMERVERHUUR-BWT');
    const other = evaluateRouting(rules, facts({ category: 'KAMERVERHUUR', reportingDiscipline: 'OOV', reportingDomain: 'VEILIGHEID' }));
    expect(other.targets.every((t) => !t.skipped)).toBe(true);
  });

  it('uses the shorter triage deadline for more urgent signals', () => {
    const acute = evaluateRouting(RULES, facts({ urgency: 'ACUTE' })).targets[0];
    const low = evaluateRouting(RULES, facts({ urgency: 'LOW' })).targets[0];
    expect(acute.triageSeconds).toBe(4 * 3600);
    expect(low.triageSeconds).toBe(10 * 24 * 3600);
  });
});
