/**
 * Slides and the presenter window, in the browser. Written for this site rather than taken from reveal.js
 * (see README, "Slides"): the page already holds every slide and its notes as HTML, and this script only
 *   - shows one slide at a time (audience) or the current slide, its notes and the next slide (presenter);
 *   - moves with the keyboard (→ ↓ PageDown Space N: next; ← ↑ PageUp P: previous; Home, End) and buttons;
 *   - keeps the slide number in the address (#slide-3), so a reload stays put;
 *   - toggles full screen (F) and opens the presenter window (S) from the audience view;
 *   - keeps the two windows on the same slide with a BroadcastChannel (same origin, nothing leaves the browser);
 *   - runs the presenter's timer against the chosen session plan's length.
 * It makes no requests and stores nothing. Every word comes from the page (data-text-* attributes).
 */

type View = 'slides' | 'presenter';
type Message = { type: 'show'; index: number } | { type: 'where' };

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'n', 'N']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']);
/** Controls that handle Space and Enter themselves. */
const INTERACTIVE = 'a, button, input, select, textarea, summary, [contenteditable="true"]';

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

export function startDeck(doc: Document): void {
  const deck = doc.querySelector<HTMLElement>('[data-deck]');
  if (deck) new Deck(doc, deck);
}

class Deck {
  private readonly view: View;
  private readonly slides: HTMLElement[];
  private readonly text: DOMStringMap;
  private readonly status: HTMLElement;
  private readonly count: HTMLElement;
  private readonly channel: BroadcastChannel | null;
  private index = 0;
  /** Whether a slide has been shown yet (the first call sets every slide). */
  private shown = false;

  constructor(
    private readonly doc: Document,
    private readonly deck: HTMLElement,
  ) {
    this.view = deck.dataset.view === 'presenter' ? 'presenter' : 'slides';
    this.text = deck.dataset;
    this.slides = [...deck.querySelectorAll<HTMLElement>('[data-slide]')];
    this.status = deck.querySelector<HTMLElement>('[data-deck-status]')!;
    this.count = deck.querySelector<HTMLElement>('[data-deck-count]')!;
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(`lp-slides:${deck.dataset.module}`) : null;

    doc.documentElement.classList.add('lp-slides-live', `lp-slides-live--${this.view}`);
    deck.querySelector<HTMLElement>('[data-deck-toolbar]')!.hidden = false;
    this.button('[data-deck-next]', () => this.go(this.index + 1));
    this.button('[data-deck-prev]', () => this.go(this.index - 1));
    this.button('[data-deck-fullscreen]', () => this.toggleFullscreen());
    this.button('[data-deck-presenter]', () => this.openPresenter());
    doc.addEventListener('keydown', (e) => this.key(e));
    doc.addEventListener('fullscreenchange', () => this.fullscreenLabel());
    this.channel?.addEventListener('message', (e: MessageEvent<Message>) => this.heard(e.data));
    if (this.view === 'presenter') new Timer(deck);

    this.go(this.fromHash(), { announce: false, tell: false });
    // A presenter window that opens late asks where the audience is.
    if (this.view === 'presenter') this.channel?.postMessage({ type: 'where' } satisfies Message);
  }

  private button(selector: string, action: () => void): void {
    this.deck.querySelector<HTMLButtonElement>(selector)?.addEventListener('click', action);
  }

  private fromHash(): number {
    const m = /^#slide-(\d+)$/.exec(this.doc.location.hash);
    return m ? Number(m[1]) - 1 : 0;
  }

  /** Shows slide `to` (clamped); announces it and tells the other window unless told not to. */
  go(to: number, { announce = true, tell = true } = {}): void {
    const index = Math.max(0, Math.min(this.slides.length - 1, to));
    // Only the slides whose part changes are touched: the old and new current and next ones.
    const touched = this.shown ? new Set([this.index, this.index + 1, index, index + 1]) : new Set(this.slides.keys());
    this.index = index;
    this.shown = true;
    for (const i of touched) {
      const slide = this.slides[i];
      if (!slide) continue;
      const current = i === index;
      const next = this.view === 'presenter' && i === index + 1;
      slide.hidden = !current && !next;
      slide.toggleAttribute('data-current', current);
      slide.toggleAttribute('data-next', next);
      // The preview of the next slide is for the eye only: out of the tab order and the accessibility tree.
      slide.inert = next;
    }
    const slide = this.slides[index]!;
    const vars = { n: index + 1, total: this.slides.length, title: slide.dataset.title ?? '' };
    this.count.textContent = `${vars.n} / ${vars.total}`;
    if (announce) this.status.textContent = fill(this.text.textStatus ?? '', vars);
    this.doc.defaultView?.history.replaceState(null, '', `#slide-${index + 1}`);
    if (tell) this.channel?.postMessage({ type: 'show', index } satisfies Message);
  }

  private heard(message: Message): void {
    if (message?.type === 'show' && message.index !== this.index) this.go(message.index, { tell: false });
    if (message?.type === 'where' && this.view === 'slides') this.channel?.postMessage({ type: 'show', index: this.index } satisfies Message);
  }

  private key(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target instanceof Element ? e.target : null;
    if ((e.key === ' ' || e.key === 'Enter') && target?.closest(INTERACTIVE)) return;
    if (target?.closest('input, select, textarea')) return;
    let handled = true;
    if (NEXT.has(e.key)) this.go(this.index + 1);
    else if (PREVIOUS.has(e.key)) this.go(this.index - 1);
    else if (e.key === 'Home') this.go(0);
    else if (e.key === 'End') this.go(this.slides.length - 1);
    else if ((e.key === 'f' || e.key === 'F') && this.view === 'slides') this.toggleFullscreen();
    else if ((e.key === 's' || e.key === 'S') && this.view === 'slides') this.openPresenter();
    else if ((e.key === 't' || e.key === 'T') && this.view === 'presenter') this.deck.querySelector<HTMLButtonElement>('[data-timer-toggle]')?.click();
    else handled = false;
    if (handled) e.preventDefault();
  }

  private toggleFullscreen(): void {
    if (this.doc.fullscreenElement) void this.doc.exitFullscreen();
    else void this.doc.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  private fullscreenLabel(): void {
    const b = this.deck.querySelector<HTMLButtonElement>('[data-deck-fullscreen]');
    if (b) b.textContent = (this.doc.fullscreenElement ? this.text.textExitFullscreen : this.text.textFullscreen) ?? '';
  }

  private openPresenter(): void {
    const href = `${this.deck.dataset.presenterHref}#slide-${this.index + 1}`;
    this.doc.defaultView?.open(href, `lp-presenter-${this.deck.dataset.module}`, 'popup=yes,width=1200,height=800');
  }
}

/** The presenter's timer: elapsed time, and time left against the chosen session length. */
class Timer {
  private started: number | null = null;
  private before = 0;
  private tick: number | null = null;
  private readonly elapsed: HTMLElement;
  private readonly left: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly plan: HTMLSelectElement;

  constructor(private readonly deck: HTMLElement) {
    this.elapsed = deck.querySelector<HTMLElement>('[data-timer-elapsed]')!;
    this.left = deck.querySelector<HTMLElement>('[data-timer-left]')!;
    this.toggle = deck.querySelector<HTMLButtonElement>('[data-timer-toggle]')!;
    this.plan = deck.querySelector<HTMLSelectElement>('[data-timer-plan]')!;
    this.toggle.addEventListener('click', () => (this.started === null ? this.start() : this.pause()));
    deck.querySelector<HTMLButtonElement>('[data-timer-reset]')!.addEventListener('click', () => this.reset());
    this.plan.addEventListener('change', () => this.render());
    this.render();
  }

  private ms(): number {
    return this.before + (this.started === null ? 0 : Date.now() - this.started);
  }

  private start(): void {
    this.started = Date.now();
    this.tick = window.setInterval(() => this.render(), 1000);
    this.toggle.textContent = this.deck.dataset.textPause ?? '';
    this.toggle.setAttribute('aria-pressed', 'true');
  }

  private pause(): void {
    this.before = this.ms();
    this.started = null;
    if (this.tick !== null) window.clearInterval(this.tick);
    this.tick = null;
    this.toggle.textContent = this.deck.dataset.textStart ?? '';
    this.toggle.setAttribute('aria-pressed', 'false');
    this.render();
  }

  private reset(): void {
    this.pause();
    this.before = 0;
    this.render();
  }

  private render(): void {
    const seconds = Math.floor(this.ms() / 1000);
    const hh = Math.floor(seconds / 3600);
    const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
    const ss = String(seconds % 60).padStart(2, '0');
    this.elapsed.textContent = `${hh}:${mm}:${ss}`;
    const planned = Number(this.plan.value) || 0;
    const minutesLeft = planned - Math.floor(seconds / 60);
    const template = minutesLeft >= 0 ? this.deck.dataset.textLeft : this.deck.dataset.textOver;
    this.left.textContent = fill(template ?? '', { minutes: Math.abs(minutesLeft) });
  }
}
