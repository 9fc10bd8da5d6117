import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JOB_HANDLER_METADATA } from './job-handler';

export type JobProcessor = (data: unknown, job: { id?: string; attemptsMade: number; name: string }) => Promise<unknown>;

/**
 * Finds every @JobHandler in the application and checks that each expected queue has exactly one
 * (after Immich's job repository `setup`): a missing or doubled handler stops the worker at start.
 */
@Injectable()
export class JobRegistry {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  collect(expectedQueues: readonly string[]): Map<string, JobProcessor> {
    const found = new Map<string, JobProcessor[]>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const queue = this.reflector.get<string | undefined>(JOB_HANDLER_METADATA, (instance[method] as () => unknown));
        if (!queue) continue;
        const handler = (instance[method] as JobProcessor).bind(instance);
        found.set(queue, [...(found.get(queue) ?? []), handler]);
      }
    }
    const problems: string[] = [];
    for (const queue of expectedQueues) {
      const handlers = found.get(queue) ?? [];
      if (handlers.length === 0) problems.push(`queue "${queue}" has no handler`);
      if (handlers.length > 1) problems.push(`queue "${queue}" has ${handlers.length} handlers`);
    }
    for (const queue of found.keys()) if (!expectedQueues.includes(queue)) problems.push(`handler for unknown queue "${queue}"`);
    if (problems.length) throw new Error(`Worker refuses to start: ${problems.join('; ')}`);
    return new Map([...found].map(([queue, handlers]) => [queue, handlers[0]]));
  }
}
