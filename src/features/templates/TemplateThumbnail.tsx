import { memo } from 'react';
import type { Template } from '../../api/schemas';
import { MessagePreview } from '../preview/MessagePreview';

/** A small, non-interactive picture of the template as recipients see it. */
export const TemplateThumbnail = memo(function TemplateThumbnail({
  template,
}: {
  template: Template;
}) {
  return (
    <div className="tp-thumb" aria-hidden="true" inert>
      <div className="tp-thumb__scale">
        <MessagePreview
          message={{ msg_type: template.msgType, content: template.content }}
          time={template.updatedAt}
        />
      </div>
    </div>
  );
});
