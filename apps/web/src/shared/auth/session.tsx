import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UserManager } from 'oidc-client-ts';
import { createUserManager, randomToken } from './oidc';
import type { DevAccount, WebConfig } from './web-config';

/** A signed-in browser session: how to get a valid access token, and who it is for. */
export interface Session {
  /** Identifies the user in query caches, so one user's answers are never shown to the next. */
  userKey: string;
  /** A valid access token, renewed first when it has expired. */
  accessToken(): Promise<string>;
  /** Called when the API says UNAUTHENTICATED (with its reason, if any): renew once, or end the session. */
  renewAfterRefusal(reason?: string): Promise<boolean>;
  signOut(): Promise<void>;
}

interface AuthState {
  config: WebConfig;
  session: Session | undefined;
  /** Why the last session ended, in Dutch (shown on the login page). */
  endedBecause: string | undefined;
  signInAsDemo(account: Pick<DevAccount, 'tenant' | 'username'>): Promise<void>;
  signInWithProvider(returnTo: string): Promise<void>;
  /** Completes the provider's redirect back; returns where the user was going. */
  completeProviderSignIn(): Promise<string>;
}

const AuthContext = createContext<AuthState | undefined>(undefined);

const DEV_SESSION_KEY = 'vangrail.dev-session';

const EXPIRED = 'Je sessie is verlopen. Log opnieuw in.';
/** The API's reason FOREIGN_ISSUER: renewing at the same provider cannot help. */
const FOREIGN_ISSUER = 'Je toegangsbewijs is geweigerd: het komt van een andere inlogdienst dan die deze omgeving vertrouwt. '
  + 'Er is niets getoond of gewijzigd. Log opnieuw in via de inlogdienst van je organisatie.';

interface StoredDevSession {
  accessToken: string;
  expiresAt: number;
  userKey: string;
}

function readDevSession(): StoredDevSession | undefined {
  try {
    const stored = JSON.parse(sessionStorage.getItem(DEV_SESSION_KEY) ?? 'null') as StoredDevSession | null;
    return stored && stored.expiresAt > Date.now() ? stored : undefined;
  } catch {
    return undefined;
  }
}

export function AuthProvider({ config, children }: { config: WebConfig; children: ReactNode }) {
  const oidc = useMemo<UserManager | undefined>(
    () => (config.authentication.mode === 'oidc' ? createUserManager(config.authentication) : undefined),
    [config],
  );
  const [dev, setDev] = useState<StoredDevSession | undefined>(() => (oidc ? undefined : readDevSession()));
  const [oidcUserKey, setOidcUserKey] = useState<string | undefined>();
  const [ready, setReady] = useState(!oidc);
  const [endedBecause, setEndedBecause] = useState<string | undefined>();

  useEffect(() => {
    if (!oidc) return;
    let active = true;
    const loaded = (user: { profile: { sub: string; iss: string }; expired?: boolean } | null) => {
      if (active) setOidcUserKey(user && !user.expired ? `${user.profile.iss}|${user.profile.sub}` : undefined);
    };
    oidc.getUser().then((user) => {
      loaded(user);
      if (active) setReady(true);
    });
    const onLoaded = (user: Parameters<typeof loaded>[0]) => loaded(user);
    const onUnloaded = () => loaded(null);
    const onRenewError = () => {
      if (!active) return;
      setEndedBecause(EXPIRED);
      void oidc.removeUser();
    };
    oidc.events.addUserLoaded(onLoaded);
    oidc.events.addUserUnloaded(onUnloaded);
    oidc.events.addSilentRenewError(onRenewError);
    return () => {
      active = false;
      oidc.events.removeUserLoaded(onLoaded);
      oidc.events.removeUserUnloaded(onUnloaded);
      oidc.events.removeSilentRenewError(onRenewError);
    };
  }, [oidc]);

  const endDevSession = useCallback((reason?: string) => {
    sessionStorage.removeItem(DEV_SESSION_KEY);
    setDev(undefined);
    setEndedBecause(reason);
  }, []);

  const session = useMemo<Session | undefined>(() => {
    if (oidc && oidcUserKey) {
      return {
        userKey: oidcUserKey,
        accessToken: async () => {
          let user = await oidc.getUser();
          if (!user || user.expired) user = await oidc.signinSilent();
          if (!user) throw new Error('no session');
          return user.access_token;
        },
        renewAfterRefusal: async (reason) => {
          if (reason !== 'FOREIGN_ISSUER') {
            try {
              if (await oidc.signinSilent()) return true;
            } catch {
              // the refresh token is spent or refused: the session ends below
            }
          }
          setEndedBecause(reason === 'FOREIGN_ISSUER' ? FOREIGN_ISSUER : EXPIRED);
          await oidc.removeUser();
          return false;
        },
        signOut: async () => {
          const user = await oidc.getUser();
          await oidc.signoutRedirect({ id_token_hint: user?.id_token });
        },
      };
    }
    if (!oidc && dev) {
      return {
        userKey: dev.userKey,
        accessToken: async () => {
          if (dev.expiresAt <= Date.now()) {
            endDevSession(EXPIRED);
            throw new Error('session expired');
          }
          return dev.accessToken;
        },
        renewAfterRefusal: async (reason) => {
          endDevSession(reason === 'FOREIGN_ISSUER' ? FOREIGN_ISSUER : 'Je sessie is verlopen of niet meer geldig. Log opnieuw in.');
          return false;
        },
        signOut: async () => endDevSession('Je bent uitgelogd.'),
      };
    }
    return undefined;
  }, [oidc, oidcUserKey, dev, endDevSession]);

  const state = useMemo<AuthState>(() => ({
    config,
    session,
    endedBecause,
    signInAsDemo: async ({ tenant, username }) => {
      const response = await fetch('/web-api/dev-token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ tenant, username }),
      });
      const body = (await response.json()) as { accessToken?: string; expiresIn?: number; messageNl?: string };
      if (!response.ok || !body.accessToken) throw new Error(body.messageNl ?? 'Inloggen lukte niet.');
      const stored: StoredDevSession = { accessToken: body.accessToken, expiresAt: Date.now() + (body.expiresIn ?? 3600) * 1000, userKey: `${tenant}|${username}` };
      sessionStorage.setItem(DEV_SESSION_KEY, JSON.stringify(stored));
      setEndedBecause(undefined);
      setDev(stored);
    },
    signInWithProvider: async (returnTo) => {
      if (!oidc) throw new Error('OIDC is not configured');
      await oidc.signinRedirect({ nonce: randomToken(), url_state: randomToken(), state: { returnTo } });
    },
    completeProviderSignIn: async () => {
      if (!oidc) throw new Error('OIDC is not configured');
      const user = await oidc.signinRedirectCallback();
      const returnTo = (user.state as { returnTo?: string } | undefined)?.returnTo;
      return returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : '/';
    },
  }), [config, session, endedBecause, oidc]);

  if (!ready) return null;
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in session; only inside the signed-in part of the app (see RequireSession). */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('useSession outside a signed-in route');
  return session;
}
