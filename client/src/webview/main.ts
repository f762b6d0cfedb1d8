// The timeline webview's script (browser code: no 'vscode' import). It draws what the extension
// posts and asks the extension to reveal clauses; it never touches the document itself.
// Article text reaches the page only through textContent and attribute values set by name — never
// through innerHTML — so an article containing <script> or <img onerror> shows text and runs nothing.
import type { TimelineEvent, TimelineResult } from '../../../server/src/protocol';
import { FromWebview, isToWebview, ToWebview, WebviewString } from './messages';
import { Filter, layoutTimeline, matchesFilter, nextCard, splitLabel, UNATTRIBUTED } from './layout';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app') ?? document.body;

/** The page's own words in the editor's language (see WEBVIEW_STRINGS), English when missing. */
const STRINGS: Record<string, unknown> = (() => {
  try {
    return JSON.parse(document.body.dataset.strings ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
})();
const t = (s: WebviewString): string => (typeof STRINGS[s] === 'string' ? (STRINGS[s] as string) : s);

interface SavedState {
  uri?: string;
  filter: Filter;
  focusedIndex?: number;
}

function loadState(): SavedState {
  const s = vscode.getState() as Partial<SavedState> | undefined;
  const f = s?.filter;
  return {
    uri: typeof s?.uri === 'string' ? s.uri : undefined,
    filter: { entity: typeof f?.entity === 'string' ? f.entity : '', source: typeof f?.source === 'string' ? f.source : '' },
    focusedIndex: typeof s?.focusedIndex === 'number' ? s.focusedIndex : undefined,
  };
}

let state = loadState();
let current: { documentName: string; result: TimelineResult } | undefined;

function save(): void {
  vscode.setState(state);
}

/** An element with fixed attributes and text content; the only way this page makes elements. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  children: Array<Node | string> = [],
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  for (const c of children) e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

// ---- empty states -------------------------------------------------------------------------

function renderEmpty(message: string, reason: string): void {
  current = undefined;
  app.replaceChildren(el('div', { class: `empty empty-${reason}`, role: 'status' }, [el('p', {}, [message])]));
}

// ---- the timeline -------------------------------------------------------------------------

function options<T>(items: Iterable<[T, string]>): Map<T, string> {
  const m = new Map<T, string>();
  for (const [k, v] of items) if (!m.has(k)) m.set(k, v);
  return m;
}

function select(id: string, label: string, all: string, choices: Map<string, string>, value: string, onChange: (v: string) => void) {
  const s = el('select', { id, 'aria-label': label });
  s.append(el('option', { value: '' }, [all]));
  for (const [v, text] of choices) {
    const o = el('option', {}, [text]);
    o.value = v;
    s.append(o);
  }
  s.value = choices.has(value) ? value : '';
  s.addEventListener('change', () => onChange(s.value));
  return el('label', { class: 'filter' }, [el('span', { class: 'filter-label' }, [label]), s]);
}

const SPELLED_OUT = new Set(['season', 'quarter', 'week', 'decade']);
/** Entity chips shown on a card; the rest are counted in a "+N" chip (its tooltip names them). */
const MAX_CHIPS = 5;

function card(e: TimelineEvent, index: number): HTMLElement {
  const when = splitLabel(e.label);
  const dateParts: Node[] = [el('span', { class: 'when-en' }, [when.en])];
  if (when.ar && when.ar !== when.en) dateParts.push(el('span', { class: 'when-ar', dir: 'rtl', lang: 'ar' }, [when.ar]));
  // Days, months and years say their span themselves; seasons, quarters, weeks and decades get it spelled out.
  if (e.end && SPELLED_OUT.has(e.precision)) dateParts.push(el('span', { class: 'when-span' }, [`${e.start} – ${e.end}`]));

  const meta: Node[] = [];
  if (e.entityNames.length) {
    const chips = e.entityNames.slice(0, MAX_CHIPS).map((n, i) => el('li', { class: 'chip', dir: 'auto', title: e.entityIds[i] }, [n]));
    const rest = e.entityNames.slice(MAX_CHIPS);
    if (rest.length) chips.push(el('li', { class: 'chip more', title: rest.join(', ') }, [`+${rest.length}`]));
    meta.push(el('ul', { class: 'chips', 'aria-label': t('Who') }, chips));
  }
  // <bdi>: an Arabic source name does not turn the "Source" label around it right-to-left.
  meta.push(e.source
    ? el('span', { class: `source source-${e.source.kind}`, title: `Source (${e.source.kind})` }, [
      el('span', { class: 'source-label' }, [t('Source')]), ' ', el('bdi', { class: 'source-name' }, [e.source.name])])
    : el('span', { class: 'source unattributed', title: t('No source is given for this clause') }, [t('unattributed')]));

  const c = el('div', {
    class: `card precision-${e.precision}`,
    role: 'listitem',
    tabindex: '-1',
    'data-index': String(index),
    'aria-label': `${when.en}: ${e.text}. ${e.source ? `${t('Source')}: ${e.source.name}` : t('Unattributed')}`,
  }, [
    el('div', { class: 'when' }, dateParts),
    el('p', { class: 'clause', dir: 'rtl', lang: 'ar' }, [e.text]),
    el('div', { class: 'meta' }, meta),
  ]);
  return c;
}

function renderTimeline(documentName: string, result: TimelineResult): void {
  const previousFocus = focusedCardIndex();
  if (state.uri !== result.uri) {
    state = { uri: result.uri, filter: { entity: '', source: '' } };
  }
  current = { documentName, result };
  const events = result.events;

  const entities = options(events.flatMap((e) => e.entityIds.map((id, i) => [id, e.entityNames[i]] as [string, string])));
  const sources = options(events.flatMap((e) => (e.source ? [[e.source.name, e.source.name] as [string, string]] : [])));
  if (events.some((e) => !e.source)) sources.set(UNATTRIBUTED, t('Unattributed'));
  if (!entities.has(state.filter.entity)) state.filter.entity = '';
  if (!sources.has(state.filter.source)) state.filter.source = '';

  const shown = events.map((e, i) => ({ e, i })).filter(({ e }) => matchesFilter(e, state.filter));
  const header = el('header', { class: 'toolbar' }, [
    el('div', { class: 'doc' }, [
      el('span', { class: 'doc-name', dir: 'auto' }, [documentName]),
      el('span', { class: 'dct', title: `Relative dates are read against this date (${result.dct.origin})` }, [`Document date ${result.dct.value}`]),
    ]),
  ]);
  if (events.length) {
    header.append(el('div', { class: 'filters' }, [
      select('filter-entity', t('Entity'), t('All entities'), entities, state.filter.entity, (v) => { state.filter.entity = v; save(); rerender(); }),
      select('filter-source', t('Source'), t('All sources'), sources, state.filter.source, (v) => { state.filter.source = v; save(); rerender(); }),
    ]));
  }
  header.append(el('div', { class: 'count', role: 'status', 'aria-live': 'polite' }, [
    shown.length === events.length ? `${events.length} event${events.length === 1 ? '' : 's'}` : `${shown.length} of ${events.length} events`,
  ]));

  const body: Node[] = [header];
  if (!events.length) {
    body.push(el('div', { class: 'empty empty-noEvents', role: 'status' }, [el('p', {}, [t('No dated events in this article yet.')])]));
  } else if (!shown.length) {
    const clear = el('button', { type: 'button', class: 'clear' }, [t('Clear filters')]);
    clear.addEventListener('click', () => { state.filter = { entity: '', source: '' }; save(); rerender(); });
    body.push(el('div', { class: 'empty empty-filtered', role: 'status' }, [el('p', {}, [t('No events match these filters.')]), clear]));
  } else {
    const axis = el('div', { class: 'axis', role: 'list', 'aria-label': t('Events in time') });
    const cards: HTMLElement[] = [];
    for (const row of layoutTimeline(shown.map(({ e }) => e.start))) {
      switch (row.kind) {
        case 'year': axis.append(el('div', { class: 'year', role: 'presentation' }, [String(row.year)])); break;
        case 'gap': {
          const g = el('div', { class: 'gap', 'aria-hidden': 'true' });
          g.style.height = `${row.height}px`; // CSSOM, not an inline style attribute: allowed by the CSP
          axis.append(g);
          break;
        }
        case 'break': axis.append(el('div', { class: 'break', role: 'presentation' }, [el('span', {}, [row.label])])); break;
        case 'event': {
          const { e, i } = shown[row.index];
          const c = card(e, i);
          cards.push(c);
          axis.append(c);
          break;
        }
      }
    }
    const focusTarget = cards.find((c) => Number(c.dataset.index) === (previousFocus ?? state.focusedIndex)) ?? cards[0];
    focusTarget.tabIndex = 0;
    body.push(axis);
    if (previousFocus !== undefined) setTimeout(() => focusTarget.focus(), 0);
  }
  app.replaceChildren(...body);
}

function rerender(): void {
  if (current) renderTimeline(current.documentName, current.result);
}

// ---- interaction --------------------------------------------------------------------------

function cardOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest('.card') as HTMLElement | null) : null;
}

function focusedCardIndex(): number | undefined {
  const c = cardOf(document.activeElement);
  return c ? Number(c.dataset.index) : undefined;
}

function focusCard(c: HTMLElement): void {
  for (const other of app.querySelectorAll<HTMLElement>('.card')) other.tabIndex = -1;
  c.tabIndex = 0;
  c.focus();
  c.scrollIntoView({ block: 'nearest' });
  state.focusedIndex = Number(c.dataset.index);
  save();
}

function reveal(c: HTMLElement): void {
  if (!current) return;
  for (const other of app.querySelectorAll('.card.selected')) {
    other.classList.remove('selected');
    other.removeAttribute('aria-current');
  }
  c.classList.add('selected');
  c.setAttribute('aria-current', 'true');
  post({ type: 'reveal', uri: current.result.uri, version: current.result.version, index: Number(c.dataset.index) });
}

app.addEventListener('click', (ev) => {
  const c = cardOf(ev.target);
  if (!c) return;
  focusCard(c);
  reveal(c);
});

app.addEventListener('keydown', (ev) => {
  const c = cardOf(ev.target);
  if (!c) return;
  if (ev.key === 'Enter' || ev.key === ' ') {
    ev.preventDefault();
    reveal(c);
    return;
  }
  const cards = [...app.querySelectorAll<HTMLElement>('.card')];
  const to = nextCard(ev.key, cards.indexOf(c), cards.length);
  if (to === undefined) return;
  ev.preventDefault();
  focusCard(cards[to]);
});

window.addEventListener('message', (ev: MessageEvent<unknown>) => {
  const m = ev.data;
  if (!isToWebview(m)) return; // anything else (or malformed) is ignored
  handle(m);
});

function handle(m: ToWebview): void {
  if (m.type === 'empty') renderEmpty(m.message, m.reason);
  else renderTimeline(m.documentName, m.result);
}

window.addEventListener('error', (ev) => post({ type: 'error', message: String(ev.message).slice(0, 2000) }));

renderEmpty(t('Loading…'), 'loading');
post({ type: 'ready' });
