import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFields, detectImport } from '../../mind';
import { describeImport } from './describeImport';

const seed = (name: string) => readFileSync(`fixtures/seed/${name}`, 'utf8');

function summary(text: string) {
  const result = detectImport(text);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return describeImport(result);
}

describe('describeImport', () => {
  it('an article request opens with its article, which travels in `articles`, not `content`', () => {
    const described = summary(
      readFileSync('fixtures/channels/subscribers.article.request.json', 'utf8'),
    );
    expect(described).toMatchObject({ kind: 'request', msgType: 'article' });
    expect(articleFields(described.content).title).not.toBe('');
    expect(described.content).toEqual(
      JSON.parse(
        (
          JSON.parse(
            readFileSync('fixtures/channels/subscribers.article.request.json', 'utf8'),
          ) as { articles: string }
        ).articles,
      ),
    );
  });

  it('describes each seed example', () => {
    expect(summary(seed('interactive.card.json'))).toMatchObject({
      kind: 'card',
      msgType: 'interactive',
      blocks: 3,
      buttons: 2,
      recipients: 0,
      kept: [],
      dropped: [],
    });
    expect(summary(seed('interactive-notice.request.json'))).toMatchObject({
      kind: 'request',
      msgType: 'interactive',
      recipients: 1,
    });
    expect(summary(seed('rich_text.content.json'))).toMatchObject({
      kind: 'rich-text',
      msgType: 'rich_text',
    });
    expect(summary(seed('markdown.request.json'))).toMatchObject({
      kind: 'request',
      msgType: 'markdown',
    });
    expect(summary(seed('text.request.json'))).toMatchObject({ kind: 'request', msgType: 'text' });
  });

  it('says which unknown fields are kept and which do not travel', () => {
    const card = { header: { title: { content: 'T' } }, elements: [], card_link: { url: 'x' } };
    const request = {
      receive_ids: ['ou_1', 'ou_2'],
      msg_type: 'interactive',
      content: JSON.stringify(card),
      uuid: 'abc',
    };
    expect(summary(JSON.stringify(request))).toMatchObject({
      recipients: 2,
      kept: ['/content/card_link'],
      dropped: ['/uuid'],
    });
    expect(summary('{"text": "hello", "extra": 1}')).toMatchObject({
      msgType: 'text',
      kept: [],
      dropped: ['/content/extra'],
    });
  });
});
