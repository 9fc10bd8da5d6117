import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { Heading1, Paragraph } from '@utrecht/component-library-react/css-module';
import { HomePage } from '../features/home';
import { LoginPage, ProviderCallbackPage, SignedOutPage } from '../features/login';
import { MeProvider } from '../shared/auth/me';
import { OIDC_CALLBACK_PATH, SIGNED_OUT_PATH } from '../shared/auth/oidc';
import { AuthProvider, useAuth } from '../shared/auth/session';
import type { WebConfig } from '../shared/auth/web-config';
import { ApiError } from '../shared/graphql/api-error';
import { TenantTheme } from '../shared/theme/TenantTheme';
import { usePageTitle } from '../shared/ui/page-title';
import { FEATURES } from './features';
import { Layout } from './Layout';

const NAVIGATION = FEATURES.flatMap((feature) => feature.navigation);
const ROUTES = FEATURES.flatMap((feature) => feature.routes);

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Refusals and input errors do not change on a retry; only a lost connection may.
      queries: { retry: (failures, error) => error instanceof ApiError && error.code === 'NETWORK' && failures < 2, refetchOnWindowFocus: false, staleTime: 10_000 },
      mutations: { retry: false },
    },
  });
}

export function App({ config }: { config: WebConfig }) {
  const [queries] = useState(createQueryClient);
  return (
    <BrowserRouter>
      <AuthProvider config={config}>
        <QueryClientProvider client={queries}>
          <Routes>
            <Route path="/inloggen" element={<PublicPage tenantThemes={config.tenantThemes}><LoginPage /></PublicPage>} />
            <Route path={OIDC_CALLBACK_PATH} element={<PublicPage tenantThemes={config.tenantThemes}><ProviderCallbackPage /></PublicPage>} />
            <Route path={SIGNED_OUT_PATH} element={<PublicPage tenantThemes={config.tenantThemes}><SignedOutPage /></PublicPage>} />
            <Route path="*" element={<SignedInApp tenantThemes={config.tenantThemes} />} />
          </Routes>
        </QueryClientProvider>
      </AuthProvider>
    </BrowserRouter>
  );
}

function PublicPage({ tenantThemes, children }: { tenantThemes: boolean; children: ReactNode }) {
  return (
    <TenantTheme tenantThemes={tenantThemes}>
      <header className="vangrail-header">
        <div className="vangrail-header__bar"><span className="vangrail-header__brand">Vangrail</span></div>
      </header>
      <main id="inhoud" className="vangrail-main">{children}</main>
    </TenantTheme>
  );
}

/** Everything behind sign-in: without a session the user goes to /inloggen and comes back after. */
function SignedInApp({ tenantThemes }: { tenantThemes: boolean }) {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/inloggen" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return (
    <MeProvider key={session.userKey}>
      {(me) => (
        <TenantTheme tenant={me.tenant} tenantThemes={tenantThemes}>
          <Layout me={me} navigation={NAVIGATION}>
            <Routes>
              <Route path="/" element={<HomePage navigation={NAVIGATION} />} />
              {ROUTES.map((route) => <Route key={route.path} path={route.path} element={route.element} />)}
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Layout>
        </TenantTheme>
      )}
    </MeProvider>
  );
}

function NotFoundPage() {
  usePageTitle('Pagina niet gevonden');
  return (
    <>
      <Heading1>Pagina niet gevonden</Heading1>
      <Paragraph>Deze pagina bestaat niet. Kies een onderdeel in het menu.</Paragraph>
    </>
  );
}
