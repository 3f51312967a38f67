import { stringifyJson } from '../../mind';
import type { Template } from '../../api/schemas';
import type { TemplateLink } from '../../work/templateLinks';

/**
 * The link an editor keeps to the template its work came from. `content` is what was loaded
 * (an older version, when one was opened), `version` the template's current one: a save
 * continues from there.
 */
export function linkFor(template: Template, content: unknown = template.content): TemplateLink {
  return {
    id: template.id,
    name: template.name,
    version: template.version,
    savedJson: stringifyJson(content),
  };
}
