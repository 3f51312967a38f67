import { encodeRequest, type Card } from '../../mind';

/** The card JSON as an engineer takes it away: Mind's format only, no designer ids. */
export const cardJson = (card: Card): string => `${JSON.stringify(card, null, 2)}\n`;

/**
 * The request body Mind receives, `content` encoded as a string. It has no recipients: whoever
 * sends it must add `receive_id` or `receive_ids`, or Mind sends it to every subscriber.
 */
export const requestJson = (card: Card): string =>
  `${JSON.stringify(encodeRequest({ msg_type: 'interactive', content: card }), null, 2)}\n`;

/** Starts a download of `text` as a JSON file. */
export function downloadJson(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
