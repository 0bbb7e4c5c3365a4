/** The filters of ABB's list of governments behind, and the named sets a user keeps in its browser. */
export interface BehindFilter {
  status: '' | 'lagging' | 'at-risk' | 'not-reported';
  indicatorCode: string;
  periodCode: string;
  search: string;
}

export interface SavedBehindFilter {
  name: string;
  filter: BehindFilter;
}

export const EMPTY_BEHIND_FILTER: BehindFilter = { status: '', indicatorCode: '', periodCode: '', search: '' };

export const BEHIND_FILTERS_KEY = 'samenleven.abb.achterstand.filters';

/** The minimal storage the saved filters need, so a test can hand in a Map-backed one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const isFilter = (value: unknown): value is BehindFilter => {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    ['', 'lagging', 'at-risk', 'not-reported'].includes(candidate.status as string) &&
    typeof candidate.indicatorCode === 'string' &&
    typeof candidate.periodCode === 'string' &&
    typeof candidate.search === 'string'
  );
};

/** What is stored, leaving out anything that is not a saved filter (an older or hand-edited entry). */
export const readSavedFilters = (store: KeyValueStore): SavedBehindFilter[] => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(store.getItem(BEHIND_FILTERS_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (entry): entry is SavedBehindFilter =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as SavedBehindFilter).name === 'string' &&
      isFilter((entry as SavedBehindFilter).filter),
  );
};

/** Saves under a name; the same name again replaces the earlier filter. */
export const saveFilter = (saved: SavedBehindFilter[], name: string, filter: BehindFilter): SavedBehindFilter[] => {
  const trimmed = name.trim();
  return [...saved.filter((entry) => entry.name !== trimmed), { name: trimmed, filter }].sort((a, b) => a.name.localeCompare(b.name, 'nl'));
};

export const deleteFilter = (saved: SavedBehindFilter[], name: string): SavedBehindFilter[] => saved.filter((entry) => entry.name !== name);

export const writeSavedFilters = (store: KeyValueStore, saved: SavedBehindFilter[]): void => {
  store.setItem(BEHIND_FILTERS_KEY, JSON.stringify(saved));
};

/** Whether a row matches the filter; search looks in the government's name and code, case-insensitively. */
export const matchesFilter = (
  row: { governmentCode: string; indicatorCode: string; periodCode: string; status: string },
  governmentName: string,
  filter: BehindFilter,
): boolean => {
  const search = filter.search.trim().toLowerCase();
  return (
    (filter.status === '' || row.status === filter.status) &&
    (filter.indicatorCode === '' || row.indicatorCode === filter.indicatorCode) &&
    (filter.periodCode === '' || row.periodCode === filter.periodCode) &&
    (search === '' || governmentName.toLowerCase().includes(search) || row.governmentCode.toLowerCase().includes(search))
  );
};
