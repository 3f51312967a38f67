import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { MSG_TYPES, isOneOf, isPlainObject, type MsgType } from '../mind';
import { STORED, followStore, persistOptions } from '../lib/storage';

/** Which template an editor's work came from, so a save can be its next version. */
export interface TemplateLink {
  id: string;
  name: string;
  /** The version the work started from: a save sends it as `baseVersion`. */
  version: number;
  /** JSON of the content as saved; work equal to it has nothing unsaved. */
  savedJson: string;
}

interface TemplateLinksState {
  /** One per message type: each type has one editor holding one piece of work. */
  links: Partial<Record<MsgType, TemplateLink>>;
}

export const TEMPLATE_LINKS_KEY = STORED.templateLinks.key;

function readLinks(stored: unknown): TemplateLinksState['links'] {
  const links = isPlainObject(stored) && isPlainObject(stored.links) ? stored.links : {};
  return Object.fromEntries(
    Object.entries(links).filter(
      ([type, link]) =>
        isOneOf(MSG_TYPES, type) &&
        isPlainObject(link) &&
        typeof link.id === 'string' &&
        typeof link.name === 'string' &&
        typeof link.version === 'number' &&
        typeof link.savedJson === 'string',
    ),
  ) as TemplateLinksState['links'];
}

export const useTemplateLinks = create<TemplateLinksState>()(
  persist(() => ({ links: {} }), {
    ...persistOptions<TemplateLinksState>(STORED.templateLinks),
    merge: (persisted, current) => ({ ...current, links: readLinks(persisted) }),
  }),
);

// The links are one map for every tab: a tab follows the map another tab wrote rather than
// writing its own over it (the designer card it names follows the same way).
followStore(useTemplateLinks);

export function setTemplateLink(msgType: MsgType, link: TemplateLink | null): void {
  useTemplateLinks.setState((state) => {
    const links = { ...state.links };
    if (link) links[msgType] = link;
    else delete links[msgType];
    return { links };
  });
}

export const templateLinkOf = (msgType: MsgType): TemplateLink | undefined =>
  useTemplateLinks.getState().links[msgType];
