import { readFileSync } from 'node:fs';
import { importJWK, JWK, SignJWT } from 'jose';
import type { AppConfig } from '@vangrail/config';

/**
 * Development tokens signed with the local key from .vangrail/secrets. Refused in production:
 * there, tokens come from the municipality's identity provider.
 */
export async function issueDevToken(
  config: AppConfig,
  claims: { tenantSlug: string; subject: string },
  options: { expiresIn?: string; audience?: string; extraClaims?: Record<string, unknown> } = {},
): Promise<string> {
  if (config.nodeEnv === 'production') throw new Error('Development tokens are refused when NODE_ENV=production');
  if (!config.devSigningKeyFile) throw new Error('DEV_SIGNING_KEY_FILE is not set and .vangrail/secrets has no signing key; run npm start once');
  const jwk = JSON.parse(readFileSync(config.devSigningKeyFile, 'utf8')) as JWK;
  const alg = jwk.alg ?? 'ES256';
  const key = await importJWK(jwk, alg);
  return new SignJWT({ ...options.extraClaims, [config.oidc.tenantClaim]: claims.tenantSlug })
    .setProtectedHeader({ alg, kid: jwk.kid })
    .setSubject(claims.subject)
    .setIssuer(config.oidc.issuer)
    .setAudience(options.audience ?? config.oidc.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h')
    .sign(key);
}
