import { describe, expect, it } from 'vitest';
import { templateListSchema } from '../src/api/schemas';
import { validateContent } from '../src/mind';
import { STARTER_TEMPLATES } from './starterTemplates';
import { startHarness, tempDir } from './testing/harness';

describe('the starter templates', () => {
  it.each(STARTER_TEMPLATES.map((starter) => [starter.key, starter] as const))(
    '%s is a message Mind accepts, without a single doubt',
    (_key, starter) => {
      expect(validateContent(starter.msgType, starter.content, '/content')).toEqual([]);
    },
  );

  it('covers a notice, a reminder with a button, a report summary and a rich_text announcement', () => {
    const cards = STARTER_TEMPLATES.filter((starter) => starter.msgType === 'interactive');
    const buttons = cards.flatMap(
      (starter) => JSON.stringify(starter.content).match(/"tag":"button"/g) ?? [],
    );
    expect(cards.length).toBeGreaterThanOrEqual(3);
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(STARTER_TEMPLATES.some((starter) => starter.msgType === 'rich_text')).toBe(true);
    expect(new Set(STARTER_TEMPLATES.map((starter) => starter.key)).size).toBe(
      STARTER_TEMPLATES.length,
    );
  });

  it('are added once: a restart adds no copies and brings back none deleted for good', async () => {
    const dataDir = tempDir('starters');
    const first = await startHarness({ DATA_DIR: dataDir });
    const list = async (harness: typeof first, trash = false) =>
      templateListSchema.parse((await harness.call(`/api/templates?trash=${trash}`)).body).items;
    let gone: string;
    try {
      const starters = await list(first);
      expect(starters).toHaveLength(STARTER_TEMPLATES.length);
      expect(starters.map((item) => item.starter)).toEqual(
        STARTER_TEMPLATES.map((item) => item.key),
      );
      const victim = starters[0];
      if (!victim) throw new Error('no starter');
      gone = victim.starter ?? '';
      await first.call(`/api/templates/${victim.id}`, { method: 'DELETE' });
      const purge = await first.call(`/api/templates/${victim.id}?permanent=true`, {
        method: 'DELETE',
      });
      expect(purge.status).toBe(204);
    } finally {
      await first.close();
    }
    const second = await startHarness({ DATA_DIR: dataDir });
    try {
      const starters = await list(second);
      expect(starters).toHaveLength(STARTER_TEMPLATES.length - 1);
      expect(starters.map((item) => item.starter)).not.toContain(gone);
      expect(await list(second, true)).toEqual([]);
    } finally {
      await second.close();
    }
  });
});
