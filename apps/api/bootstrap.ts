import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
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
  // The audit trail's source address: the socket's peer unless a configured proxy forwarded the request.
  app.set('trust proxy', config.trustedProxies.length > 0 ? config.trustedProxies : false);
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
  app.use(bodyErrorsAsGraphQL(config.graphql.bodyLimit));
  serveWebApp(app, config);
  app.enableShutdownHooks();
  return app;
}

/**
 * A body the JSON parser refuses (too large, not JSON) is answered like any other GraphQL error,
 * with a stable code, instead of Express's HTML page.
 */
function bodyErrorsAsGraphQL(limit: string) {
  return (error: { type?: string; status?: number }, _req: Request, res: Response, next: (error?: unknown) => void): void => {
    if (!error?.type?.startsWith('entity.') || res.headersSent) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    res.status(tooLarge ? 413 : 400).json({
      errors: [
        {
          message: tooLarge ? `The request is larger than ${limit}; send less at once` : 'The request body is not valid JSON',
          extensions: {
            code: 'BAD_USER_INPUT',
            messageNl: tooLarge ? `Het verzoek is groter dan ${limit}; stuur minder tegelijk` : 'De inhoud van het verzoek is geen geldige JSON',
            ...(tooLarge ? { limit } : {}),
          },
        },
      ],
    });
  };
}
