/**
 * Site search island: runs Pagefind in the browser (the index is static files in /pagefind/).
 * `/search/?q=…` runs the query on load; audience and jurisdiction filters narrow the results.
 * Nothing typed here leaves the browser: Pagefind downloads index chunks and searches locally.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { AUDIENCE_FILTERS, JURISDICTION_FILTERS, pagefindFilters, readSearchParams, writeSearchParams, type SearchState } from './search-state.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; section?: string };
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

let loading: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  // The path is a runtime URL, not a module the bundler should resolve.
  const url = '/pagefind/pagefind.js';
  loading ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
    await pf.init();
    return pf;
  });
  return loading;
}

type Status = { kind: 'idle' } | { kind: 'searching' } | { kind: 'done'; query: string; results: PagefindResultData[]; total: number } | { kind: 'error' };

export default function SiteSearch() {
  const [state, setState] = useState<SearchState>({ q: '', audience: [], jurisdiction: [] });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  async function run(next: SearchState) {
    writeSearchParams(next);
    if (!next.q.trim()) {
      setStatus({ kind: 'idle' });
      return;
    }
    setStatus({ kind: 'searching' });
    try {
      const pf = await loadPagefind();
      const found = await pf.search(next.q, { filters: pagefindFilters(next) });
      const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      setStatus({ kind: 'done', query: next.q, results, total: found.results.length });
    } catch {
      setStatus({ kind: 'error' });
    }
  }

  useEffect(() => {
    const initial = readSearchParams(window.location.search);
    setState(initial);
    if (initial.q) void run(initial);
  }, []);

  const toggle = (key: 'audience' | 'jurisdiction', value: string) => {
    const list = state[key].includes(value) ? state[key].filter((v) => v !== value) : [...state[key], value];
    const next = { ...state, [key]: list };
    setState(next);
    if (next.q) void run(next);
  };

  return (
    <div class="lp-search">
      <form
        role="search"
        action="/search/"
        method="get"
        onSubmit={(e) => {
          e.preventDefault();
          void run(state);
        }}
      >
        <div class="govuk-form-group">
          <label class="govuk-label govuk-label--m" for="search-q">
            What are you looking for?
          </label>
          <div class="govuk-hint" id="search-q-hint">
            For example: care leaver, Named Person, escalation
          </div>
          <div class="lp-search__row">
            <input
              ref={inputRef}
              class="govuk-input"
              id="search-q"
              name="q"
              type="search"
              aria-describedby="search-q-hint"
              value={state.q}
              onInput={(e) => setState({ ...state, q: (e.target as HTMLInputElement).value })}
            />
            <button class="govuk-button" type="submit">
              Search
            </button>
          </div>
        </div>
        <div class="lp-search__filters">
          {(
            [
              ['audience', 'Who it is for', AUDIENCE_FILTERS],
              ['jurisdiction', 'Where it applies', JURISDICTION_FILTERS],
            ] as const
          ).map(([key, legend, options]) => (
            <div class="govuk-form-group" key={key}>
              <fieldset class="govuk-fieldset">
                <legend class="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
                <div class="govuk-checkboxes govuk-checkboxes--small">
                  {options.map((o) => (
                    <div class="govuk-checkboxes__item" key={o.value}>
                      <input
                        class="govuk-checkboxes__input"
                        id={`filter-${key}-${o.value}`}
                        name={key}
                        type="checkbox"
                        value={o.value}
                        checked={state[key].includes(o.value)}
                        onChange={() => toggle(key, o.value)}
                      />
                      <label class="govuk-label govuk-checkboxes__label" for={`filter-${key}-${o.value}`}>
                        {o.label}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
          ))}
        </div>
      </form>
      <div aria-live="polite" class="lp-search__results">
        {status.kind === 'searching' && <p class="govuk-body">Searching…</p>}
        {status.kind === 'error' && <p class="govuk-body">Search could not load. Use the A to Z list below instead.</p>}
        {status.kind === 'done' && (
          <>
            <h2 class="govuk-heading-m" id="results-heading">
              {status.total === 0 ? `No results for “${status.query}”` : `${status.total} ${status.total === 1 ? 'result' : 'results'} for “${status.query}”`}
            </h2>
            {status.total === 0 && <p class="govuk-body">Try fewer or different words, remove a filter, or browse the A to Z list below.</p>}
            <ol class="govuk-list lp-search__list">
              {status.results.map((r) => (
                <li key={r.url} class="lp-search__result">
                  <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
                    <a class="govuk-link" href={r.url}>
                      {r.meta.title ?? r.url}
                    </a>
                  </h3>
                  {r.meta.section && <p class="govuk-body-s govuk-!-margin-bottom-1 lp-meta">{r.meta.section}</p>}
                  {/* Pagefind's excerpt is our own page text with <mark> around the matched words. */}
                  <p class="govuk-body" dangerouslySetInnerHTML={{ __html: r.excerpt }} />
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
