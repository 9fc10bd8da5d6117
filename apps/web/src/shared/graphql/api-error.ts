/** A refusal or failure from the API, with its stable code and the server's Dutch explanation. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    /** Plain Dutch for the user (the API's `messageNl`, or ours for transport failures). */
    readonly messageNl: string,
    /** The input field the API named (BAD_USER_INPUT), e.g. `subjects.0.bsn`. */
    readonly field?: string,
    readonly requestId?: string,
    /** Why the API refused, where it says (e.g. FOREIGN_ISSUER for a token of another identity provider). */
    readonly reason?: string,
  ) {
    super(messageNl);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; messageNl?: string; field?: string; reason?: string };
}

/** Dutch words for the codes when the server gave none (transport failures, query-shape errors). */
const FALLBACK_NL: Record<string, string> = {
  UNAUTHENTICATED: 'Je bent niet (meer) ingelogd. Log opnieuw in.',
  FORBIDDEN: 'Je hebt geen toegang tot deze gegevens.',
  PURPOSE_REQUIRED: 'Kies eerst waarom je deze gegevens wilt inzien.',
  PURPOSE_NOT_PERMITTED: 'Met dit doel mag je deze gegevens niet inzien.',
  NOT_FOUND: 'Dit bestaat niet (meer), of je mag het niet zien.',
  CONFLICT: 'Iemand anders wijzigde dit tegelijk; er is niets opgeslagen. Probeer het opnieuw.',
  RATE_LIMITED: 'Je hebt in korte tijd te veel verzoeken gedaan. Wacht even en probeer het opnieuw.',
  NETWORK: 'De server is niet bereikbaar. Controleer je verbinding en probeer het opnieuw.',
  INTERNAL: 'Er ging iets mis aan onze kant; er is niets gewijzigd.',
};

export function apiErrorFrom(error: GraphQLErrorShape, requestId?: string): ApiError {
  const code = error.extensions?.code ?? 'INTERNAL';
  const messageNl = error.extensions?.messageNl ?? FALLBACK_NL[code] ?? FALLBACK_NL.INTERNAL;
  return new ApiError(code, messageNl, error.extensions?.field, requestId, error.extensions?.reason);
}

export function networkError(): ApiError {
  return new ApiError('NETWORK', FALLBACK_NL.NETWORK);
}
