import { describe, expect, it } from '@jest/globals';
import {
  BEHIND_FILTERS_KEY,
  deleteFilter,
  EMPTY_BEHIND_FILTER,
  matchesFilter,
  readSavedFilters,
  saveFilter,
  writeSavedFilters,
  type KeyValueStore,
} from './behind-filters';

const memoryStore = (): KeyValueStore & { entries: Map<string, string> } => {
  const entries = new Map<string, string>();
  return { entries, getItem: (key) => entries.get(key) ?? null, setItem: (key, value) => void entries.set(key, value) };
};

describe('saved filters of the list of governments behind', () => {
  const lagging = { ...EMPTY_BEHIND_FILTER, status: 'lagging' as const };

  it('saves under a name, replaces the same name, deletes, and reads back what it wrote', () => {
    const store = memoryStore();
    let saved = saveFilter([], ' Achterlopers ', lagging);
    saved = saveFilter(saved, 'A05 te laat', { ...EMPTY_BEHIND_FILTER, indicatorCode: 'A05', status: 'not-reported' });
    saved = saveFilter(saved, 'Achterlopers', { ...lagging, search: 'gent' });
    expect(saved.map((entry) => [entry.name, entry.filter.search])).toEqual([
      ['A05 te laat', ''],
      ['Achterlopers', 'gent'],
    ]);
    writeSavedFilters(store, saved);
    expect(readSavedFilters(store)).toEqual(saved);
    expect(deleteFilter(saved, 'A05 te laat').map((entry) => entry.name)).toEqual(['Achterlopers']);
  });

  it('ignores stored text that is no list of filters', () => {
    const store = memoryStore();
    expect(readSavedFilters(store)).toEqual([]);
    store.setItem(BEHIND_FILTERS_KEY, '{not json');
    expect(readSavedFilters(store)).toEqual([]);
    store.setItem(
      BEHIND_FILTERS_KEY,
      JSON.stringify([
        { name: 'oud', filter: { status: 'late' } },
        { name: 'goed', filter: lagging },
      ]),
    );
    expect(readSavedFilters(store).map((entry) => entry.name)).toEqual(['goed']);
  });

  it('matches on status, indicator, period and the name or code of the government', () => {
    const row = { governmentCode: '44021', indicatorCode: 'A05', periodCode: 'PJ1-INTERIM', status: 'lagging' };
    expect(matchesFilter(row, 'Gent', EMPTY_BEHIND_FILTER)).toBe(true);
    expect(matchesFilter(row, 'Gent', { ...lagging, search: 'gEN' })).toBe(true);
    expect(matchesFilter(row, 'Gent', { ...lagging, search: '4402' })).toBe(true);
    expect(matchesFilter(row, 'Gent', { ...lagging, search: 'Antwerpen' })).toBe(false);
    expect(matchesFilter(row, 'Gent', { ...EMPTY_BEHIND_FILTER, status: 'at-risk' })).toBe(false);
    expect(matchesFilter(row, 'Gent', { ...EMPTY_BEHIND_FILTER, indicatorCode: 'A02' })).toBe(false);
    expect(matchesFilter(row, 'Gent', { ...EMPTY_BEHIND_FILTER, periodCode: 'PJ1-ANNUAL' })).toBe(false);
  });
});
