import { encodeRequest, type Card, stringifyJson } from '../../mind';

/** The card JSON as an engineer takes it away: Mind's format only, no designer ids. */
export const cardJson = (card: Card): string => `${stringifyJson(card, 2)}\n`;

/**
 * The request body Mind receives, `content` encoded as a string. It has no recipients: whoever
 * sends it must add `receive_id` or `receive_ids`, or Mind sends it to every subscriber.
 */
export const requestJson = (card: Card): string =>
  `${stringifyJson(encodeRequest({ msg_type: 'interactive', content: card }), 2)}\n`;
