import {
  batchesPageSchema,
  messageDetailSchema,
  type Batch,
  type MessageDetail,
} from '../../src/api/schemas';

/**
 * `GET /api/messages/:id` with every batch in `batches` (the detail holds the first page; the
 * rest are read from `…/batches?page=`, 100 at a time), for tests that look at all of them.
 */
export async function readWholeSend(url: string, id: string): Promise<MessageDetail> {
  const response = await fetch(`${url}/api/messages/${id}`);
  if (response.status !== 200) throw new Error(`GET the send answered ${response.status}`);
  const detail = messageDetailSchema.parse(await response.json());
  const batches: Batch[] = [];
  for (let page = 1; batches.length < detail.batchCount; page += 1) {
    const answer = await fetch(`${url}/api/messages/${id}/batches?page=${page}&pageSize=100`);
    const { items } = batchesPageSchema.parse(await answer.json());
    if (!items.length) throw new Error(`page ${page} of the batches is empty`);
    batches.push(...items);
  }
  return { ...detail, batches };
}
