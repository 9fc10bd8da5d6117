import { Body, Controller, Get, HttpCode, HttpException, HttpStatus, Inject, Post } from '@nestjs/common';
import { issueDevToken } from '@vangrail/auth';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { Public } from '@vangrail/privacy';
import { DevAccounts, type DevAccount } from './dev-accounts';

/** How the browser app signs users in: the municipality's OIDC provider, or (development) a demo-user picker. */
export type WebAuthentication =
  | { mode: 'oidc'; authority: string; clientId: string; scope: string }
  | { mode: 'development' }
  | { mode: 'unavailable' };

function refused(message: string, messageNl: string): HttpException {
  return new HttpException({ code: 'FORBIDDEN', message, messageNl }, HttpStatus.FORBIDDEN);
}

@Controller('web-api')
export class WebSessionController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: DevAccounts,
  ) {}

  @Get('config')
  @Public('tells the browser app how to sign in; names no user and no personal data')
  webConfig(): { authentication: WebAuthentication; tenantThemes: boolean } {
    return { authentication: this.authentication(), tenantThemes: Boolean(this.config.web.themesDir) };
  }

  @Get('dev-accounts')
  @Public('development only (refused in production and when OIDC login is configured): the demo accounts to pick from')
  devAccounts(): Promise<DevAccount[]> {
    this.requireDevelopmentLogin();
    return this.accounts.list();
  }

  @Post('dev-token')
  @HttpCode(200)
  @Public('development only (refused in production and when OIDC login is configured): signs in as a registered demo account')
  async devToken(@Body() body: { tenant?: unknown; username?: unknown }): Promise<{ accessToken: string; expiresIn: number }> {
    this.requireDevelopmentLogin();
    const account = typeof body?.tenant === 'string' && typeof body.username === 'string'
      ? await this.accounts.find(body.tenant, body.username)
      : undefined;
    if (!account) {
      throw new HttpException(
        { code: 'BAD_USER_INPUT', message: 'No such account in this tenant', messageNl: 'Dit account bestaat niet bij deze organisatie' },
        HttpStatus.BAD_REQUEST,
      );
    }
    const expiresIn = 8 * 3600;
    return { accessToken: await issueDevToken(this.config, { tenantSlug: account.tenant, subject: account.subject }, { expiresIn: `${expiresIn}s` }), expiresIn };
  }

  private authentication(): WebAuthentication {
    const { oidcClientId, oidcScope } = this.config.web;
    if (oidcClientId) return { mode: 'oidc', authority: this.config.oidc.issuer, clientId: oidcClientId, scope: oidcScope };
    return this.config.nodeEnv === 'production' ? { mode: 'unavailable' } : { mode: 'development' };
  }

  private requireDevelopmentLogin(): void {
    if (this.config.nodeEnv === 'production') {
      throw refused('Development login is refused in production', 'Inloggen als demogebruiker kan niet in productie');
    }
    if (this.config.web.oidcClientId) {
      throw refused('Development login is off: sign in with the identity provider', 'Inloggen als demogebruiker staat uit: log in via de inlogdienst');
    }
  }
}
