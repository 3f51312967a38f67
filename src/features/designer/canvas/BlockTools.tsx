import { ArrowDown, ArrowUp, Copy, Trash2 } from 'lucide-react';
import { memo } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { IconButton } from '../../../ui/IconButton';
import { blockCommands } from '../blockCommands';
import { shortcutLabels } from '../shortcutLabels';

/** Move up, move down, duplicate and delete, for one block. */
export const BlockTools = memo(function BlockTools({
  id,
  index,
  count,
  focusable = true,
  className,
}: {
  id: string;
  index: number;
  count: number;
  focusable?: boolean;
  className?: string;
}) {
  const { t } = useTranslation('designer');
  const keys = shortcutLabels();
  const commands = blockCommands(t, id);
  const tabIndex = focusable ? 0 : -1;
  return (
    <div className={className} role="group" aria-label={t('block.tools')} data-no-drag>
      <IconButton
        label={t('block.moveUp')}
        shortcut={keys.moveUp}
        icon={<ArrowUp size={15} />}
        onClick={commands.moveUp}
        disabled={index === 0}
        tabIndex={tabIndex}
      />
      <IconButton
        label={t('block.moveDown')}
        shortcut={keys.moveDown}
        icon={<ArrowDown size={15} />}
        onClick={commands.moveDown}
        disabled={index === count - 1}
        tabIndex={tabIndex}
      />
      <IconButton
        label={t('block.duplicate')}
        shortcut={keys.duplicate}
        icon={<Copy size={15} />}
        onClick={commands.duplicate}
        tabIndex={tabIndex}
      />
      <IconButton
        label={t('block.delete')}
        shortcut={keys.remove}
        icon={<Trash2 size={15} />}
        onClick={commands.remove}
        tabIndex={tabIndex}
        className="dz-danger"
      />
    </div>
  );
});
