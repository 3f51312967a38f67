import { expect, type APIRequestContext } from '@playwright/test';

/** Sends through the app's own API and waits until the send has the given outcome; returns its id. */
export async function sendViaApi(
  request: APIRequestContext,
  body: Record<string, unknown>,
  outcome = 'sent',
): Promise<string> {
  const response = await request.post('/api/messages', { data: body });
  expect(response.status()).toBe(202);
  const detail = (await response.json()) as { id: string };
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/api/messages/${detail.id}`)).json()) as { outcome: string })
          .outcome,
    )
    .toBe(outcome);
  return detail.id;
}
