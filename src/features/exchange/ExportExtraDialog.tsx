import { lazy, Suspense } from 'react';
import type { WorkMessage } from '../../work/workMessage';

// Loaded when first opened, so an editor's first load does not carry them.
const CodeExportDialog = lazy(() =>
  import('./CodeExportDialog').then((module) => ({ default: module.CodeExportDialog })),
);
const ShareLinkDialog = lazy(() =>
  import('./ShareLinkDialog').then((module) => ({ default: module.ShareLinkDialog })),
);

export interface ExportExtra {
  kind: 'code' | 'share';
  message: WorkMessage;
}

/** The code export or the share link dialog, loaded on demand. */
export function ExportExtraDialog({
  open,
  onClose,
}: {
  open: ExportExtra | null;
  onClose: () => void;
}) {
  return (
    <Suspense fallback={null}>
      {open?.kind === 'code' ? (
        <CodeExportDialog message={open.message} onClose={onClose} />
      ) : open?.kind === 'share' ? (
        <ShareLinkDialog message={open.message} onClose={onClose} />
      ) : null}
    </Suspense>
  );
}
