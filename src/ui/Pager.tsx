import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from './Button';

/** Previous and next page buttons with where one is between them; nothing for one page. */
export function Pager({
  page,
  pages,
  onPage,
  label,
  previous,
  next,
  where,
  className,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  /** The navigation landmark's name; none: a plain group. */
  label?: string;
  previous: string;
  next: string;
  /** "Page 2 of 5", said again when it changes. */
  where: string;
  className?: string;
}) {
  if (pages <= 1) return null;
  const Wrapper = label ? 'nav' : 'div';
  return (
    <Wrapper className={className} aria-label={label}>
      <Button
        size="sm"
        variant="ghost"
        icon={<ChevronLeft size={14} />}
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        {previous}
      </Button>
      <span aria-live="polite">{where}</span>
      <Button
        size="sm"
        variant="ghost"
        icon={<ChevronRight size={14} />}
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        {next}
      </Button>
    </Wrapper>
  );
}
