import { Paragraph } from '@utrecht/component-library-react/css-module';
import { ApiError } from '../graphql/api-error';
import { Notice } from './Notice';

const TITLE: Record<string, string> = {
  FORBIDDEN: 'Geen toegang',
  PURPOSE_REQUIRED: 'Kies eerst een doel',
  PURPOSE_NOT_PERMITTED: 'Niet toegestaan met dit doel',
  NOT_FOUND: 'Niet gevonden',
  RESTRICTED: 'Verwerking beperkt',
  UNAUTHENTICATED: 'Niet ingelogd',
  RATE_LIMITED: 'Even geduld',
  NETWORK: 'Geen verbinding',
};

/** A refusal or failure explained in plain Dutch, with the reference to quote when it is our fault. */
export function ApiErrorNotice({ error }: { error: unknown }) {
  const api = error instanceof ApiError ? error : undefined;
  return (
    <Notice type="error" title={api ? (TITLE[api.code] ?? 'Dat lukte niet') : 'Dat lukte niet'}>
      <Paragraph>{api?.messageNl ?? 'Er ging iets mis. Probeer het opnieuw.'}</Paragraph>
      {api?.code === 'INTERNAL' && api.requestId ? <Paragraph>Kenmerk voor de servicedesk: {api.requestId}</Paragraph> : null}
    </Notice>
  );
}
