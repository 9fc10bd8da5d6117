import { readFileSync } from 'node:fs';
import { Inject, Injectable } from '@nestjs/common';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, JSONWebKeySet, jwtVerify, JWTVerifyGetKey } from 'jose';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { unauthenticated, VangrailError } from '@vangrail/core';

export interface VerifiedIdentity {
  tenantSlug: string;
  subject: string;
  /** The groups claim as sent (checked only when OIDC_GROUP_MAPPING is configured). */
  groups?: unknown;
}

/**
 * OIDC access tokens: RS256/ES256 only, checked against the JWKS, issuer, audience, expiry, and a
 * sane issue time (not in the future; lifetime within OIDC_MAX_TOKEN_LIFETIME_SECONDS).
 */
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
    this.refuseForeignIssuer(match[1]);
    try {
      const { payload } = await jwtVerify(match[1], this.keys, {
        issuer: this.config.oidc.issuer,
        audience: this.config.oidc.audience,
        algorithms: ['RS256', 'ES256'],
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: this.config.oidc.clockToleranceSeconds,
      });
      this.checkLifetime(payload.iat!, payload.exp!);
      const tenantSlug = payload[this.config.oidc.tenantClaim];
      if (typeof tenantSlug !== 'string' || !payload.sub) throw unauthenticated('the token names no tenant or subject');
      return { tenantSlug, subject: payload.sub, groups: payload[this.config.oidc.groupsClaim] };
    } catch (error) {
      if (error instanceof VangrailError) throw error;
      if (error instanceof errors.JWTExpired) throw unauthenticated('the token has expired');
      if (error instanceof errors.JWTClaimValidationFailed) throw unauthenticated(`the token's ${error.claim} claim is not accepted`);
      if (error instanceof errors.JOSEError) throw unauthenticated('the token is not valid');
      throw error;
    }
  }

  /**
   * A well-formed token from an issuer other than OIDC_ISSUER would fail on its key, which says
   * nothing useful; named as such (reason FOREIGN_ISSUER), the user and the administrator see why.
   * Reading `iss` before the signature is safe: the refusal grants nothing and echoes no claim.
   */
  private refuseForeignIssuer(token: string): void {
    let issuer: unknown;
    try {
      issuer = decodeJwt(token).iss;
    } catch {
      return; // not a JWT: jwtVerify refuses it as invalid
    }
    if (typeof issuer === 'string' && issuer !== this.config.oidc.issuer) {
      throw new VangrailError(
        'UNAUTHENTICATED',
        'Not signed in: the token was issued by another identity provider than the one this environment trusts',
        'Niet aangemeld: je toegangsbewijs komt van een andere inlogdienst dan die deze omgeving vertrouwt',
        { reason: 'FOREIGN_ISSUER' },
      );
    }
  }

  /** A token issued "later" or valid for years is a forged or misconfigured one, not a session. */
  private checkLifetime(issuedAt: number, expiresAt: number): void {
    const now = Math.floor(Date.now() / 1000);
    const { maxTokenLifetimeSeconds, clockToleranceSeconds } = this.config.oidc;
    if (issuedAt > now + clockToleranceSeconds) throw unauthenticated('the token says it was issued in the future');
    if (expiresAt - issuedAt > maxTokenLifetimeSeconds) {
      throw unauthenticated(`the token is valid for longer than the ${Math.round(maxTokenLifetimeSeconds / 3600)} hours accepted`);
    }
  }
}
