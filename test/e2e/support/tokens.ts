import { generateKeyPair, SignJWT } from 'jose';
import { issueDevToken } from '@vangrail/auth';
import { appConfig } from '@vangrail/config';

const TENANT_OF: Record<string, string> = { 'wmo.lotte': 'tweestad' };

/** A valid development token for a demo user (subject = username in the demo registry). */
export function tokenFor(username: string, options: { expiresIn?: string; audience?: string; extraClaims?: Record<string, unknown> } = {}): Promise<string> {
  return issueDevToken(appConfig(), { tenantSlug: TENANT_OF[username] ?? 'demodam', subject: username }, options);
}

/** A well-formed token signed by a key the platform does not trust. */
export async function tokenWithForeignKey(username: string): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  const config = appConfig();
  return new SignJWT({ [config.oidc.tenantClaim]: 'demodam' })
    .setProtectedHeader({ alg: 'ES256', kid: 'foreign' })
    .setSubject(username)
    .setIssuer(config.oidc.issuer)
    .setAudience(config.oidc.audience)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
}

/** A token from another identity provider: right audience and tenant, but `iss` is not OIDC_ISSUER. */
export async function tokenFromIssuer(username: string, issuer: string): Promise<string> {
  const { privateKey } = await generateKeyPair('ES256');
  const config = appConfig();
  return new SignJWT({ [config.oidc.tenantClaim]: 'demodam' })
    .setProtectedHeader({ alg: 'ES256', kid: 'other-provider' })
    .setSubject(username)
    .setIssuer(issuer)
    .setAudience(config.oidc.audience)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(privateKey);
}
