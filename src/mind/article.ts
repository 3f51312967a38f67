import type * as z from 'zod/mini';
import { describeType, isPlainObject, issue, pointer, type MindIssue } from './issues';
import type { articleSchema } from './messageSchema';
import { urlIssue, urlProblem } from './urlPolicy';

/** The guide's limits for an article, in characters (Unicode code points, as a reader counts). */
export const ARTICLE_TITLE_MAX = 64;
export const ARTICLE_ABSTRACT_MAX = 150;
/** The only body format the guide lists. */
export const ARTICLE_BODY_FORMAT = 'text';

/**
 * `send_article_message`, relative to `send_message`'s URL (the guide: every endpoint shares
 * its host), and its path on Mind's host.
 */
export const ARTICLE_ENDPOINT = {
  relative: '../article/send_article_message',
  path: '/open-platform/api/article/send_article_message',
} as const;

/** An article's fields (`articles`, JSON-encoded on the wire); unknown fields are kept. */
export type Article = z.infer<typeof articleSchema>;

/** The number of characters a person counts in `value`: code points, so 😀 is one. */
export const countCharacters = (value: string): number => Array.from(value).length;

/**
 * The URL of `send_article_message`, found beside `send_message`'s: for
 * `https://host/open-platform/api/open-apis/send_message` it is
 * `https://host/open-platform/api/article/send_article_message`.
 */
export function articleUrl(sendMessageUrl: string): string {
  try {
    return new URL(ARTICLE_ENDPOINT.relative, sendMessageUrl).href;
  } catch {
    return `${sendMessageUrl.replace(/\/+$/, '')}${ARTICLE_ENDPOINT.path}`;
  }
}

/** A new article with nothing written yet. */
export const emptyArticle = (): Article => ({
  title: '',
  abstract: '',
  body: { content: '', format: ARTICLE_BODY_FORMAT },
  enable_forward: true,
});

function lengthIssue(
  value: string,
  path: string,
  field: string,
  max: number,
  code: string,
): MindIssue[] {
  const count = countCharacters(value);
  if (count <= max) return [];
  return [
    issue('error', path, code, `The ${field} has ${count} characters; at most ${max} are allowed`, {
      count,
      max,
    }),
  ];
}

function typeIssue(path: string, field: string, expected: string, value: unknown): MindIssue {
  return issue(
    'error',
    path,
    'invalid-type',
    `${field} must be ${expected}, not ${describeType(value)}`,
    {
      field,
      expected,
      actual: describeType(value),
    },
  );
}

/**
 * Everything wrong with an article (the decoded `articles`), located from `base`: a missing or
 * blank title, a title over 64 or an abstract over 150 characters (with the count), a cover
 * the URL policy refuses, a body that is not `{ content, format: "text" }`.
 */
export function validateArticle(article: unknown, base: string): MindIssue[] {
  if (!isPlainObject(article)) {
    return [typeIssue(base, 'articles', 'an object with a title and a body', article)];
  }
  const issues: MindIssue[] = [];
  const { title, abstract, thumb_url: thumbUrl, body, enable_forward: enableForward } = article;
  const titlePath = pointer(base, 'title');
  if (title === undefined) {
    issues.push(
      issue('error', titlePath, 'required', 'An article needs a title', { field: 'title' }),
    );
  } else if (typeof title !== 'string') {
    issues.push(typeIssue(titlePath, 'title', 'string', title));
  } else if (title.trim() === '') {
    issues.push(issue('error', titlePath, 'article-title-empty', 'The article title is empty'));
  } else {
    issues.push(
      ...lengthIssue(title, titlePath, 'title', ARTICLE_TITLE_MAX, 'article-title-too-long'),
    );
  }
  const abstractPath = pointer(base, 'abstract');
  if (abstract !== undefined) {
    if (typeof abstract !== 'string')
      issues.push(typeIssue(abstractPath, 'abstract', 'string', abstract));
    else
      issues.push(
        ...lengthIssue(
          abstract,
          abstractPath,
          'abstract',
          ARTICLE_ABSTRACT_MAX,
          'article-abstract-too-long',
        ),
      );
  }
  const thumbPath = pointer(base, 'thumb_url');
  if (thumbUrl !== undefined) {
    if (typeof thumbUrl !== 'string')
      issues.push(typeIssue(thumbPath, 'thumb_url', 'string', thumbUrl));
    else if (thumbUrl.trim() === '') {
      issues.push(
        issue(
          'error',
          thumbPath,
          'article-thumb-empty',
          'The cover address is empty: leave thumb_url out and the platform picks a cover',
        ),
      );
    } else {
      const problem = urlProblem(thumbUrl);
      if (problem) issues.push(urlIssue(thumbUrl, thumbPath, problem));
    }
  }
  const bodyPath = pointer(base, 'body');
  if (body === undefined) {
    issues.push(issue('error', bodyPath, 'required', 'An article needs a body', { field: 'body' }));
  } else if (!isPlainObject(body)) {
    issues.push(typeIssue(bodyPath, 'body', 'an object with content and format', body));
  } else {
    const contentPath = pointer(bodyPath, 'content');
    if (typeof body.content !== 'string') {
      issues.push(
        body.content === undefined
          ? issue('error', contentPath, 'required', 'The article body needs content', {
              field: 'content',
            })
          : typeIssue(contentPath, 'content', 'string', body.content),
      );
    } else if (body.content.trim() === '') {
      issues.push(issue('error', contentPath, 'text-empty', 'The article body is empty'));
    }
    const formatPath = pointer(bodyPath, 'format');
    if (body.format === undefined) {
      issues.push(
        issue('error', formatPath, 'required', 'The article body needs format "text"', {
          field: 'format',
        }),
      );
    } else if (typeof body.format !== 'string') {
      issues.push(typeIssue(formatPath, 'format', 'string', body.format));
    } else if (body.format !== ARTICLE_BODY_FORMAT) {
      issues.push(
        issue(
          'warning',
          formatPath,
          'article-format-unknown',
          `The guide lists only the format "text", not "${body.format}"`,
          { value: body.format },
        ),
      );
    }
  }
  if (enableForward !== undefined && typeof enableForward !== 'boolean') {
    issues.push(
      typeIssue(pointer(base, 'enable_forward'), 'enable_forward', 'boolean', enableForward),
    );
  }
  return issues;
}

/** What an author fills in: empty abstract and cover are left out of the article. */
export interface ArticleFields {
  title: string;
  abstract: string;
  thumbUrl: string;
  body: string;
  enableForward: boolean;
}

export const EMPTY_ARTICLE_FIELDS: ArticleFields = {
  title: '',
  abstract: '',
  thumbUrl: '',
  body: '',
  enableForward: true,
};

/**
 * The article for what an author filled in, keys in the guide's order: `title`, `abstract`
 * (left out when empty), `thumb_url` (left out when empty: the platform picks a cover), `body`
 * as `{ content, format: "text" }`, `enable_forward`.
 */
export function buildArticle(fields: ArticleFields): Article {
  return {
    title: fields.title,
    ...(fields.abstract === '' ? {} : { abstract: fields.abstract }),
    ...(fields.thumbUrl.trim() === '' ? {} : { thumb_url: fields.thumbUrl.trim() }),
    body: { content: fields.body, format: ARTICLE_BODY_FORMAT },
    enable_forward: fields.enableForward,
  };
}

/** The fields of an article, for its editor; anything odd reads as empty. */
export function articleFields(article: unknown): ArticleFields {
  const value = isPlainObject(article) ? article : {};
  const body = isPlainObject(value.body) ? value.body : {};
  const text = (field: unknown) => (typeof field === 'string' ? field : '');
  return {
    title: text(value.title),
    abstract: text(value.abstract),
    thumbUrl: text(value.thumb_url),
    body: text(body.content),
    enableForward: value.enable_forward !== false,
  };
}
