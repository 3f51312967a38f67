import { Code, FileText, MousePointerClick, TextQuote } from 'lucide-react';
import type { ElementKind } from '../../../work/card/model/types';

const ICONS = {
  markdown: TextQuote,
  rich_text: FileText,
  action: MousePointerClick,
  unknown: Code,
};

export function KindIcon({ kind, size = 16 }: { kind: ElementKind; size?: number }) {
  const Icon = ICONS[kind];
  return <Icon size={size} aria-hidden="true" />;
}
