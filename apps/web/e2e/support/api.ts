import { expect, type APIRequestContext } from '@playwright/test';

/**
 * Arranging a journey's starting point through the real API (the same endpoints the app uses), so
 * the browser steps test what the user does, not the set-up.
 */
export async function tokenFor(request: APIRequestContext, username: string, tenant = 'demodam'): Promise<string> {
  const response = await request.post('/web-api/dev-token', { data: { tenant, username } });
  expect(response.ok(), `dev token for ${username}`).toBeTruthy();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

export async function graphqlAs<T>(request: APIRequestContext, token: string, purpose: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await request.post('/graphql', {
    headers: { Authorization: `Bearer ${token}`, 'X-Purpose': purpose, 'Content-Type': 'application/json' },
    data: { query, variables },
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  expect(body.errors, `GraphQL errors: ${JSON.stringify(body.errors)}`).toBeUndefined();
  return body.data as T;
}

/** A WMO inspector actively involved with a person: a signal about them, accepted by wmo.bram. */
export async function wmoIsInvolvedWith(request: APIRequestContext, person: { bsn: string; name: string }, marker: string): Promise<void> {
  const anna = await tokenFor(request, 'wijkteam.anna');
  const bram = await tokenFor(request, 'wmo.bram');
  await graphqlAs(request, anna, 'SIGNALERING', `mutation($input: RegisterSignalInput!) { registerSignal(input: $input) { signal { id } } }`, {
    input: {
      clientKey: `setup-${marker}`,
      category: 'ZORGMIJDING',
      urgency: 'NORMAL',
      description: `Eerdere zorg ${marker}`,
      dataCategories: ['GEZONDHEID'],
      observedAt: new Date().toISOString(),
      subjects: [{ person: { bsn: person.bsn, name: person.name } }],
    },
  });
  let deliveryId: string | undefined;
  await expect.poll(async () => {
    const data = await graphqlAs<{ inbox: { items: Array<{ id: string; description: string | null }> } }>(request, bram, 'SIGNAALBEOORDELING', `{ inbox(filter: { states: [NEW], limit: 200 }) { items { id description } } }`);
    deliveryId = data.inbox.items.find((item) => item.description === `Eerdere zorg ${marker}`)?.id;
    return deliveryId;
  }, { message: 'the set-up signal reaches the WMO inbox', timeout: 120_000 }).toBeTruthy();
  await graphqlAs(request, bram, 'SIGNAALBEOORDELING', `mutation($id: ID!) { startTriage(deliveryId: $id) { id } }`, { id: deliveryId });
  await graphqlAs(request, bram, 'SIGNAALBEOORDELING', `mutation($id: ID!) { acceptDelivery(deliveryId: $id) { id } }`, { id: deliveryId });
}
