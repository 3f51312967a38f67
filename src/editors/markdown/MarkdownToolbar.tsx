import { ALargeSmall, Bold, FoldVertical, Italic, Link, Palette } from 'lucide-react';
import { memo, useState } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { isSafeLinkHref } from '../../mind';
import { IconButton } from '../../ui/IconButton';
import { TextInput } from '../../ui/TextInput';
import { FormatPopover } from './FormatPopover';
import { FONT_COLORS, type MarkdownFormat } from './formatMarkdown';

const HEX = /^#[0-9a-fA-F]{6}$/;

export interface MarkdownToolbarProps {
  onFormat: (format: MarkdownFormat) => void;
  /** Which popover is open; the editor opens the link form on Ctrl+K. */
  openForm: 'link' | 'color' | 'clamp' | null;
  onOpenFormChange: (form: 'link' | 'color' | 'clamp' | null) => void;
  controls: string;
}

export const MarkdownToolbar = memo(function MarkdownToolbar({
  onFormat,
  openForm,
  onOpenFormChange,
  controls,
}: MarkdownToolbarProps) {
  const { t } = useTranslation('markdown');
  const [href, setHref] = useState('https://');
  const [color, setColor] = useState(FONT_COLORS[0] ?? '#006DF9');
  const [lines, setLines] = useState('3');
  const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';
  const toggle = (form: 'link' | 'color' | 'clamp') => (open: boolean) =>
    onOpenFormChange(open ? form : null);
  const hrefValid = isSafeLinkHref(href.trim());
  const linesNumber = Number(lines);
  const linesValid = Number.isInteger(linesNumber) && linesNumber >= 1 && linesNumber <= 50;

  return (
    <div className="md-toolbar" role="toolbar" aria-label={t('toolbar')} aria-controls={controls}>
      <IconButton
        label={t('bold')}
        shortcut={`${mod}B`}
        icon={<Bold size={16} />}
        onClick={() => onFormat({ kind: 'bold' })}
      />
      <IconButton
        label={t('italic')}
        shortcut={`${mod}I`}
        icon={<Italic size={16} />}
        onClick={() => onFormat({ kind: 'italic' })}
      />
      <FormatPopover
        label={t('link')}
        shortcut={`${mod}K`}
        icon={<Link size={16} />}
        open={openForm === 'link'}
        onOpenChange={toggle('link')}
        applyDisabled={!hrefValid}
        onApply={() => {
          if (!hrefValid) return false;
          onFormat({ kind: 'link', href: href.trim() });
          return true;
        }}
      >
        <label className="md-popover__label">
          {t('linkAddress')}
          <TextInput
            value={href}
            onChange={(event) => setHref(event.target.value)}
            aria-invalid={!hrefValid}
            autoFocus
          />
        </label>
        {!hrefValid ? <p className="md-popover__error">{t('linkInvalid')}</p> : null}
      </FormatPopover>
      <FormatPopover
        label={t('color')}
        icon={<Palette size={16} />}
        open={openForm === 'color'}
        onOpenChange={toggle('color')}
        applyDisabled={!HEX.test(color)}
        onApply={() => {
          if (!HEX.test(color)) return false;
          onFormat({ kind: 'color', color });
          return true;
        }}
      >
        <div className="md-swatches" role="radiogroup" aria-label={t('color')}>
          {FONT_COLORS.map((swatch) => (
            <button
              key={swatch}
              type="button"
              role="radio"
              aria-checked={swatch.toLowerCase() === color.toLowerCase()}
              aria-label={swatch}
              className="md-swatch"
              style={{ background: swatch }}
              onClick={() => setColor(swatch)}
            />
          ))}
        </div>
        <label className="md-popover__label">
          {t('colorHex')}
          <TextInput
            value={color}
            onChange={(event) => setColor(event.target.value.trim())}
            aria-invalid={!HEX.test(color)}
            spellCheck={false}
          />
        </label>
        {!HEX.test(color) ? <p className="md-popover__error">{t('colorInvalid')}</p> : null}
      </FormatPopover>
      <IconButton
        label={t('small')}
        icon={<ALargeSmall size={16} />}
        onClick={() => onFormat({ kind: 'small' })}
      />
      <FormatPopover
        label={t('clamp')}
        icon={<FoldVertical size={16} />}
        open={openForm === 'clamp'}
        onOpenChange={toggle('clamp')}
        applyDisabled={!linesValid}
        onApply={() => {
          if (!linesValid) return false;
          onFormat({ kind: 'clamp', lines: linesNumber });
          return true;
        }}
      >
        <label className="md-popover__label">
          {t('clampLines')}
          <TextInput
            type="number"
            min={1}
            max={50}
            value={lines}
            onChange={(event) => setLines(event.target.value)}
            aria-invalid={!linesValid}
            autoFocus
          />
        </label>
        {!linesValid ? <p className="md-popover__error">{t('clampInvalid')}</p> : null}
        <p className="md-popover__hint">{t('clampHint')}</p>
      </FormatPopover>
    </div>
  );
});
