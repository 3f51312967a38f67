import type { ReactNode } from 'react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { Tabs } from '../../ui/Tabs';
import { Canvas } from './canvas/Canvas';
import { DesignerDnd } from './canvas/DesignerDnd';
import { CanvasDragSources } from './canvas/DragSource';
import { Palette } from './canvas/Palette';
import { DesignerChecks } from './DesignerChecks';
import { DesignerPreview } from './DesignerPreview';
import { Inspector } from './inspector/Inspector';
import { designerActions, useDesigner } from '../../work/card/store/useDesignerStore';
import type { DesignerPanel } from '../../work/card/store/types';
import { useErrorCount } from './useCardIssues';
import { useMediaQuery } from './useMediaQuery';

/**
 * Side by side on a wide screen: palette | canvas (the card as rendered) | inspector; tabs on a
 * narrow one, where the preview keeps a tab of its own (it zooms the card to fit). `editPanel`,
 * when the page gives one (the card's JSON), takes the inspector's place.
 */
export function DesignerWorkspace({ editPanel }: { editPanel?: ReactNode }) {
  const { t } = useTranslation('designer');
  const wide = useMediaQuery('(min-width: 1260px)');
  const panel = useDesigner((state) => state.panel);
  const errorCount = useErrorCount();

  // The canvas is outside dnd-kit's context, which changes on every pointer move of a drag:
  // its elements' draggables and its drop target are rendered apart (canvas/dragTargets.ts).
  const build = (
    <div className="dz-build">
      <DesignerDnd>
        <Palette />
        <CanvasDragSources />
      </DesignerDnd>
      <div className="dz-build__main">
        <Canvas />
        <DesignerChecks />
      </div>
    </div>
  );

  if (wide) {
    return (
      <div className="dz-workspace">
        {build}
        <div className="dz-column dz-column--inspector">{editPanel ?? <Inspector />}</div>
      </div>
    );
  }
  return (
    <Tabs
      className="dz-tabs"
      label={t('panels.label')}
      value={panel}
      onValueChange={(value) => designerActions().showPanel(value as DesignerPanel)}
      items={[
        { value: 'build', label: t('panels.build'), content: build },
        {
          value: 'edit',
          label:
            errorCount > 0 ? t('panels.editWithErrors', { count: errorCount }) : t('panels.edit'),
          content: editPanel ?? <Inspector />,
        },
        { value: 'preview', label: t('panels.preview'), content: <DesignerPreview /> },
      ]}
    />
  );
}
