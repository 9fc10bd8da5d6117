/** How this deployment signs users in (GET /web-api/config, served by the API). */
export type WebAuthentication =
  | { mode: 'oidc'; authority: string; clientId: string; scope: string }
  | { mode: 'development' }
  | { mode: 'unavailable' };

export interface WebConfig {
  authentication: WebAuthentication;
  /** The deployment serves per-tenant theme stylesheets at /themes/<tenant>.css. */
  tenantThemes: boolean;
}

export async function loadWebConfig(): Promise<WebConfig> {
  const response = await fetch('/web-api/config', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`web config answered ${response.status}`);
  return (await response.json()) as WebConfig;
}

/** A demo account offered by the development login (GET /web-api/dev-accounts). */
export interface DevAccount {
  tenant: string;
  tenantName: string;
  username: string;
  displayName: string;
  discipline: string | null;
  organisation: string | null;
}
