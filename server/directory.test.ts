import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directoryValue } from '../src/api/personal';
import { directoryFields, loadDirectory, SAMPLE_DIRECTORY } from './directory';
import { tempDir } from './testing/harness';

/** DIRECTORY_FILE: its own columns, and every other column as a field (docs/personal.md). */
function fileWith(name: string, text: string): string {
  const file = join(tempDir('directory-file'), name);
  writeFileSync(file, text);
  return file;
}

describe('the directory', () => {
  it('a CSV: id, name, department in any case, every other field-named column kept as written', () => {
    const people = loadDirectory(
      fileWith(
        'people.csv',
        '\uFEFFOpen_ID,Name,Department,Desk,due date,工位,bad.column\n' +
          'ou_a, Ann ,Ops, D-12 ,2026-01-01,A区,x\n' +
          'ou_b,Bob,,,,,\n',
      ),
      'live',
    );
    expect(people).toEqual([
      {
        id: 'ou_a',
        name: 'Ann',
        department: 'Ops',
        fields: { Desk: 'D-12', 'due date': '2026-01-01', 工位: 'A区' },
      },
      { id: 'ou_b', name: 'Bob', fields: { Desk: '', 'due date': '', 工位: '' } },
    ]);
    expect(directoryFields(people)).toEqual(['name', 'department', 'Desk', 'due date', '工位']);
    expect(directoryValue(people[0], 'Desk')).toBe('D-12');
    expect(directoryValue(people[0], 'desk')).toBeUndefined();
    expect(directoryValue(people[1], 'department')).toBeUndefined();
  });

  it('JSON: other keys with text or a number are fields; objects, bad names and own keys are not', () => {
    const people = loadDirectory(
      fileWith(
        'people.json',
        JSON.stringify([
          { id: 'ou_a', name: 'Ann', floor: 3, desk: 'D-12', extra: { x: 1 }, 'a.b': 'no' },
          { id: 'ou_b', name: 'Bob', department: 'Eng' },
        ]),
      ),
      'live',
    );
    expect(people).toEqual([
      { id: 'ou_a', name: 'Ann', fields: { floor: '3', desk: 'D-12' } },
      { id: 'ou_b', name: 'Bob', department: 'Eng' },
    ]);
    expect(directoryFields(people)).toEqual(['name', 'department', 'floor', 'desk']);
  });

  it('the sandbox sample has name and department; a CSV without a name column stops the start', () => {
    expect(directoryFields(SAMPLE_DIRECTORY)).toEqual(['name', 'department']);
    expect(() => loadDirectory(fileWith('bad.csv', 'id,desk\nou_a,D\n'), 'live')).toThrow(
      /must name an "id" \(or "open_id"\) and a "name" column/,
    );
  });
});
