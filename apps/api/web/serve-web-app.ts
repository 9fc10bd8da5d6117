import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '@vangrail/config';
import { rootLogger } from '@vangrail/observability';

/** Paths the API answers itself; everything else that asks for a page gets the web app. */
const API_PATHS = /^\/(graphql|health|metrics|web-api|themes|assets)(\/|$)/;

/**
 * Serves the built web app (apps/web/dist) at `/`: hashed assets cached for a year, index.html never
 * cached, and the app's own routes (`/werkvoorraad/…`) answered with index.html (SPA fallback).
 * Tenant theme stylesheets come from WEB_THEMES_DIR at `/themes/<tenant>.css` when it is set.
 */
export function serveWebApp(app: NestExpressApplication, config: AppConfig): void {
  const { distDir, themesDir } = config.web;
  if (themesDir) app.useStaticAssets(themesDir, { prefix: '/themes/', maxAge: '1h', fallthrough: false });
  const index = path.join(distDir, 'index.html');
  if (!existsSync(index)) {
    rootLogger().warn({ distDir }, 'web app not built: `/` answers 404 (npm start and npm test build it)');
    return;
  }
  app.useStaticAssets(path.join(distDir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '1y', fallthrough: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    res.sendFile(index);
  });
}
