import { HttpException } from '@nestjs/common';
import type { AppConfig } from '@vangrail/config';
import type { DevAccounts } from './dev-accounts';
import { WebSessionController } from './web-session.controller';

const ANNA = { tenant: 'demodam', tenantName: 'Gemeente Demodam', username: 'wijkteam.anna', displayName: 'Anna', discipline: 'WIJKTEAM', organisation: null, subject: 'wijkteam.anna' };
const accounts = { list: async () => [ANNA], find: async (tenant: string, username: string) => (tenant === ANNA.tenant && username === ANNA.username ? ANNA : undefined) } as unknown as DevAccounts;

function controller(nodeEnv: AppConfig['nodeEnv'], oidcClientId?: string): WebSessionController {
  const config = {
    nodeEnv,
    oidc: { issuer: 'https://login.example', audience: 'vangrail', tenantClaim: 'tenant' },
    web: { distDir: '/nowhere', oidcClientId, oidcScope: 'openid profile' },
  } as unknown as AppConfig;
  return new WebSessionController(config, accounts);
}

async function refusal(run: () => Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await run();
  } catch (error) {
    if (error instanceof HttpException) return { status: error.getStatus(), code: (error.getResponse() as { code: string }).code };
    throw error;
  }
  throw new Error('not refused');
}

describe('web sign-in configuration and the development login', () => {
  it('production never offers or issues development logins, even for a registered account', async () => {
    const production = controller('production');
    expect(production.webConfig().authentication).toEqual({ mode: 'unavailable' });
    expect(await refusal(() => production.devAccounts())).toEqual({ status: 403, code: 'FORBIDDEN' });
    expect(await refusal(() => production.devToken({ tenant: 'demodam', username: 'wijkteam.anna' }))).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('with an OIDC client configured the app signs in at the issuer and the demo login is off', async () => {
    const oidc = controller('development', 'vangrail-web');
    expect(oidc.webConfig().authentication).toEqual({ mode: 'oidc', authority: 'https://login.example', clientId: 'vangrail-web', scope: 'openid profile' });
    expect(await refusal(() => oidc.devToken({ tenant: 'demodam', username: 'wijkteam.anna' }))).toEqual({ status: 403, code: 'FORBIDDEN' });
  });

  it('in development an unknown account gets a clear refusal instead of a token', async () => {
    const development = controller('development');
    expect(development.webConfig().authentication).toEqual({ mode: 'development' });
    expect(await refusal(() => development.devToken({ tenant: 'demodam', username: 'niemand' }))).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(await refusal(() => development.devToken({ tenant: 42, username: 'wijkteam.anna' }))).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
  });
});
