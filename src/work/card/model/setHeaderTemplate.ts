import { isPlainObject, type Card, type CardHeader } from '../../../mind';
import { setKey } from './objectKeys';

/** Sets the header colour (`header.template`), creating the header where missing. */
export function setHeaderTemplate(card: Card, template: string): Card {
  const header: CardHeader = isPlainObject(card.header) ? card.header : {};
  return setKey(card, 'header', setKey(header, 'template', template));
}
