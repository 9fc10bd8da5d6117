import { Discipline, DOMAIN_OF } from '@vangrail/core';
import { TRIAGE_SECONDS, Urgency } from '@vangrail/signals/signal-vocabulary';
import type { MatchedRule, RoutingExplanation, RoutingTarget } from './routing-explanation';

/** The parts of a routing rule the evaluation needs (the entity, or an unsaved draft). */
export interface RuleSpec {
  id: string;
  ruleKey: string;
  version: number;
  name: string;
  categories: string[];
  requiredFlags: string[];
  urgencies: string[];
  subjectTypes: string[];
  reportingDomains: string[];
  targetDiscipline: string;
  deliveryPurpose: string;
  allowedCategories: string[];
  triageSeconds: number | null;
  /** Do not deliver to the target discipline when it reported the signal itself. */
  skipReporterDiscipline: boolean;
}

/** What routing looks at: never the description, never personal data. */
export interface SignalFacts {
  category: string;
  flags: string[];
  urgency: string;
  subjectTypes: string[];
  reportingDomain: string;
  reportingDiscipline: string;
}

/** The conditions a rule met, in words; null when it does not match. Empty lists mean "any". */
export function matchRule(rule: RuleSpec, facts: SignalFacts): string[] | null {
  const reasons: string[] = [];
  if (rule.categories.length) {
    if (!rule.categories.includes(facts.category)) return null;
    reasons.push(`category ${facts.category} is routed by this rule`);
  }
  if (rule.requiredFlags.length) {
    const missing = rule.requiredFlags.filter((flag) => !facts.flags.includes(flag));
    if (missing.length) return null;
    reasons.push(`flag ${rule.requiredFlags.join(' and ')} is set`);
  }
  if (rule.urgencies.length) {
    if (!rule.urgencies.includes(facts.urgency)) return null;
    reasons.push(`urgency ${facts.urgency}`);
  }
  if (rule.subjectTypes.length) {
    const types = rule.subjectTypes.filter((type) => facts.subjectTypes.includes(type));
    if (!types.length) return null;
    reasons.push(`the signal is about a subject of type ${types.join(', ')}`);
  }
  if (rule.reportingDomains.length) {
    if (!rule.reportingDomains.includes(facts.reportingDomain)) return null;
    reasons.push(`reported from the ${facts.reportingDomain} domain`);
  }
  return reasons;
}

/**
 * Evaluates every current rule and groups the matches per target discipline. The reporter's own
 * discipline is a team and gets a delivery like any other target (the reporter may not triage it),
 * unless every rule that matched it says `skipReporterDiscipline`: then it is listed as skipped,
 * with the reason, so the explanation stays complete.
 */
export function evaluateRouting(rules: RuleSpec[], facts: SignalFacts, now = new Date()): RoutingExplanation {
  const targets = new Map<string, RoutingTarget>();
  for (const rule of rules) {
    const reasons = matchRule(rule, facts);
    if (!reasons) continue;
    const matched: MatchedRule = { ruleId: rule.id, ruleKey: rule.ruleKey, version: rule.version, name: rule.name, reasons };
    const triageSeconds = rule.triageSeconds ?? TRIAGE_SECONDS[facts.urgency as Urgency] ?? TRIAGE_SECONDS[Urgency.NORMAL];
    const existing = targets.get(rule.targetDiscipline);
    const skipsReporter = rule.skipReporterDiscipline && rule.targetDiscipline === facts.reportingDiscipline;
    if (existing) {
      existing.rules.push(matched);
      if (!skipsReporter) delete existing.skipped;
      existing.allowedCategories = [...new Set([...existing.allowedCategories, ...rule.allowedCategories])].sort();
      existing.triageSeconds = Math.min(existing.triageSeconds, triageSeconds);
      continue;
    }
    targets.set(rule.targetDiscipline, {
      discipline: rule.targetDiscipline,
      domain: DOMAIN_OF[rule.targetDiscipline as Discipline],
      purpose: rule.deliveryPurpose,
      allowedCategories: [...rule.allowedCategories].sort(),
      triageSeconds,
      rules: [matched],
      skipped: skipsReporter
        ? `${facts.reportingDiscipline} reported the signal itself and rule ${rule.ruleKey} does not send the reporter's own discipline a copy`
        : undefined,
    });
  }
  return {
    evaluatedAt: now.toISOString(),
    rulesEvaluated: rules.length,
    targets: [...targets.values()].sort((a, b) => a.discipline.localeCompare(b.discipline)),
  };
}

/** The targets that get a delivery, grouped per domain queue. */
export function deliveriesByDomain(explanation: RoutingExplanation): Map<string, RoutingTarget[]> {
  const byDomain = new Map<string, RoutingTarget[]>();
  for (const target of explanation.targets) {
    if (target.skipped) continue;
    byDomain.set(target.domain, [...(byDomain.get(target.domain) ?? []), target]);
  }
  return byDomain;
}
