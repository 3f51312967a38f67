import type { TFunction } from 'i18next';
import { articleFields, isPlainObject, type Card, type MsgType, stringifyJson } from '../mind';

/** A few words naming a piece of work: a card's or an article's title, the start of a text. */
export function describeWork(msgType: MsgType, content: unknown, t: TFunction): string {
  if (msgType === 'interactive') {
    const title = (content as Card | undefined)?.header?.title?.content;
    return typeof title === 'string' && title.trim() !== ''
      ? t('work.card', { title: title.trim() })
      : t('work.untitledCard');
  }
  const text =
    msgType === 'article'
      ? articleFields(content).title
      : msgType === 'rich_text'
        ? stringifyJson(content).match(/"text":"((?:[^"\\]|\\.)*)"/)?.[1]
        : isPlainObject(content) && typeof content.text === 'string'
          ? content.text
          : undefined;
  const start = (text ?? '').replace(/\\n|\s+/g, ' ').trim();
  if (!start) return t(`work.empty.${msgType}`);
  return t(`work.text.${msgType}`, {
    start: start.length > 40 ? `${start.slice(0, 40)}…` : start,
  });
}
