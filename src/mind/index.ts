export * from './constants';
export * from './types';
export * from './issues';
export * from './schemas';
export { decodeRequest, isStructuralIssue, type DecodeResult } from './decodeRequest';
export { encodeRequest } from './encodeRequest';
export { msgTypeIssue } from './msgTypeIssue';
export {
  CHANNELS,
  CHANNEL_ENDPOINTS,
  ENDPOINTS,
  channelOf,
  channelUrl,
  encodeFor,
  endpointOf,
  endpointUrl,
  type Channel,
  type Endpoint,
  type Destination,
  type OutgoingMessage,
} from './channels';
export {
  MENTION_ALL_ID,
  MENTION_ALL_LABEL,
  formatMention,
  mentionAt,
  mentionsEveryone,
  scanMentions,
  textMentionIssues,
  type MalformedMention,
  type TextMention,
} from './mentions';
export {
  ARTICLE_ABSTRACT_MAX,
  ARTICLE_BODY_FORMAT,
  ARTICLE_ENDPOINT,
  ARTICLE_TITLE_MAX,
  articleUrl,
  countCharacters,
  EMPTY_ARTICLE_FIELDS,
  articleFields,
  buildArticle,
  emptyArticle,
  validateArticle,
  type Article,
  type ArticleFields,
} from './article';
export { detectImport, type ImportKind, type ImportResult } from './detectImport';
export { validateMessage, validateContent } from './validateMessage';
export { validateCard } from './validateCard';
export { validateRichText } from './validateRichText';
export { isHttpUrl, isSafeLinkHref, withHttpsScheme } from './isSafeUrl';
export {
  ALLOWED_URL_SCHEMES,
  isAddressKey,
  isAllowedUrl,
  urlPolicyIssues,
  urlProblem,
} from './urlPolicy';
export { parseJson, type ParseJsonResult } from './parseJson';
export { mayHoldBigInteger, parseExactJson, stringifyJson } from './exactJson';
export { DEFAULT_EMOJI, type MindEmoji } from './emoji';
// Fields (src/mind/fields.ts, docs/personal.md) are imported from their module, not from here,
// so that pages without personal sends do not download them (scripts/pageWeight.test.ts).
