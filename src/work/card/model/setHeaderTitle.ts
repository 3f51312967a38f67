import { isPlainObject, type Card, type CardHeader, type PlainText } from '../../../mind';
import { setKey } from './objectKeys';

/** Sets `header.title.content`, creating the header and title where missing. */
export function setHeaderTitle(card: Card, title: string): Card {
  const header: CardHeader = isPlainObject(card.header) ? card.header : {};
  const current: PlainText = isPlainObject(header.title) ? header.title : {};
  return setKey(card, 'header', setKey(header, 'title', setKey(current, 'content', title)));
}
