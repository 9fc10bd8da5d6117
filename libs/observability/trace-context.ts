import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';

/**
 * W3C Trace Context (https://www.w3.org/TR/trace-context/): the trace a request belongs to travels
 * with everything it causes, from the API through the outbox and the queue jobs into the audit
 * trail, so one trace id finds every event of one user action (and the LDV processing log's
 * trace and span ids come from here).
 */
export interface TraceContext {
  /** 32 lower-case hex digits, not all zero. */
  traceId: string;
  /** 16 lower-case hex digits: this process's span of the trace. */
  spanId: string;
  /** Trace flags, e.g. '01' (sampled). */
  flags: string;
  /** The caller's span this one continues, when there was one (for exported spans). */
  parentSpanId?: string;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const storage = new AsyncLocalStorage<TraceContext>();

/** The parent context in a `traceparent` header, or undefined when it is absent or malformed. */
export function parseTraceparent(header: string | undefined): TraceContext | undefined {
  const match = TRACEPARENT.exec(header?.trim().toLowerCase() ?? '');
  if (!match) return undefined;
  const [, version, traceId, spanId, flags] = match;
  if (version === 'ff' || /^0+$/.test(traceId) || /^0+$/.test(spanId)) return undefined;
  return { traceId, spanId, flags };
}

export function formatTraceparent(trace: TraceContext): string {
  return `00-${trace.traceId}-${trace.spanId}-${trace.flags}`;
}

/** A new span in the given trace, or the first span of a new trace when there is none. */
export function childSpan(parent: TraceContext | undefined): TraceContext {
  return {
    traceId: parent?.traceId ?? randomBytes(16).toString('hex'),
    spanId: randomBytes(8).toString('hex'),
    flags: parent?.flags ?? '01',
    parentSpanId: parent?.spanId,
  };
}

/** Runs `work` with `trace` as the current trace context (async continuations included). */
export function runInTrace<T>(trace: TraceContext, work: () => T): T {
  return storage.run(trace, work);
}

export function currentTrace(): TraceContext | undefined {
  return storage.getStore();
}

/** The current context as a `traceparent` value, for work handed to another process (queue jobs). */
export function currentTraceparent(): string | undefined {
  const trace = storage.getStore();
  return trace && formatTraceparent(trace);
}
