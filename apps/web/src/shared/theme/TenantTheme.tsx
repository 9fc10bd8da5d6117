import { useEffect, type ReactNode } from 'react';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './app.css';

/** The neutral NL Design System theme every tenant starts from. */
export const BASE_THEME_CLASS = 'voorbeeld-theme';

/**
 * Themes by design tokens: the neutral base theme, and when the deployment serves
 * `/themes/<tenant>.css` (WEB_THEMES_DIR) that tenant's tokens, scoped to `.vangrail-tenant-<tenant>`.
 * No municipality's name or house style is in the code.
 */
export function TenantTheme({ tenant, tenantThemes, children }: { tenant?: string; tenantThemes: boolean; children: ReactNode }) {
  useEffect(() => {
    if (!tenant || !tenantThemes || !/^[a-z0-9-]+$/.test(tenant)) return;
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `/themes/${tenant}.css`;
    link.dataset.tenantTheme = tenant;
    document.head.append(link);
    return () => link.remove();
  }, [tenant, tenantThemes]);
  const classes = [BASE_THEME_CLASS, 'utrecht-document', 'vangrail-app', tenant ? `vangrail-tenant-${tenant}` : ''].filter(Boolean).join(' ');
  return <div className={classes}>{children}</div>;
}
