/** Why a target received a signal: the rule (and version) that matched and the conditions it met. */
export interface MatchedRule {
  ruleId: string;
  ruleKey: string;
  version: number;
  name: string;
  reasons: string[];
}

export interface RoutingTarget {
  discipline: string;
  domain: string;
  purpose: string;
  /** Union of the matched rules' allowed data categories. */
  allowedCategories: string[];
  triageSeconds: number;
  rules: MatchedRule[];
  /** Set when the target was matched but not delivered to, with the reason. */
  skipped?: string;
}

export interface RoutingExplanation {
  evaluatedAt: string;
  rulesEvaluated: number;
  targets: RoutingTarget[];
}
