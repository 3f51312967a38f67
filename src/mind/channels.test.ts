import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CHANNELS,
  CHANNEL_ENDPOINTS,
  channelOf,
  channelUrl,
  encodeFor,
  type Destination,
} from './channels';
import { MSG_TYPES, MIND_API_URL } from './constants';
import { decodeRequest } from './decodeRequest';
import { encodeRequest } from './encodeRequest';
import { parseExactJson } from './exactJson';
import { cardArbitrary, richTextArbitrary } from './testing/arbitraries';

const golden = (name: string): string =>
  readFileSync(new URL(`../../fixtures/channels/${name}`, import.meta.url), 'utf8');

/** The recipients of each golden file (written from the guide's tables, not by this code). */
const destinations: Record<(typeof CHANNELS)[number], Destination> = {
  subscribers: {
    channel: 'subscribers',
    receiveIds: ['ou_7d8a6e6df7621556ce0d21922b676706', 'ou_6a5905698688e15e8f9b63c1043d1ee9'],
  },
  robot: {
    channel: 'robot',
    openIds: [
      'ou_7d8a6e6df7621556ce0d21922b676706',
      'ou_6a5905698688e15e8f9b63c1043d1ee9',
      'ou_34226fdac1dae283c4e1b01645d9a6f2',
    ],
  },
  group: { channel: 'group', groupId: 'og_3f9a1c2e7b5d4e8f' },
};

describe('channels: endpoints', () => {
  it('are the guide’s paths, found beside send_message on the same host', () => {
    expect(CHANNELS.map((channel) => channelUrl(channel, MIND_API_URL))).toEqual([
      'https://open.mindoffice.cn/open-platform/api/open-apis/send_message',
      'https://open.mindoffice.cn/open-platform/api/robot/send/message',
      'https://open.mindoffice.cn/open-platform/api/robot/group/send/card_message',
    ]);
    for (const channel of CHANNELS) {
      expect(new URL(channelUrl(channel, MIND_API_URL)).pathname).toBe(
        CHANNEL_ENDPOINTS[channel].path,
      );
    }
  });

  it('keep a mock’s host and port, and do not throw on an address that does not parse', () => {
    expect(channelUrl('group', 'http://127.0.0.1:9/open-platform/api/open-apis/send_message')).toBe(
      'http://127.0.0.1:9/open-platform/api/robot/group/send/card_message',
    );
    expect(channelUrl('robot', 'not a url')).toBe('not a url/open-platform/api/robot/send/message');
  });
});

describe('golden: one request per channel and message type', () => {
  for (const channel of CHANNELS) {
    for (const msgType of MSG_TYPES) {
      // Articles go only to subscribers: their golden files are below.
      if (msgType === 'article') continue;
      const file = `${channel}.${msgType}.request.json`;
      it(`${file}: encodeFor writes it byte for byte; it decodes without errors, as ${channel}`, () => {
        const text = golden(file);
        const wire = parseExactJson(text) as Record<string, unknown>;
        const content = parseExactJson(wire.content as string);
        const body = encodeFor(destinations[channel], { msg_type: msgType, content });
        expect(JSON.stringify(body, null, 2)).toBe(text);

        const decoded = decodeRequest(wire);
        if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
        expect(decoded.issues.filter((item) => item.severity === 'error')).toEqual([]);
        expect(channelOf(decoded.message)).toBe(channel);
        expect(JSON.stringify(encodeRequest(decoded.message), null, 2)).toBe(text);
      });
    }
  }

  it('send_message to one person writes receive_id; to every subscriber, no recipients field', () => {
    const message = { msg_type: 'text' as const, content: { text: 'hi' } };
    expect(
      encodeFor({ channel: 'subscribers', receiveIds: ['ou_a'], single: true }, message),
    ).toEqual({ receive_id: 'ou_a', receive_type: 1, msg_type: 'text', content: '{"text":"hi"}' });
    expect(encodeFor({ channel: 'subscribers', receiveIds: null }, message)).toEqual({
      receive_type: 1,
      msg_type: 'text',
      content: '{"text":"hi"}',
    });
  });
});

describe('channels: bodies that mix two channels are refused', () => {
  it('group_id with receive_open_ids, or receive_ids on a robot body', () => {
    const content = JSON.stringify({ text: 'hi' });
    for (const wire of [
      { group_id: 'og_1', receive_open_ids: ['ou_a'], msg_type: 'text', content },
      { receive_open_ids: ['ou_a'], receive_ids: ['ou_b'], msg_type: 'text', content },
      { group_id: 'og_1', receive_type: 1, msg_type: 'text', content },
    ]) {
      const result = decodeRequest(wire);
      expect(result.issues.map((item) => item.code)).toContain('channel-mixed');
    }
  });

  it('an empty receive_open_ids and a blank group_id are errors', () => {
    const content = JSON.stringify({ text: 'hi' });
    expect(
      decodeRequest({ receive_open_ids: [], msg_type: 'text', content }).issues.map(
        (item) => item.code,
      ),
    ).toContain('receive-ids-empty');
    expect(
      decodeRequest({ group_id: ' ', msg_type: 'text', content }).issues.map((item) => item.code),
    ).toContain('group-id-invalid');
  });
});

describe('property: no channel’s encoder throws', { timeout: 60_000 }, () => {
  const destination: fc.Arbitrary<Destination> = fc.oneof(
    fc.record({
      channel: fc.constant('subscribers' as const),
      receiveIds: fc.option(fc.array(fc.string()), { nil: null }),
      single: fc.boolean(),
    }),
    fc.record({ channel: fc.constant('robot' as const), openIds: fc.array(fc.string()) }),
    fc.record({ channel: fc.constant('group' as const), groupId: fc.string() }),
  );
  const content = fc.oneof(
    fc.jsonValue(),
    cardArbitrary,
    richTextArbitrary,
    fc.record({ text: fc.string() }),
  );

  it('any destination and content encode to a body whose content is a string, and decode back', () => {
    fc.assert(
      fc.property(
        destination,
        fc.constantFrom(...MSG_TYPES),
        content,
        fc.option(fc.integer(), { nil: undefined }),
        (where, msgType, value, receiveType) => {
          const body = encodeFor(where, {
            msg_type: msgType,
            content: value,
            receive_type: receiveType,
          });
          const field = msgType === 'article' ? 'articles' : 'content';
          expect(typeof (body as Record<string, unknown>)[field]).toBe('string');
          expect(body.msg_type).toBe(msgType);
          const decoded = decodeRequest(body);
          // An article outside send_article_message's recipients is an error, never a body.
          if (msgType === 'article' && where.channel !== 'subscribers') {
            expect(decoded.issues.map((item) => item.code)).toContain('article-channel');
          }
          if (decoded.ok) {
            expect(channelOf(decoded.message)).toBe(where.channel);
            expect(JSON.stringify(encodeRequest(decoded.message))).toBe(JSON.stringify(body));
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});
