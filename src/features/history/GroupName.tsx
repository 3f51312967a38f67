import { useGroupName } from '../../api/groups';

/** A group a send was posted to: its name where the app knows it, and its id. */
export function GroupName({ id }: { id: string }) {
  const name = useGroupName(id);
  return (
    <span className="hs-recipients" data-testid="group-name">
      {name ? <strong>{name} </strong> : null}
      <code className="hs-id">{id}</code>
    </span>
  );
}
