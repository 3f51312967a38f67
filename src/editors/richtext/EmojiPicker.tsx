import { Smile } from 'lucide-react';
import { DropdownMenu, Toolbar } from 'radix-ui';
import { useRef } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import type { Emoji } from '../../api/schemas';
import { IconButton } from '../../ui/IconButton';
import { EmojiImage } from './EmojiImage';
import { useEmojiList } from './useEmojiList';

export interface EmojiPickerProps {
  onPick: (emoji: Emoji) => void;
  /** Where focus goes once an emoji is picked (the editor), instead of the button. */
  onPicked: () => void;
  resolve: (src: string) => string | null;
  disabled?: boolean;
}

/** Mind's emoji in a grid menu, opened from a toolbar button: arrow keys move, Enter picks. */
export function EmojiPicker({ onPick, onPicked, resolve, disabled }: EmojiPickerProps) {
  const { t } = useTranslation('richtext');
  const { emoji, usingDefaults } = useEmojiList();
  const picked = useRef(false);
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger asChild disabled={disabled}>
        <Toolbar.Button asChild>
          <IconButton label={t('toolbar.emoji')} icon={<Smile size={16} />} disabled={disabled} />
        </Toolbar.Button>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          className="ui-menu rt-emoji-menu"
          aria-label={t('emoji.menuLabel')}
          sideOffset={6}
          align="start"
          onCloseAutoFocus={(event) => {
            if (!picked.current) return;
            picked.current = false;
            event.preventDefault();
            onPicked();
          }}
        >
          <div className="rt-emoji-grid">
            {emoji.map((item) => (
              <DropdownMenu.Item
                key={`${item.alt}:${item.src}`}
                className="rt-emoji-option"
                title={item.alt}
                onSelect={() => {
                  picked.current = true;
                  onPick(item);
                }}
              >
                <EmojiImage emoji={item} resolve={resolve} />
              </DropdownMenu.Item>
            ))}
          </div>
          {usingDefaults ? <p className="rt-emoji-note">{t('emoji.defaults')}</p> : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
