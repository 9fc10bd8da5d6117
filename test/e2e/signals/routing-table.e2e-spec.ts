import { INestApplicationContext } from '@nestjs/common';
import { DEFAULT_ROUTES } from '../../../libs/routing/default-rules';
import { seedDemo } from '../../../tools/seed-demo';
import { RunningApi, startApi } from '../support/api';
import { deliveriesOf, registerSignal, signalRouted } from '../support/signals';
import { eventually, startWorker } from '../support/worker';

const REPORTERS: [string, string][] = [
  ['wijkteam.anna', 'WIJKTEAM'],
  ['brp.eva', 'BRP'],
  ['jeugd.chris', 'JEUGD'],
  ['bwt.fleur', 'BWT'],
];

interface Case {
  name: string;
  category: string;
  flags: string[];
  subjects: Record<string, unknown>[];
  expected: string[];
}

const address = (n: number) => ({ address: { postcode: '9993AA', houseNumber: 500 + n, town: 'Demodam' } });
const person = { person: { name: 'Testpersoon zonder BSN' } };

/** Every default category without its conditions, and once more with each condition met. */
const CASES: Case[] = DEFAULT_ROUTES.flatMap((route, i) => [
  { name: `${route.category} without flags`, category: route.category, flags: [], subjects: [person], expected: [...route.targets] },
  ...(route.conditional ?? []).map((extra) => ({
    name: `${route.category} ${extra.label}`,
    category: route.category,
    flags: extra.flags ?? [],
    subjects: extra.subjectTypes?.includes('ADDRESS') ? [person, address(i)] : [person],
    expected: [...route.targets, extra.target],
  })),
]);

describe('Routing: every default category lands in exactly its listed disciplines', () => {
  let api: RunningApi;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    await seedDemo();
    api = await startApi('routing-table');
    worker = await startWorker();
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    // A reporter outside the targets, since a discipline is not sent its own signal.
    const [reporter] = REPORTERS.find(([, discipline]) => !testCase.expected.includes(discipline))!;
    const result = await registerSignal(api.url, reporter, { category: testCase.category, flags: testCase.flags, subjects: testCase.subjects });
    expect(result.errors).toBeUndefined();
    const signalId = result.data!.registerSignal.signal.id as string;
    await eventually('signal routed', () => signalRouted(signalId));
    const deliveries = await deliveriesOf(signalId);
    expect(deliveries.map((d) => d.discipline)).toEqual([...testCase.expected].sort());
  });
});
