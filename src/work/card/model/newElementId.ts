let counter = 0;

/** A designer-only id, unique within this page load. */
export function newElementId(): string {
  counter += 1;
  return `el-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
