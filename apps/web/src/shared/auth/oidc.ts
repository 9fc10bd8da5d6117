import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { WebAuthentication } from './web-config';

export const OIDC_CALLBACK_PATH = '/inloggen/terug';
export const SIGNED_OUT_PATH = '/uitgelogd';

/**
 * The OIDC client of the NL GOV profile: authorization code flow with PKCE (S256, done by
 * oidc-client-ts), `state` and `nonce` of 256 random bits each, refresh by refresh token, and logout
 * at the provider. Tokens live in this tab's sessionStorage only.
 */
export function createUserManager(config: Extract<WebAuthentication, { mode: 'oidc' }>): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.authority,
    client_id: config.clientId,
    redirect_uri: `${origin}${OIDC_CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}${SIGNED_OUT_PATH}`,
    response_type: 'code',
    scope: config.scope,
    loadUserInfo: false,
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** 256 random bits, hex: for the nonce and the extra state the profile asks for (at least 128 bits). */
export function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
