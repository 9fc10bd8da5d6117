import { Discipline } from '@vangrail/core';
import { DEFAULT_VISIBILITY, Purpose } from '@vangrail/privacy';
import { SignalCategory as C, SignalFlag as F } from '@vangrail/signals/signal-vocabulary';
import type { RuleSpec } from './rule-evaluation';

const { WMO, JEUGD, PW, WIJKTEAM, BRP, BWT, OOV } = Discipline;

interface DefaultRoute {
  category: C;
  targets: Discipline[];
  /** Extra targets that need a condition: all flags present, or a subject of a type. */
  conditional?: { target: Discipline; flags?: F[]; subjectTypes?: string[]; label: string }[];
}

/** DOMAIN.md §5, "Default categories and where they go". */
export const DEFAULT_ROUTES: DefaultRoute[] = [
  { category: C.ZORGMIJDING, targets: [WMO, WIJKTEAM] },
  { category: C.PGB_MISBRUIK, targets: [WMO, JEUGD], conditional: [{ target: OOV, flags: [F.ONDERMIJNING], label: 'met vlag ONDERMIJNING' }] },
  { category: C.UITKERING_ONRECHTMATIG, targets: [PW], conditional: [{ target: BRP, subjectTypes: ['ADDRESS'], label: 'over een adres' }] },
  { category: C.ADRES_TWIJFEL, targets: [BRP, PW] },
  { category: C.OVERBEWONING, targets: [BWT, BRP] },
  { category: C.KAMERVERHUUR, targets: [BWT, BRP, OOV], conditional: [{ target: WMO, flags: [F.ZORG_OP_LOCATIE], label: 'met vlag ZORG_OP_LOCATIE' }] },
  { category: C.BRANDGEVAAR, targets: [BWT, OOV] },
  { category: C.WONING_ONVEILIG, targets: [BWT], conditional: [{ target: WMO, flags: [F.KWETSBARE_BEWONERS], label: 'met vlag KWETSBARE_BEWONERS' }] },
  { category: C.ZORGAANBIEDER_KWALITEIT, targets: [WMO, JEUGD], conditional: [{ target: BWT, flags: [F.ZORG_OP_LOCATIE], label: 'met vlag ZORG_OP_LOCATIE' }] },
  { category: C.UITBUITING, targets: [OOV, WMO, PW] },
  { category: C.ONDERMIJNING, targets: [OOV] },
  { category: C.OVERLAST, targets: [OOV, WIJKTEAM] },
];

/** The default rules as rule specs (version 1), with stable keys such as `KAMERVERHUUR-WMO`. */
export function defaultRuleSpecs(): Omit<RuleSpec, 'id' | 'version'>[] {
  return DEFAULT_ROUTES.flatMap((route) => [
    ...route.targets.map((target) => ({
      ruleKey: `${route.category}-${target}`,
      name: `${route.category} → ${target}`,
      categories: [route.category],
      requiredFlags: [],
      urgencies: [],
      subjectTypes: [],
      reportingDomains: [],
      targetDiscipline: target,
      deliveryPurpose: Purpose.SIGNAALBEOORDELING,
      allowedCategories: [...DEFAULT_VISIBILITY[target]],
      triageSeconds: null,
      skipReporterDiscipline: false,
    })),
    ...(route.conditional ?? []).map((extra) => ({
      ruleKey: `${route.category}-${extra.target}`,
      name: `${route.category} ${extra.label} → ${extra.target}`,
      categories: [route.category],
      requiredFlags: extra.flags ?? [],
      urgencies: [],
      subjectTypes: extra.subjectTypes ?? [],
      reportingDomains: [],
      targetDiscipline: extra.target,
      deliveryPurpose: Purpose.SIGNAALBEOORDELING,
      allowedCategories: [...DEFAULT_VISIBILITY[extra.target]],
      triageSeconds: null,
      skipReporterDiscipline: false,
    })),
  ]);
}
