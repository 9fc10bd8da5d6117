import { ROOT_CONTEXT, SpanKind, SpanStatusCode, trace as otelTrace, type Attributes, type Context } from '@opentelemetry/api';
import type { OTLPTraceExporter as OtlpTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider, type IdGenerator } from '@opentelemetry/sdk-trace';
import type { OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { TraceContext } from './trace-context';

/** One finished unit of work to export: an API request or a queue job. */
export interface SpanRecord {
  name: string;
  kind: 'server' | 'consumer';
  /** The span's own ids (the ones already on logs, jobs and audit events). */
  trace: TraceContext;
  startedAt: number;
  attributes: Attributes;
  failed?: boolean;
}

/**
 * The SDK draws span ids itself; ours already exist (they are on the audit events and the
 * traceresponse header), so the generator hands out the ids of the span being started.
 * startSpan calls it synchronously, so one pending value is enough.
 */
class KnownIdGenerator implements IdGenerator {
  pending?: TraceContext;
  generateTraceId(): string {
    return this.pending!.traceId;
  }
  generateSpanId(): string {
    return this.pending!.spanId;
  }
}

/**
 * Optional OpenTelemetry export (OTLP over HTTP, JSON) of the spans Vangrail tracks itself:
 * one span per API request and one per queue job, parented on the caller's `traceparent`.
 * Spans carry the route or queue and the outcome, never personal data. Without an endpoint
 * nothing is exported and nothing is buffered. Batch timing follows the standard
 * OTEL_BSP_* variables of the SDK.
 */
export class SpanExport implements OnModuleInit, OnApplicationShutdown {
  private provider?: TracerProvider;
  private readonly ids = new KnownIdGenerator();

  constructor(
    private readonly endpoint: string | undefined,
    private readonly serviceName: string,
  ) {}

  onModuleInit(): void {
    if (!this.endpoint) return;
    // Loaded only when export is configured: most installations never pay for the exporter's modules.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose
    const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as { OTLPTraceExporter: typeof OtlpTraceExporter };
    const exporter = new OTLPTraceExporter({ url: new URL('v1/traces', this.endpoint.endsWith('/') ? this.endpoint : `${this.endpoint}/`).toString() });
    this.provider = new TracerProvider({
      resource: resourceFromAttributes({ 'service.name': this.serviceName }),
      idGenerator: this.ids,
      spanProcessors: [new BatchSpanProcessor({ exporter })],
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.provider?.shutdown();
    this.provider = undefined;
  }

  record(span: SpanRecord): void {
    if (!this.provider) return;
    const { traceId, parentSpanId, flags } = span.trace;
    const parent: Context = parentSpanId
      ? otelTrace.setSpanContext(ROOT_CONTEXT, { traceId, spanId: parentSpanId, traceFlags: parseInt(flags, 16), isRemote: true })
      : ROOT_CONTEXT;
    this.ids.pending = span.trace;
    const started = this.provider
      .getTracer('vangrail')
      .startSpan(span.name, { kind: span.kind === 'server' ? SpanKind.SERVER : SpanKind.CONSUMER, startTime: span.startedAt, attributes: span.attributes }, parent);
    this.ids.pending = undefined;
    if (span.failed) started.setStatus({ code: SpanStatusCode.ERROR });
    started.end();
  }

  /** Runs `work` and exports it as a span, failed when it throws (the error is passed on). */
  async around<T>(span: Omit<SpanRecord, 'startedAt' | 'failed'>, work: () => Promise<T>): Promise<T> {
    const startedAt = Date.now();
    try {
      const result = await work();
      this.record({ ...span, startedAt });
      return result;
    } catch (error) {
      this.record({ ...span, startedAt, failed: true });
      throw error;
    }
  }
}
