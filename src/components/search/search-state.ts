/** Search state in the URL (`?q=…&audience=…&jurisdiction=…`) and its Pagefind filters. */
import { AUDIENCES, type Audience } from '../../content/audiences.ts';

export interface SearchState {
  q: string;
  audience: string[];
  jurisdiction: string[];
}

const AUDIENCE_LABELS: Record<Audience, string> = { practitioners: 'Practitioners', families: 'Families', trainers: 'Trainers' };
export const AUDIENCE_FILTERS = AUDIENCES.map((value) => ({ value, label: AUDIENCE_LABELS[value] }));
export const JURISDICTION_FILTERS = [
  { value: 'england', label: 'England' },
  { value: 'scotland', label: 'Scotland' },
] as const;

const allowed = (values: readonly { value: string }[]) => new Set(values.map((v) => v.value));

export function readSearchParams(search: string): SearchState {
  const p = new URLSearchParams(search);
  const audiences = allowed(AUDIENCE_FILTERS);
  const places = allowed(JURISDICTION_FILTERS);
  return {
    q: p.get('q') ?? '',
    audience: p.getAll('audience').filter((v) => audiences.has(v)),
    jurisdiction: p.getAll('jurisdiction').filter((v) => places.has(v)),
  };
}

export function searchParamsFor(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const a of state.audience) p.append('audience', a);
  for (const j of state.jurisdiction) p.append('jurisdiction', j);
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Keeps the address bar in step with the search, without adding history entries. */
export function writeSearchParams(state: SearchState): void {
  const url = `${window.location.pathname}${searchParamsFor(state)}`;
  window.history.replaceState(null, '', url);
}

/**
 * Pagefind filters. A page about both jurisdictions matches either place, so choosing
 * "England" finds pages marked england or both.
 */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (state.audience.length) filters.audience = { any: state.audience };
  if (state.jurisdiction.length) filters.jurisdiction = { any: [...state.jurisdiction, 'both'] };
  return filters;
}
