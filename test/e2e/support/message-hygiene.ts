/**
 * What a user reads in an error: plain words in English and Dutch. No ids, no timestamps as the
 * machine writes them, no enum values as the code spells them (IN_TRIAGE, UITKERING_ONRECHTMATIG).
 * Discipline and law abbreviations (WMO, BWT, AVG, BSN…) are the users' own words and are allowed.
 */
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
const ISO_TIMESTAMP = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const UNDERSCORED_CONSTANT = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;
const SHOUTED_WORD = /\b[A-Z]{5,}\b/g;
const USERS_OWN_WORDS = new Set(['WIJKTEAM', 'JEUGD', 'PRIVACY', 'BEHEER', 'ANALIST', 'GRAPHQL', 'NOODTOEGANG']);

/** The reasons a message is not fit for a user, empty when it is. */
export function messageProblems(message: string | undefined): string[] {
  if (!message) return ['no message'];
  // What the user typed may be quoted back as it was ("NIEUWSGIERIGHEID" is not a known purpose).
  message = message.replace(/"[^"]*"/g, '""');
  const problems: string[] = [];
  if (UUID.test(message)) problems.push('contains an id');
  if (ISO_TIMESTAMP.test(message)) problems.push('contains a machine timestamp');
  const constant = UNDERSCORED_CONSTANT.exec(message);
  if (constant) problems.push(`contains the code value ${constant[0]}`);
  for (const word of message.match(SHOUTED_WORD) ?? []) if (!USERS_OWN_WORDS.has(word)) problems.push(`contains the code value ${word}`);
  return problems;
}

/**
 * The errors of one answer that a user could not read, each with its reasons. GraphQL's own answers
 * to a malformed request (no Dutch text: a client's bug, never shown to a user) are left out.
 */
export function errorsUnfitForUsers(errors: readonly { message: string; extensions?: { code?: unknown; messageNl?: unknown } }[]): string[] {
  const unfit: string[] = [];
  for (const error of errors) {
    const requestShape = error.extensions?.code === 'BAD_USER_INPUT' && error.extensions.messageNl === undefined;
    if (requestShape) continue;
    const nl = typeof error.extensions?.messageNl === 'string' ? error.extensions.messageNl : undefined;
    const problems = [...messageProblems(error.message).map((p) => `English ${p}`), ...messageProblems(nl).map((p) => `Dutch ${p}`)];
    if (problems.length) unfit.push(`  "${error.message}" / "${nl ?? ''}": ${problems.join('; ')}`);
  }
  return unfit;
}
