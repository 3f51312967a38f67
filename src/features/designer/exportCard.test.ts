import { describe, expect, it } from 'vitest';
import { decodeRequest } from '../../mind';
import { cardJson, requestJson } from './exportCard';
import { sampleCard } from '../../work/card/model/testCards';

describe('export', () => {
  it('writes the card as it is, unknown fields and all', () => {
    expect(JSON.parse(cardJson(sampleCard()))).toEqual(sampleCard());
  });

  it('writes a request body without recipients that decodes back to the card', () => {
    const body = JSON.parse(requestJson(sampleCard())) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['msg_type', 'content']);
    expect(typeof body.content).toBe('string');
    const decoded = decodeRequest(body);
    expect(decoded.ok && decoded.message.content).toEqual(sampleCard());
  });
});
