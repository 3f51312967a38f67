import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import seedCard from '../../../fixtures/seed/interactive.card.json';
import articleRequest from '../../../fixtures/channels/subscribers.article.request.json';
import seedRichText from '../../../fixtures/seed/rich_text.content.json';
import { MAX_SHARE_URL, buildShareLink, readShareHash } from './shareLink';

const origin = 'https://studio.example';
const hashOf = (url: string) => url.slice(url.indexOf('#'));

describe('share links', () => {
  it('round-trips a card exactly, unknown fields and key order included, via the designer', () => {
    const card = {
      ...seedCard,
      i18n: { note: 'kept' },
      elements: [...seedCard.elements, { tag: 'hr' }],
    };
    const link = buildShareLink({ msg_type: 'interactive', content: card }, origin);
    if (!link.ok) throw new Error('too long');
    expect(link.url.startsWith(`${origin}/designer#share=`)).toBe(true);
    const read = readShareHash(hashOf(link.url));
    expect(read?.ok && JSON.stringify(read.message.content)).toBe(JSON.stringify(card));
  });

  it('sends other types through the templates page', () => {
    const link = buildShareLink({ msg_type: 'rich_text', content: seedRichText }, origin);
    expect(link.ok && link.url.startsWith(`${origin}/templates#share=`)).toBe(true);
  });

  it('round-trips an article through the templates page; a broken one is refused', () => {
    const article = { ...JSON.parse(articleRequest.articles), enable_forward: false };
    const link = buildShareLink({ msg_type: 'article', content: article }, origin);
    if (!link.ok) throw new Error('too long');
    expect(link.url.startsWith(`${origin}/templates#share=`)).toBe(true);
    expect(readShareHash(hashOf(link.url))).toEqual({
      ok: true,
      message: { msg_type: 'article', content: article },
    });
    const broken = buildShareLink({ msg_type: 'article', content: { title: 1 } }, origin);
    if (!broken.ok) throw new Error('too long');
    expect(readShareHash(hashOf(broken.url))).toMatchObject({ ok: false });
  });

  it('round-trips any text content', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300 }), (text) => {
        const link = buildShareLink({ msg_type: 'text', content: { text } }, origin);
        if (!link.ok) return;
        const read = readShareHash(hashOf(link.url));
        expect(read).toEqual({ ok: true, message: { msg_type: 'text', content: { text } } });
      }),
    );
  });

  it('refuses a message too large for a link, saying how large', () => {
    const random = Array.from({ length: 4000 }, (_, index) =>
      ((index * 7919) % 65536).toString(36),
    ).join('');
    const link = buildShareLink({ msg_type: 'text', content: { text: random } }, origin);
    expect(link.ok).toBe(false);
    expect(!link.ok && link.length > MAX_SHARE_URL && link.limit).toBe(MAX_SHARE_URL);
  });

  it('ignores hashes that are not share links and reports damaged ones', () => {
    expect(readShareHash('')).toBeNull();
    expect(readShareHash('#main')).toBeNull();
    expect(readShareHash('#share=garbage!!')).toMatchObject({ ok: false });
    const link = buildShareLink({ msg_type: 'interactive', content: seedCard }, origin);
    if (!link.ok) throw new Error('too long');
    const cut = hashOf(link.url).slice(0, 60);
    expect(readShareHash(cut)?.ok).toBe(false);
  });

  it('refuses a link whose content cannot be a message', () => {
    const link = buildShareLink({ msg_type: 'interactive', content: { elements: 'nope' } }, origin);
    if (!link.ok) throw new Error('too long');
    const read = readShareHash(hashOf(link.url));
    expect(read?.ok).toBe(false);
    expect(!read?.ok && read?.issues[0]?.path).toBe('/content/elements');
  });
});
