import { isPlainObject, type Card, type CardConfig, type CardConfigKey } from '../../../mind';
import { setKey } from './objectKeys';

/** Sets one of the card's `config` switches, creating `config` where missing. */
export function setConfigFlag(card: Card, key: CardConfigKey, value: boolean): Card {
  const config: CardConfig = isPlainObject(card.config) ? card.config : {};
  return setKey(card, 'config', setKey(config, key, value));
}
