import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_CATALOGUE, EVENT_TYPES, isCatalogued } from './event-catalogue';

/** The first column of each row of docs/events.md's catalogue table: the event types it names. */
function documentedRows(): Array<{ types: string[]; transient: boolean }> {
  const doc = readFileSync(join(__dirname, '../../docs/events.md'), 'utf8');
  const section = doc.slice(doc.indexOf('## Catalogue'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const first = line.split('|')[1];
      return { types: [...first.matchAll(/`([a-z_.]+)`/g)].map((m) => m[1]), transient: first.includes('(not logged)') };
    });
}

describe('event catalogue', () => {
  const rows = documentedRows();
  const documented = rows.flatMap((row) => row.types);

  it('docs/events.md documents every catalogued event type once, and no other', () => {
    expect(documented.length).toBeGreaterThan(0);
    expect(documented.filter((type, i) => documented.indexOf(type) !== i)).toEqual([]);
    expect(documented.filter((type) => !isCatalogued(type))).toEqual([]);
    expect(EVENT_TYPES.filter((type) => !documented.includes(type))).toEqual([]);
  });

  it('marks exactly the transient (not logged) types as not logged', () => {
    const transientInDocs = rows.filter((row) => row.transient).flatMap((row) => row.types).sort();
    expect(transientInDocs).toEqual(EVENT_TYPES.filter((type) => !EVENT_CATALOGUE[type].logged).sort());
  });
});
