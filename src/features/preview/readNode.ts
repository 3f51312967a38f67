import * as z from 'zod/mini';
import { nodeSchema } from '../../mind';

const objectSchema = z.record(z.string(), z.unknown());
/** The preview shows a number where a text belongs as it is. */
const shownTextSchema = z.union([z.string(), z.number()]);

const readField = <T>(schema: z.ZodMiniType<T>, value: unknown): T | undefined => {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
};

/**
 * A rich_text node or mark as the preview reads it, since it shows what it can of anything:
 * `nodeSchema`'s fields, each on its own, a field of the wrong type read as absent; null when
 * the value is not an object.
 */
export function readNode(value: unknown) {
  const node = readField(objectSchema, value);
  if (!node) return null;
  return {
    type: node.type,
    attrs: readField(nodeSchema.shape.attrs, node.attrs),
    content: readField(nodeSchema.shape.content, node.content),
    marks: readField(nodeSchema.shape.marks, node.marks),
    text: readField(shownTextSchema, node.text),
  };
}

export type ShownNode = NonNullable<ReturnType<typeof readNode>>;
