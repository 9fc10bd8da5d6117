import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Request } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pinoHttp from 'pino-http';
import { appConfig } from '@vangrail/config';
import { childSpan, currentTrace, formatTraceparent, httpRequestDuration, parseTraceparent, PinoNestLogger, rootLogger, runInTrace, SpanExport } from '@vangrail/observability';
import { AppModule } from './app.module';
import { serveWebApp } from './web/serve-web-app';

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,100}$/;

function headerText(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** Accepts a well-formed X-Request-Id or makes one, and echoes it on the response. */
function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/**
 * The route a request matched, as its template (`/health/ready`, `/graphql`), never the raw URL:
 * metric labels must stay a small fixed set whatever clients send.
 */
function routeTemplate(req: Request): string {
  if (req.route?.path) return `${req.baseUrl ?? ''}${String(req.route.path)}`;
  return req.baseUrl || 'unmatched';
}

/** Builds the API application; main.ts listens, tests use it in-process. */
export async function createApiApp(): Promise<INestApplication> {
  const config = appConfig();
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    logger: new PinoNestLogger(),
    bodyParser: false,
  });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  // The request's span of its W3C trace (a new trace when the caller sent no valid traceparent).
  // The span is exported (when OTLP export is configured) once the response is sent.
  const spans = app.get(SpanExport);
  app.use((req: Request, res: ServerResponse, next: () => void) => {
    const trace = childSpan(parseTraceparent(headerText(req.headers.traceparent)));
    const startedAt = Date.now();
    res.setHeader('traceresponse', formatTraceparent(trace));
    res.on('finish', () => {
      const route = routeTemplate(req);
      spans.record({
        name: `${req.method} ${route}`, kind: 'server', trace, startedAt, failed: res.statusCode >= 500,
        attributes: { 'http.request.method': req.method, 'http.route': route, 'http.response.status_code': res.statusCode },
      });
    });
    runInTrace(trace, next);
  });
  app.use(
    pinoHttp({
      logger: rootLogger(),
      genReqId: requestId,
      // Only method, route, status and timing: never headers, bodies or variables.
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customProps: () => ({ traceId: currentTrace()?.traceId }),
      customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    }),
  );
  app.use((req: Request, res: ServerResponse, next: () => void) => {
    const stop = httpRequestDuration.startTimer({ method: req.method ?? 'GET' });
    res.on('finish', () => stop({ route: routeTemplate(req), status: String(res.statusCode) }));
    next();
  });
  app.useBodyParser('json', { limit: config.graphql.bodyLimit });
  // A body over the limit still answers in GraphQL's shape, with a stable code and plain words.
  app.use((error: { type?: string } | undefined, _req: Request, res: ServerResponse, next: (error?: unknown) => void) => {
    if (error?.type !== 'entity.too.large') return next(error);
    res.statusCode = 413;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(
      JSON.stringify({
        errors: [
          {
            message: `The request is larger than the ${config.graphql.bodyLimit} the API accepts; send less text at once`,
            extensions: {
              code: 'BAD_USER_INPUT',
              messageNl: `Het verzoek is groter dan de ${config.graphql.bodyLimit} die de API aanneemt; stuur minder tekst tegelijk`,
            },
          },
        ],
      }),
    );
  });
  serveWebApp(app, config);
  app.enableShutdownHooks();
  return app;
}
