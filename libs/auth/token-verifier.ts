import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { createLocalJWKSet, createRemoteJWKSet, errors, JSONWebKeySet, jwtVerify, JWTVerifyGetKey } from 'jose';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { unauthenticated } from '@vangrail/core';

export interface VerifiedIdentity {
  tenantSlug: string;
  subject: string;
  /** The groups claim as sent (checked only when OIDC_GROUP_MAPPING is configured). */
  groups?: unknown;
}

/** OIDC access tokens: RS256/ES256 only, checked against the JWKS, issuer, audience and expiry. */
@Injectable()
export class TokenVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    const { jwksUrl, jwksFile } = config.oidc;
    this.keys = jwksUrl
      ? createRemoteJWKSet(new URL(jwksUrl))
      : createLocalJWKSet(JSON.parse(readFileSync(jwksFile!, 'utf8')) as JSONWebKeySet);
  }

  async verify(authorization: string | undefined): Promise<VerifiedIdentity> {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
    if (!match) throw unauthenticated('send "Authorization: Bearer <access token>"');
    try {
      const { payload } = await jwtVerify(match[1], this.keys, {
        issuer: this.config.oidc.issuer,
        audience: this.config.oidc.audience,
        algorithms: ['RS256', 'ES256'],
        requiredClaims: ['sub', 'exp'],
      });
      const tenantSlug = payload[this.config.oidc.tenantClaim];
      if (typeof tenantSlug !== 'string' || !payload.sub) throw unauthenticated('the token names no tenant or subject');
      return { tenantSlug, subject: payload.sub, groups: payload[this.config.oidc.groupsClaim] };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('the token has expired');
      if (error instanceof errors.JWTClaimValidationFailed) throw unauthenticated(`the token's ${error.claim} claim is not accepted`);
      if (error instanceof errors.JOSEError) throw unauthenticated('the token is not valid');
      throw error;
    }
  }
}
