import { isPlainObject, type Card, type CardConfig, type CardConfigKey } from '../../../mind';
import { removeKey, setKey } from './objectKeys';

/** Sets one of the card's `config` switches, creating `config` where missing. */
export function setConfigFlag(card: Card, key: CardConfigKey, value: boolean): Card {
  const config: CardConfig = isPlainObject(card.config) ? card.config : {};
  return setKey(card, 'config', setKey(config, key, value));
}

/** Sets the card's `config.business_type`; an empty text removes it, as Mind needs none. */
export function setBusinessType(card: Card, value: string): Card {
  const config: CardConfig = isPlainObject(card.config) ? card.config : {};
  const next =
    value === '' ? removeKey(config, 'business_type') : setKey(config, 'business_type', value);
  return next === config ? card : setKey(card, 'config', next);
}
