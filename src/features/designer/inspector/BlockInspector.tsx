import type { ElementKind } from '../../../work/card/model/types';
import { ButtonsInspector } from './ButtonsInspector';
import { MarkdownInspector } from './MarkdownInspector';
import { RichTextInspector } from './RichTextInspector';
import { UnknownInspector } from './UnknownInspector';

/** The settings of one block, by its kind (downloaded when a block is first selected). */
export function BlockInspector({
  kind,
  id,
  index,
}: {
  kind: ElementKind;
  id: string;
  index: number;
}) {
  if (kind === 'markdown') return <MarkdownInspector id={id} index={index} />;
  if (kind === 'rich_text') return <RichTextInspector id={id} index={index} />;
  if (kind === 'action') return <ButtonsInspector id={id} index={index} />;
  return <UnknownInspector index={index} />;
}
