import 'reflect-metadata';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JobHandler } from './job-handler';
import { JobRegistry } from './job-registry';

class Routing {
  @JobHandler('routing')
  async route(): Promise<string> {
    return 'routed';
  }
}

class SecondRouting {
  @JobHandler('routing')
  async alsoRoute(): Promise<void> {}
}

function registryWith(...instances: object[]): JobRegistry {
  const discovery = { getProviders: () => instances.map((instance) => ({ instance })) } as unknown as DiscoveryService;
  return new JobRegistry(discovery, new MetadataScanner(), new Reflector());
}

describe('The worker checks its jobs before it starts', () => {
  it('finds the one handler of each queue', async () => {
    const handlers = registryWith(new Routing()).collect(['routing']);
    expect(await handlers.get('routing')!({}, { attemptsMade: 0, name: 'routing' })).toBe('routed');
  });

  it('refuses a queue without a handler', () => {
    expect(() => registryWith(new Routing()).collect(['routing', 'domain-fysiek'])).toThrow('queue "domain-fysiek" has no handler');
  });

  it('refuses a queue with two handlers', () => {
    expect(() => registryWith(new Routing(), new SecondRouting()).collect(['routing'])).toThrow('queue "routing" has 2 handlers');
  });

  it('refuses a handler for a queue nobody declared', () => {
    expect(() => registryWith(new Routing()).collect([])).toThrow('handler for unknown queue "routing"');
  });
});
