import { AbilityBuilder, createMongoAbility, MongoAbility, MongoQuery } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser } from '@vangrail/core';
import type { Purpose } from '../purpose';

/** Actions are verbs on resource types; fields are data categories (what of the record may be seen). */
/** `explain`: metadata about processing (routing explanations), never content. */
export type Action = 'read' | 'search' | 'create' | 'update' | 'explain' | 'manage';
/** Conditions are plain objects over the resource's (and its links') fields, translated to SQL by abilityToSql. */
export type AppAbility = MongoAbility<[Action, string], MongoQuery<Record<string, unknown>>>;
export type AppAbilityBuilder = AbilityBuilder<AppAbility>;

export interface AbilityInput {
  user: AuthenticatedUser;
  purpose: Purpose;
  /** The request's transaction (tenant already set), for facts such as memberships. */
  manager: EntityManager;
}

/**
 * The record that makes an access lawful beyond the purpose itself (an open data-subject request,
 * an emergency-access grant): written into every audit event about the resource or subject it covers.
 */
export interface AccessBasis {
  legalBasis: string;
  reason: string;
}

/** What a rule contributor sees: the ability's input, and a way to name the basis of what it allows. */
export interface RuleInput extends AbilityInput {
  /** `key` is a resource id or a subject key the rule allows because of `basis`. */
  declareBasis(key: string, basis: AccessBasis): void;
  /** Subjects whose processing is restricted (AVG art. 18): records naming them are refused (GovernedContext.record). */
  declareRestricted(subjectKeys: readonly string[]): void;
}

/**
 * A feature's CASL rules (the `<feature>.policy.ts` files). Rules stay few: conditions use `$in`
 * over ids and disciplines, never one rule per record, so they translate to one SQL filter.
 */
export interface PolicyRules {
  contribute(builder: AppAbilityBuilder, input: RuleInput): Promise<void> | void;
}

/** The condition field every rule carries (AbilityFactory adds it): the record's tenant. */
export const TENANT_FIELD = 'tenantId';

export function newAbilityBuilder(): AppAbilityBuilder {
  return new AbilityBuilder<AppAbility>(createMongoAbility);
}

/**
 * Adds one `can` rule. CASL types conditions per subject class; our resources are named by string,
 * so conditions are plain records (dotted keys reach links, see SqlMapping.relations).
 */
export function allow(
  builder: AppAbilityBuilder,
  action: Action,
  resource: string,
  fields: readonly string[] | undefined,
  conditions?: Record<string, unknown>,
): void {
  const can = builder.can.bind(builder) as (...args: unknown[]) => unknown;
  const args: unknown[] = [action, resource];
  if (fields) args.push([...fields]);
  if (conditions) args.push(conditions);
  can(...args);
}
