import { describe, expect, it } from 'vitest';
import { fieldsForSend, planPersonal } from './personalTable';
import { readPersonalTable } from './readPersonalTable';

const CSV = [
  'open_id,name,team,a.b,name',
  'ou_a,Ann,Ops,x,dup',
  'ou_b,Bob,,y,dup',
  'Ann Smith,Ann,Ops,z,dup',
  'ou_a,Again,Ops,z,dup',
  '',
  'ou_c,"Cy, ""the"" third",Dev,w,dup',
].join('\n');

describe('readPersonalTable', () => {
  it('first column open_ids, the others fields; bad ids, names and duplicates listed', () => {
    const result = readPersonalTable(CSV, 'people.csv');
    if (!result.ok) throw new Error(result.error);
    expect(result.table).toEqual({
      source: 'people.csv',
      columns: ['name', 'team'],
      rows: [
        { open_id: 'ou_a', values: ['Ann', 'Ops'] },
        { open_id: 'ou_b', values: ['Bob', ''] },
        { open_id: 'ou_c', values: ['Cy, "the" third', 'Dev'] },
      ],
      problems: [
        { kind: 'bad-column', column: 3, value: 'a.b' },
        { kind: 'duplicate-column', column: 4, value: 'name' },
        { kind: 'bad-id', row: 4, value: 'Ann Smith' },
        { kind: 'duplicate-id', row: 5, value: 'ou_a' },
      ],
    });
  });

  it('a table pasted from a spreadsheet (tabs), Unicode field names', () => {
    const result = readPersonalTable('open_id\t部门\t姓名\nou_x\t研发\t张三\n', null);
    expect(result).toEqual({
      ok: true,
      table: {
        source: null,
        columns: ['部门', '姓名'],
        rows: [{ open_id: 'ou_x', values: ['研发', '张三'] }],
        problems: [],
      },
    });
  });

  it('says which cells stand beyond the last named column (they are left out)', () => {
    const result = readPersonalTable('open_id,name\nou_a,Ann\nou_b,Li Na,extra\nou_c,Cy,\n', null);
    if (!result.ok) throw new Error(result.error);
    expect(result.table.rows).toEqual([
      { open_id: 'ou_a', values: ['Ann'] },
      { open_id: 'ou_b', values: ['Li Na'] },
      { open_id: 'ou_c', values: ['Cy'] },
    ]);
    expect(result.table.problems).toEqual([{ kind: 'extra-cells', row: 3, value: 'extra' }]);
  });

  it('nothing, or no field columns', () => {
    expect(readPersonalTable(' \n', null)).toEqual({ ok: false, error: 'empty' });
    expect(readPersonalTable('open_id\nou_a', null)).toEqual({ ok: false, error: 'no-fields' });
  });
});

describe('planPersonal', () => {
  const result = readPersonalTable(CSV, null);
  if (!result.ok) throw new Error('unreadable');
  const { table } = result;
  const content = { text: 'Hi {{name}} of {{team}}' };

  it('each person’s message; missing values by the policy of their field', () => {
    const stop = planPersonal('text', content, table, ['ou_a', 'ou_b', 'ou_c', 'ou_z'], {});
    expect(stop.used).toEqual(['name', 'team']);
    expect(stop.missingCounts).toEqual({ name: 1, team: 2 });
    expect(stop.stopped).toBe(2);
    expect(stop.people.map((person) => person.content)).toEqual([
      { text: 'Hi Ann of Ops' },
      { text: 'Hi Bob of ' },
      { text: 'Hi Cy, "the" third of Dev' },
      { text: 'Hi  of ' },
    ]);
    const filled = planPersonal('text', content, table, ['ou_a', 'ou_b', 'ou_c', 'ou_z'], {
      team: { policy: 'default', value: 'your team' },
      name: { policy: 'skip' },
    });
    expect(filled).toMatchObject({ stopped: 0, skipped: 1, distinct: 3 });
    expect(filled.people[1]).toMatchObject({
      openId: 'ou_b',
      missing: ['team'],
      skipped: false,
      content: { text: 'Hi Bob of your team' },
    });
    expect(filled.people[3]).toMatchObject({ openId: 'ou_z', skipped: true });
    expect(filled.largestBytes).toBe(
      new TextEncoder().encode(JSON.stringify({ text: 'Hi Cy, "the" third of Dev' })).length,
    );
  });

  it('name and department from the directory where the list has no such column', () => {
    const directory = new Map([
      ['ou_a', { id: 'ou_a', name: '张伟', department: '运营部' }],
      ['ou_b', { id: 'ou_b', name: 'Bob' }],
    ]);
    const plan = planPersonal(
      'text',
      { text: '{{name}} / {{department}}' },
      table,
      ['ou_a', 'ou_b'],
      {},
      directory,
    );
    // The list's own name column comes first; department only the directory has.
    expect(plan.people.map((person) => person.content)).toEqual([
      { text: 'Ann / 运营部' },
      { text: 'Bob / ' },
    ]);
    expect(plan.missingCounts).toEqual({ name: 0, department: 1 });
  });

  it('fieldsForSend: only the rows of the recipients, only the policies of used fields', () => {
    expect(
      fieldsForSend(table, ['ou_c'], ['name'], {
        name: { policy: 'skip' },
        other: { policy: 'skip' },
      }),
    ).toEqual({
      columns: ['name', 'team'],
      rows: [{ open_id: 'ou_c', values: ['Cy, "the" third', 'Dev'] }],
      missing: { name: { policy: 'skip' } },
    });
  });
});
