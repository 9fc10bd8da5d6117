import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { Heading1, Link, Paragraph } from '@utrecht/component-library-react/css-module';
import { useAuth } from '../../shared/auth/session';
import { LoadingState } from '../../shared/ui/LoadingState';
import { Notice } from '../../shared/ui/Notice';
import { usePageTitle } from '../../shared/ui/page-title';

/** The provider's redirect back (`/inloggen/terug?code=…&state=…`): checks state and nonce, then goes on. */
export function ProviderCallbackPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  usePageTitle('Inloggen');
  useEffect(() => {
    if (started.current) return; // the code may be exchanged only once (React runs effects twice in development)
    started.current = true;
    auth.completeProviderSignIn()
      .then((returnTo) => navigate(returnTo, { replace: true }))
      .catch(() => setFailed(true));
  }, [auth, navigate]);
  if (!failed) return <LoadingState label="Bezig met inloggen…" />;
  return (
    <div className="vangrail-stack">
      <Heading1>Inloggen lukte niet</Heading1>
      <Notice type="error">Het antwoord van de inlogdienst kon niet worden gecontroleerd. Er is niemand ingelogd.</Notice>
      <Paragraph><Link href="/inloggen">Opnieuw inloggen</Link></Paragraph>
    </div>
  );
}
