import {
  Eye,
  FileText,
  History,
  Inbox,
  LayoutTemplate,
  Library,
  Send,
  type LucideIcon,
} from 'lucide-react';

export interface NavItem {
  path: string;
  /** i18n key in the `common` namespace. */
  labelKey: string;
  icon: LucideIcon;
}

export const NAV_ITEMS: NavItem[] = [
  { path: '/designer', labelKey: 'nav.designer', icon: LayoutTemplate },
  { path: '/rich-text', labelKey: 'nav.richText', icon: FileText },
  { path: '/compose', labelKey: 'nav.compose', icon: Send },
  { path: '/templates', labelKey: 'nav.templates', icon: Library },
  { path: '/history', labelKey: 'nav.history', icon: History },
  { path: '/inbox', labelKey: 'nav.inbox', icon: Inbox },
  { path: '/preview', labelKey: 'nav.preview', icon: Eye },
];
