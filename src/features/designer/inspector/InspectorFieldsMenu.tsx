import { lazyComponent } from '../../../ui/lazyComponent';
import { usePersonal } from '../../../fields/personalStore';

// Downloads once a list with fields is loaded in compose: the designer's first visit does not
// carry the placeholder parser (scripts/pageWeight.test.ts).
const FieldsMenu = lazyComponent(() =>
  import('../../../fields/FieldsMenuButton').then((module) => module.FieldsMenu),
);

/**
 * The Fields menu beside an inspector field (the title, a button's label, address and value),
 * while a list with fields is loaded in compose: inserts `{{field}}` at the field's cursor.
 */
export function InspectorFieldsMenu(props: {
  targetId: string;
  value: string;
  onChange: (value: string) => void;
  /** The field's label, for the menu's accessible name. */
  target: string;
  insertion?: (text: string, at: number, placeholder: string) => string;
}) {
  const loaded = usePersonal((state) => (state.table?.columns.length ?? 0) > 0);
  return loaded ? <FieldsMenu {...props} compact /> : null;
}
