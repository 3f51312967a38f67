import { useTranslation } from '../../../lib/i18n/useTranslation';
import { CARD_CONFIG_DEFAULTS, CARD_CONFIG_KEYS } from '../../../mind';
import { Field } from '../../../ui/Field';
import { Switch } from '../../../ui/Switch';
import { designerActions, useDesigner } from '../../../work/card/store/useDesignerStore';
import { HeaderColorPicker } from './HeaderColorPicker';
import { TextField } from './TextField';

/**
 * The card's own settings: its title, header colour, the config switches (an absent one shown
 * as what Mind does without it) and `business_type`.
 */
export function CardInspector() {
  const { t } = useTranslation('designer');
  const title = useDesigner((state) => state.doc.card.header?.title?.content);
  const config = useDesigner((state) => state.doc.card.config);
  const businessType = config?.business_type;
  return (
    <div className="dz-form">
      <TextField
        label={t('card.title')}
        value={typeof title === 'string' ? title : ''}
        onChange={(value) => designerActions().setHeaderTitle(value)}
        pointer="/content/header/title/content"
        placeholder={t('card.titlePlaceholder')}
        fieldsMenu={t('card.title')}
      />
      <HeaderColorPicker />
      <Field label={t('card.behaviour')} group="fieldset" className="dz-fieldset">
        {() => (
          <>
            {CARD_CONFIG_KEYS.map((key) => {
              const value = config?.[key];
              return (
                <Switch
                  key={key}
                  checked={typeof value === 'boolean' ? value : CARD_CONFIG_DEFAULTS[key]}
                  onCheckedChange={(checked) => designerActions().setConfigFlag(key, checked)}
                  label={t(`config.${key}.label`)}
                  description={t(`config.${key}.description`)}
                />
              );
            })}
            <TextField
              label={t('config.business_type.label')}
              value={typeof businessType === 'string' ? businessType : ''}
              onChange={(value) => designerActions().setBusinessType(value)}
              pointer="/content/config/business_type"
              hint={t('config.business_type.description')}
            />
          </>
        )}
      </Field>
    </div>
  );
}
