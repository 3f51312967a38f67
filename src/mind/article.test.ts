import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE_ENDPOINT,
  EMPTY_ARTICLE_FIELDS,
  articleFields,
  articleUrl,
  buildArticle,
  countCharacters,
  validateArticle,
} from './article';
import { encodeFor } from './channels';
import { MIND_API_URL } from './constants';
import { decodeRequest } from './decodeRequest';
import { encodeRequest } from './encodeRequest';
import { parseExactJson } from './exactJson';
import { validateContent } from './validateMessage';

const golden = (name: string): string =>
  readFileSync(new URL(`../../fixtures/channels/${name}`, import.meta.url), 'utf8');

const brief = (issues: { path: string; severity: string; code: string }[]) =>
  issues.map(({ path, severity, code }) => ({ path, severity, code }));

const BODY = { content: 'Read me.', format: 'text' };

describe('article: the endpoint', () => {
  it('is send_article_message on send_message’s host, a mock’s port kept', () => {
    expect(articleUrl(MIND_API_URL)).toBe(
      'https://open.mindoffice.cn/open-platform/api/article/send_article_message',
    );
    expect(new URL(articleUrl(MIND_API_URL)).pathname).toBe(ARTICLE_ENDPOINT.path);
    expect(articleUrl('http://127.0.0.1:9/open-platform/api/open-apis/send_message')).toBe(
      'http://127.0.0.1:9/open-platform/api/article/send_article_message',
    );
    expect(articleUrl('not a url')).toBe(
      'not a url/open-platform/api/article/send_article_message',
    );
  });
});

describe('article: golden requests (written from the guide’s table)', () => {
  it('subscribers.article.request.json: encodeFor writes it byte for byte and it round-trips', () => {
    const text = golden('subscribers.article.request.json');
    const wire = parseExactJson(text) as Record<string, unknown>;
    const articles = parseExactJson(wire.articles as string);
    const body = encodeFor(
      {
        channel: 'subscribers',
        receiveIds: ['ou_7d8a6e6df7621556ce0d21922b676706', 'ou_6a5905698688e15e8f9b63c1043d1ee9'],
      },
      { msg_type: 'article', content: articles },
    );
    expect(JSON.stringify(body, null, 2)).toBe(text);
    const decoded = decodeRequest(wire);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
    expect(decoded.issues).toEqual([]);
    expect(decoded.message.msg_type).toBe('article');
    expect(decoded.message).toMatchObject({
      articles: { title: '2026 年度员工福利说明', body: { format: 'text' }, enable_forward: true },
    });
    expect(JSON.stringify(encodeRequest(decoded.message), null, 2)).toBe(text);
  });

  it('the smallest article (title and body, every subscriber) decodes and round-trips', () => {
    const text = golden('subscribers.article-minimal.request.json');
    const wire = parseExactJson(text);
    const decoded = decodeRequest(wire);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
    expect(decoded.issues).toEqual([]);
    expect(JSON.stringify(encodeRequest(decoded.message), null, 2)).toBe(text);
    expect(
      JSON.stringify(
        encodeFor(
          { channel: 'subscribers', receiveIds: null },
          { msg_type: 'article', content: { title: 'Quarterly update', body: BODY } },
        ),
      ),
    ).toBe(
      '{"receive_type":1,"msg_type":"article","articles":"{\\"title\\":\\"Quarterly update\\",\\"body\\":{\\"content\\":\\"Read me.\\",\\"format\\":\\"text\\"}}"}',
    );
  });

  it('unknown fields in the article and the body are kept, in order', () => {
    const wire = {
      receive_id: 'ou_a',
      msg_type: 'article',
      articles: '{"x_new":1,"title":"T","body":{"content":"c","format":"text","lang":"zh"}}',
      trace: 'keep',
    };
    const decoded = decodeRequest(wire);
    if (!decoded.ok) throw new Error(JSON.stringify(decoded.issues));
    expect(JSON.stringify(encodeRequest(decoded.message))).toBe(JSON.stringify(wire));
  });
});

describe('article: field limits', () => {
  it('a 64-character title and a 150-character abstract are fine; one more is an error with its count', () => {
    const ok = { title: 'x'.repeat(64), abstract: 'y'.repeat(150), body: BODY };
    expect(validateArticle(ok, '/articles')).toEqual([]);
    const issues = validateArticle(
      { title: 'x'.repeat(65), abstract: 'y'.repeat(151), body: BODY },
      '/articles',
    );
    expect(brief(issues)).toEqual([
      { path: '/articles/title', severity: 'error', code: 'article-title-too-long' },
      { path: '/articles/abstract', severity: 'error', code: 'article-abstract-too-long' },
    ]);
    expect(issues[0]?.params).toEqual({ count: 65, max: 64 });
    expect(issues[0]?.message).toBe('The title has 65 characters; at most 64 are allowed');
    expect(issues[1]?.params).toEqual({ count: 151, max: 150 });
  });

  it('counts characters as a reader does: 64 Chinese characters or emoji are 64', () => {
    expect(countCharacters('员工'.repeat(32))).toBe(64);
    expect(countCharacters('😀'.repeat(64))).toBe(64);
    expect(validateArticle({ title: '😀'.repeat(64), body: BODY }, '')).toEqual([]);
    expect(brief(validateArticle({ title: '福'.repeat(65), body: BODY }, ''))).toEqual([
      { path: '/title', severity: 'error', code: 'article-title-too-long' },
    ]);
  });

  it('a missing or blank title, a missing body and a body without format are located errors', () => {
    expect(brief(validateArticle({ body: BODY }, '/articles'))).toEqual([
      { path: '/articles/title', severity: 'error', code: 'required' },
    ]);
    expect(brief(validateArticle({ title: '  ', body: BODY }, '/articles'))).toEqual([
      { path: '/articles/title', severity: 'error', code: 'article-title-empty' },
    ]);
    expect(brief(validateArticle({ title: 'T' }, '/articles'))).toEqual([
      { path: '/articles/body', severity: 'error', code: 'required' },
    ]);
    expect(brief(validateArticle({ title: 'T', body: { content: ' ' } }, ''))).toEqual([
      { path: '/body/content', severity: 'error', code: 'text-empty' },
      { path: '/body/format', severity: 'error', code: 'required' },
    ]);
    expect(
      brief(validateArticle({ title: 'T', body: { content: 'c', format: 'html' } }, '')),
    ).toEqual([{ path: '/body/format', severity: 'warning', code: 'article-format-unknown' }]);
    expect(brief(validateArticle('a string', '/articles'))).toEqual([
      { path: '/articles', severity: 'error', code: 'invalid-type' },
    ]);
    expect(brief(validateArticle({ title: 'T', body: BODY, enable_forward: 'yes' }, ''))).toEqual([
      { path: '/enable_forward', severity: 'error', code: 'invalid-type' },
    ]);
  });

  it('a cover must pass the URL policy; an empty one is an error (leave it out instead)', () => {
    for (const bad of ['javascript:alert(1)', '//evil.example/x.png', 'data:image/png;base64,AA']) {
      expect(
        brief(validateArticle({ title: 'T', thumb_url: bad, body: BODY }, '/articles')),
      ).toEqual([{ path: '/articles/thumb_url', severity: 'error', code: 'url-not-allowed' }]);
    }
    expect(brief(validateArticle({ title: 'T', thumb_url: '', body: BODY }, ''))).toEqual([
      { path: '/thumb_url', severity: 'error', code: 'article-thumb-empty' },
    ]);
    expect(
      validateArticle({ title: 'T', thumb_url: 'https://cdn.example/c.png', body: BODY }, ''),
    ).toEqual([]);
  });

  it('decodeRequest locates article issues under /articles', () => {
    const decoded = decodeRequest({
      receive_ids: ['ou_a'],
      msg_type: 'article',
      articles: JSON.stringify({ title: 'x'.repeat(70), body: BODY }),
    });
    expect(decoded.ok).toBe(true);
    expect(brief(decoded.issues)).toEqual([
      { path: '/articles/title', severity: 'error', code: 'article-title-too-long' },
    ]);
    const notJson = decodeRequest({ msg_type: 'article', articles: '{oops' });
    expect(notJson.ok).toBe(false);
    expect(brief(notJson.issues)).toEqual([
      { path: '/articles', severity: 'error', code: 'content-not-json' },
    ]);
    const inContent = decodeRequest({ msg_type: 'article', content: '{}' });
    expect(inContent.ok).toBe(false);
    expect(inContent.issues.map((item) => item.path)).toContain('/articles');
  });
});

describe('article: only to subscribers', () => {
  it('with receive_open_ids or group_id it is a clear error', () => {
    const articles = JSON.stringify({ title: 'T', body: BODY });
    for (const [wire, path] of [
      [{ receive_open_ids: ['ou_a'], msg_type: 'article', articles }, '/receive_open_ids'],
      [{ group_id: 'og_1', msg_type: 'article', articles }, '/group_id'],
    ] as const) {
      const issue = decodeRequest(wire).issues.find((item) => item.code === 'article-channel');
      expect(issue?.path).toBe(path);
      expect(issue?.message).toMatch(/Articles go only to subscribers/);
    }
  });

  it('validateContent refuses an article for the robot or a group', () => {
    const article = { title: 'T', body: BODY };
    expect(validateContent('article', article, '/content', 'subscribers')).toEqual([]);
    for (const channel of ['robot', 'group'] as const) {
      expect(brief(validateContent('article', article, '/content', channel))).toEqual([
        { path: '/content', severity: 'error', code: 'article-channel' },
      ]);
    }
  });
});

describe('article: the editor’s fields', () => {
  it('an empty abstract and cover are left out; keys in the guide’s order', () => {
    expect(JSON.stringify(buildArticle({ ...EMPTY_ARTICLE_FIELDS, title: 'T', body: 'b' }))).toBe(
      '{"title":"T","body":{"content":"b","format":"text"},"enable_forward":true}',
    );
    const full = {
      title: 'T',
      abstract: 'A',
      thumbUrl: ' https://cdn.example/c.png ',
      body: 'b',
      enableForward: false,
    };
    expect(JSON.stringify(buildArticle(full))).toBe(
      '{"title":"T","abstract":"A","thumb_url":"https://cdn.example/c.png","body":{"content":"b","format":"text"},"enable_forward":false}',
    );
    expect(articleFields(buildArticle(full))).toEqual({
      ...full,
      thumbUrl: 'https://cdn.example/c.png',
    });
  });

  it('property: any fields build an article that encodes, decodes and re-encodes identically', () => {
    const fields = fc.record({
      title: fc.string(),
      abstract: fc.string(),
      thumbUrl: fc.string(),
      body: fc.string(),
      enableForward: fc.boolean(),
    });
    fc.assert(
      fc.property(fields, fc.option(fc.array(fc.string()), { nil: null }), (value, ids) => {
        const body = encodeFor(
          { channel: 'subscribers', receiveIds: ids },
          { msg_type: 'article', content: buildArticle(value) },
        );
        const decoded = decodeRequest(body);
        expect(decoded.ok).toBe(true);
        if (decoded.ok)
          expect(JSON.stringify(encodeRequest(decoded.message))).toBe(JSON.stringify(body));
      }),
      { numRuns: 1000 },
    );
  });
});
