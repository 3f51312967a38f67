import { useMe } from '../../work/useMe';

/** The name saves are signed with (the "me" set in Compose), or undefined when unnamed. */
export function useAuthor(): string | undefined {
  const name = useMe((state) => state.name);
  return name.trim() || undefined;
}
