import { useTranslation } from 'react-i18next';
import { CARD_CONFIG_KEYS } from '../../../mind';
import { Switch } from '../../../ui/Switch';
import { designerActions, useDesigner } from '../store/useDesignerStore';
import { HeaderColorPicker } from './HeaderColorPicker';
import { TextField } from './TextField';

/** The card's own settings: its title, header colour and the three config switches. */
export function CardInspector() {
  const { t } = useTranslation('designer');
  const title = useDesigner((state) => state.doc.card.header?.title?.content);
  const config = useDesigner((state) => state.doc.card.config);
  return (
    <div className="dz-form">
      <TextField
        label={t('card.title')}
        value={typeof title === 'string' ? title : ''}
        onChange={(value) => designerActions().setHeaderTitle(value)}
        pointer="/content/header/title/content"
        placeholder={t('card.titlePlaceholder')}
      />
      <HeaderColorPicker />
      <fieldset className="dz-fieldset">
        <legend className="ui-field__label">{t('card.behaviour')}</legend>
        {CARD_CONFIG_KEYS.map((key) => (
          <Switch
            key={key}
            checked={config?.[key] === true}
            onCheckedChange={(checked) => designerActions().setConfigFlag(key, checked)}
            label={t(`config.${key}.label`)}
            description={t(`config.${key}.description`)}
          />
        ))}
      </fieldset>
    </div>
  );
}
