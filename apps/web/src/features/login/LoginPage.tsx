import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react/css-module';
import { useAuth } from '../../shared/auth/session';
import type { DevAccount } from '../../shared/auth/web-config';
import { DISCIPLINE } from '../../shared/i18n/vocabulary';
import type { Discipline } from '../../gql/schema-types';
import { Button } from '../../shared/ui/Button';
import { LoadingState } from '../../shared/ui/LoadingState';
import { Notice } from '../../shared/ui/Notice';
import { usePageTitle } from '../../shared/ui/page-title';

/** Where to go after signing in: the page that sent the user here, else the start page. */
function useReturnTo(): string {
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  return from && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginPage() {
  const auth = useAuth();
  usePageTitle('Inloggen');
  const mode = auth.config.authentication.mode;
  return (
    <div className="vangrail-stack">
      <Heading1>Inloggen bij Vangrail</Heading1>
      {auth.endedBecause ? <Notice type="info">{auth.endedBecause}</Notice> : null}
      {mode === 'oidc' ? <ProviderLogin /> : mode === 'development' ? <DemoLogin /> : (
        <Notice type="error" title="Inloggen is niet ingericht">
          Deze omgeving heeft geen inlogdienst ingesteld. Neem contact op met de functioneel beheerder.
        </Notice>
      )}
    </div>
  );
}

function ProviderLogin() {
  const auth = useAuth();
  const returnTo = useReturnTo();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <Paragraph>Je logt in via de inlogdienst van je organisatie. Daarna kom je hier terug.</Paragraph>
      {failed ? <Notice type="error">De inlogdienst is niet bereikbaar. Probeer het later opnieuw.</Notice> : null}
      <Button
        appearance="primary"
        busy={busy}
        onClick={() => {
          setBusy(true);
          auth.signInWithProvider(returnTo).catch(() => {
            setBusy(false);
            setFailed(true);
          });
        }}
      >
        Inloggen via de inlogdienst
      </Button>
    </>
  );
}

function DemoLogin() {
  const auth = useAuth();
  const navigate = useNavigate();
  const returnTo = useReturnTo();
  const [accounts, setAccounts] = useState<DevAccount[] | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [signingIn, setSigningIn] = useState<string | undefined>();

  useEffect(() => {
    let active = true;
    fetch('/web-api/dev-accounts')
      .then(async (response) => {
        const body = await response.json();
        if (!response.ok) throw new Error(body.messageNl ?? 'De demogebruikers zijn niet beschikbaar.');
        if (active) setAccounts(body as DevAccount[]);
      })
      .catch((error: unknown) => active && setProblem(error instanceof Error ? error.message : 'De demogebruikers zijn niet beschikbaar.'));
    return () => {
      active = false;
    };
  }, []);

  const tenants = [...new Map((accounts ?? []).map((account) => [account.tenant, account.tenantName]))];
  return (
    <>
      <Notice type="warning" title="Ontwikkelomgeving">
        Kies een demogebruiker. In productie kan dit niet: daar log je in via de inlogdienst van je organisatie.
      </Notice>
      {problem ? <Notice type="error">{problem}</Notice> : null}
      {!accounts && !problem ? <LoadingState label="Demogebruikers worden geladen…" /> : null}
      {tenants.map(([tenant, tenantName]) => (
        <section key={tenant} aria-labelledby={`tenant-${tenant}`}>
          <Heading2 id={`tenant-${tenant}`}>{tenantName}</Heading2>
          <ul className="vangrail-card-list">
            {accounts!.filter((account) => account.tenant === tenant).map((account) => {
              const key = `${account.tenant}|${account.username}`;
              const discipline = account.discipline ? DISCIPLINE[account.discipline as Discipline] ?? account.discipline : undefined;
              return (
                <li key={key} className="vangrail-card">
                  <Paragraph>
                    <strong>{account.displayName}</strong>
                    <br />
                    {[discipline, account.organisation].filter(Boolean).join(' · ') || account.username}
                  </Paragraph>
                  <Button
                    appearance="primary"
                    busy={signingIn === key}
                    aria-label={`Inloggen als ${account.displayName}`}
                    onClick={() => {
                      setSigningIn(key);
                      setProblem(undefined);
                      auth.signInAsDemo(account)
                        .then(() => navigate(returnTo, { replace: true }))
                        .catch((error: unknown) => {
                          setSigningIn(undefined);
                          setProblem(error instanceof Error ? error.message : 'Inloggen lukte niet.');
                        });
                    }}
                  >
                    Inloggen
                  </Button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
