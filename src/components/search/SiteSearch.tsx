/**
 * Site search island: runs Pagefind in the browser (the index is static files in /pagefind/).
 * Pagefind is loaded and set up as soon as the page loads, so a search only has to look up its words.
 * `/search/?q=…` runs the query on load; audience and jurisdiction filters narrow the results.
 * Each result opens at the section of the page that best answers the query (see sections.ts). A query that names a
 * situation ("looked after and youth offending") is also offered the decision tool with those answers (offers.ts).
 * Nothing typed here leaves the browser: Pagefind downloads index chunks and searches locally.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { AUDIENCE_FILTERS, JURISDICTION_FILTERS, pagefindFilters, readSearchParams, writeSearchParams, type SearchState } from './search-state.ts';
import { INDEXES } from '../../search/indexes.ts';
import { sectionsOf, type FragmentData, type Section } from './sections.ts';
import { offersFor, type Offer, type OfferData } from './offers.ts';

interface PagefindResult {
  id: string;
  data(): Promise<FragmentData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult[] }>;
  preload(q: string): Promise<void>;
}

/** Results shown at first, and added by each "Show more results". */
export const PAGE_SIZE = 10;
/**
 * Results shown as soon as their text has loaded; the rest of the first PAGE_SIZE follow. Each result's
 * text is a separate file, so waiting for ten before showing any would delay the first one.
 */
const FIRST_SHOWN = 2;
/** "Searching…" shows only if results take longer than this, so a quick search does not flash it. */
const SHOW_SEARCHING_AFTER_MS = 300;
/** Other sections of the same page listed under a result. */
const MORE_SECTIONS = 2;

/**
 * Pagefind's ranking, tuned for this index. Glossary terms are records of about 60 words beside pages
 * of about 2,000, so page length counts for less than Pagefind's default (0.75); and a page that keeps
 * returning to a topic should beat one that mentions it once, so repeated words saturate later (default 1.4).
 */
const RANKING = { pageLength: 0.3, termSaturation: 2 };

/**
 * Work done when the page loads, so that the first search is as quick as later ones. First one search
 * and one result's text are loaded and read, so the code that does that is compiled before the reader's
 * own query comes. Then every index chunk: Pagefind splits its word index into chunks by alphabetical
 * range and fetches a chunk the first time a query needs it, and preloading one word per letter brings
 * every chunk (about 125 KB in all, gzip) into memory. Missing a chunk would only make a query slower;
 * the words typed into the box are preloaded too.
 */
const WARM_UP = { words: 'a b c d e f g h i j k l m n o p q r s t u v w x y z 0 1 2 3 4 5 6 7 8 9', query: 'lead' };

async function warmUp(pf: Pagefind): Promise<void> {
  // One small search first, so the code a search runs is ready soonest; then every index chunk.
  const found = await pf.search(WARM_UP.query);
  const first = await found.results[0]?.data();
  if (first) sectionsOf(first);
  await pf.preload(WARM_UP.words);
  // For `npm run bench`: when search became ready, on the page's own clock.
  performance.mark(READY_MARK);
}

/** Performance mark set when the warm-up has finished. */
export const READY_MARK = 'lp-search-ready';

let loading: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  // The path is a runtime URL, not a module the bundler should resolve.
  const url = '/pagefind/pagefind.js';
  loading ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24, ranking: RANKING });
    await pf.init();
    await pf.mergeIndex(`/${INDEXES.training.dir}/`, { indexWeight: INDEXES.training.weight, excerptLength: 24, ranking: RANKING });
    // Not awaited: a search made before this finishes fetches only the chunks it needs.
    warmUp(pf).catch(() => undefined);
    return pf;
  });
  return loading;
}

/**
 * The decision tools' search vocabulary (/search/offers.json, worked out at build time), fetched once when the page
 * loads. Without it, search still works; it just offers no tool.
 */
let offerData: Promise<OfferData | null> | null = null;
function loadOffers(): Promise<OfferData | null> {
  offerData ??= fetch('/search/offers.json')
    .then((r) => (r.ok ? (r.json() as Promise<OfferData>) : null))
    .catch(() => null);
  return offerData;
}

/** Fills {name} in the offer's words. */
const fill = (text: string, vars: Readonly<Record<string, string>>) => text.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);

/** A tool the query names a situation for, with the answers filled in: one link, or one per possibility. */
function ToolOffer({ offer, text }: { offer: Offer; text: OfferData['text'] }) {
  const [before = '', after = ''] = text.intro.split('{tool}');
  return (
    <div class="govuk-inset-text lp-search__offer" data-offer={offer.tool}>
      <p class="govuk-body">
        {before}
        <strong>{offer.title}</strong>
        {fill(after, { answers: offer.answers.join(', ') })}
      </p>
      {offer.links.length === 1 ? (
        <p class="govuk-body govuk-!-margin-bottom-0">
          <a class="govuk-link" href={offer.links[0]!.href}>
            {text.start}
          </a>
        </p>
      ) : (
        <>
          <p class="govuk-body govuk-!-margin-bottom-2">{text.choose}</p>
          <ul class="govuk-list govuk-!-margin-bottom-0">
            {offer.links.map((l) => (
              <li key={l.href}>
                <a class="govuk-link" href={l.href}>
                  {fill(text.startWith, { choice: l.choice.map((c) => fill(text.item, { value: c })).join(text.and) })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface Shown {
  title: string;
  section?: string;
  best: Section;
  more: Section[];
}

function toShown(data: FragmentData): Shown {
  const sections = sectionsOf(data);
  const best = sections[0] ?? { url: data.url, title: null, excerpt: data.excerpt, score: 0 };
  return {
    title: data.meta.title ?? data.url,
    section: data.meta.section,
    best,
    more: sections.slice(1).filter((s) => s.title && s.title !== best.title).slice(0, MORE_SECTIONS),
  };
}

type Status =
  | { kind: 'idle' }
  | { kind: 'searching' }
  | { kind: 'done'; query: string; all: PagefindResult[]; shown: Shown[]; busy: boolean; offers: Offer[]; text?: OfferData['text'] }
  | { kind: 'error' };

async function load(results: PagefindResult[]): Promise<Shown[]> {
  return (await Promise.all(results.map((r) => r.data()))).map(toShown);
}

/**
 * `children` is the page's A to Z (server-rendered, and all a reader without JavaScript gets). It comes after
 * the results. When the page opens with a query (`/search/?q=…`, as the header's search box sends it), the A to Z
 * is set aside until that query's results are shown, and then comes back below them: results written in above a
 * list the reader can already see would push it down the screen under their finger (a layout shift). The
 * island is at least a screen tall (site.scss), so nothing below it moves into view meanwhile.
 */
export default function SiteSearch({ children }: { children?: ComponentChildren }) {
  const [state, setState] = useState<SearchState>({ q: '', audience: [], jurisdiction: [] });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  /** The query the page opened with is still being searched: the A to Z waits below until its results are in. */
  const [opening, setOpening] = useState(false);
  /** After "Show more results", keyboard focus moves to the first new result. */
  const focusFrom = useRef<number | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  /** The latest search; an earlier one still loading must not overwrite its results. */
  const latest = useRef(0);

  async function run(next: SearchState) {
    const id = ++latest.current;
    writeSearchParams(next);
    if (!next.q.trim()) {
      setStatus({ kind: 'idle' });
      return;
    }
    const slow = window.setTimeout(() => {
      if (id === latest.current) setStatus({ kind: 'searching' });
    }, SHOW_SEARCHING_AFTER_MS);
    // The tools the query names a situation for (the vocabulary is usually loaded long before).
    const offering = loadOffers().then((data) => ({ offers: data ? offersFor(next.q, data) : [], text: data?.text }));
    try {
      const pf = await loadPagefind();
      const found = await pf.search(next.q, { filters: pagefindFilters(next) });
      // The first results' text is loaded on its own, so the rest cannot hold it up.
      const [shown, offer] = await Promise.all([load(found.results.slice(0, FIRST_SHOWN)), offering]);
      window.clearTimeout(slow);
      if (id !== latest.current) return;
      setStatus({ kind: 'done', query: next.q, all: found.results, shown, busy: true, ...offer });
      const more = await load(found.results.slice(FIRST_SHOWN, PAGE_SIZE));
      if (id !== latest.current) return;
      setStatus({ kind: 'done', query: next.q, all: found.results, shown: [...shown, ...more], busy: false, ...offer });
    } catch {
      window.clearTimeout(slow);
      if (id === latest.current) setStatus({ kind: 'error' });
    }
  }

  async function showMore() {
    if (status.kind !== 'done') return;
    const id = latest.current;
    setStatus({ ...status, busy: true });
    const extra = await load(status.all.slice(status.shown.length, status.shown.length + PAGE_SIZE));
    if (id !== latest.current) return;
    focusFrom.current = status.shown.length;
    setStatus({ ...status, shown: [...status.shown, ...extra], busy: false });
  }

  useEffect(() => {
    if (focusFrom.current === null) return;
    listRef.current?.querySelectorAll<HTMLAnchorElement>('h3 a')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [status]);

  useEffect(() => {
    const initial = readSearchParams(window.location.search);
    setState(initial);
    void loadOffers();
    if (initial.q) {
      setOpening(true);
      void run(initial).finally(() => setOpening(false));
    }
    // Set Pagefind up now, while the reader types; a failure shows when they search.
    else loadPagefind().catch(() => undefined);
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
              class="govuk-input"
              id="search-q"
              name="q"
              type="search"
              aria-describedby="search-q-hint"
              value={state.q}
              onInput={(e) => {
                const q = (e.target as HTMLInputElement).value;
                setState({ ...state, q });
                // Fetch the index chunks for the words being typed, if the warm-up has not already.
                if (q.trim()) loadPagefind().then((pf) => pf.preload(q)).catch(() => undefined);
              }}
            />
            <button class="govuk-button" type="submit">
              Search
            </button>
          </div>
        </div>
        {/* Filters fold away, so that on a phone the results come straight after the search box. */}
        <details class="govuk-details lp-search__filter-details" open={state.audience.length + state.jurisdiction.length > 0}>
          <summary class="govuk-details__summary">
            <span class="govuk-details__summary-text">Filter by who it is for or where it applies</span>
          </summary>
        <div class="lp-search__filters govuk-details__text">
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
        </details>
      </form>
      <div class="lp-search__results">
        {/* Only the state of the search is announced, not every result as it arrives. */}
        <div aria-live="polite">
          {status.kind === 'searching' && <p class="govuk-body">Searching…</p>}
          {status.kind === 'error' && <p class="govuk-body">Search could not load. Use the A to Z list below instead.</p>}
          {status.kind === 'done' && (
            <h2 class="govuk-heading-m" id="results-heading">
              {status.all.length === 0
                ? `No results for “${status.query}”`
                : `${status.all.length} ${status.all.length === 1 ? 'result' : 'results'} for “${status.query}”`}
            </h2>
          )}
        </div>
        {status.kind === 'done' && (
          <>
            {status.text && status.offers.map((o) => <ToolOffer key={o.tool} offer={o} text={status.text!} />)}
            {status.all.length === 0 && <p class="govuk-body">Try fewer or different words, remove a filter, or browse the A to Z list below.</p>}
            <ol class="govuk-list lp-search__list" ref={listRef} aria-busy={status.busy ? 'true' : 'false'}>
              {status.shown.map((r) => (
                <li key={r.best.url} class="lp-search__result">
                  <h3 class="govuk-heading-s govuk-!-margin-bottom-1">
                    <a class="govuk-link" href={r.best.url}>
                      {r.title}
                    </a>
                  </h3>
                  {r.section && <p class="govuk-body-s govuk-!-margin-bottom-1 lp-meta">{r.section}</p>}
                  {r.best.title && <p class="govuk-body-s govuk-!-margin-bottom-1 lp-search__where">Section: {r.best.title}</p>}
                  {/* The excerpt is our own page text, escaped, with <mark> around the matched words. */}
                  <p class="govuk-body govuk-!-margin-bottom-1" dangerouslySetInnerHTML={{ __html: r.best.excerpt }} />
                  {r.more.length > 0 && (
                    <ul class="govuk-list govuk-body-s lp-search__more">
                      {r.more.map((s) => (
                        <li key={s.url}>
                          Also on this page: <a class="govuk-link" href={s.url}>{s.title}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
            {!status.busy && status.shown.length < status.all.length && (
              <button type="button" class="govuk-button govuk-button--secondary" onClick={() => void showMore()}>
                Show more results
              </button>
            )}
          </>
        )}
      </div>
      {children && <div hidden={opening}>{children}</div>}
    </div>
  );
}
