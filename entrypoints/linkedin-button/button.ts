// The button itself: a host element appended to <body> with a closed shadow root holding its markup and inline
// styles (no web-accessible resource, no attribute on anything of LinkedIn's). Shown on profile pages only, it follows
// LinkedIn's in-app navigation. Every word comes from the background, which also decides everything else: this file
// only asks "save this tab" and "what is this tab's state", and renders the answers as text.
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { TabSaveState } from '@/lib/protocol';
import { isProfilePath } from './profile-path';

const INSTALLED = Symbol.for('linkedin-to-ats.button');

// Bottom-left: LinkedIn's messaging dock and its chat windows sit bottom-right; the left edge holds page margin.
const CSS = `
:host{all:initial;position:fixed;left:16px;bottom:16px;z-index:2147483000;font:13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.box{display:flex;flex-direction:column;align-items:flex-start;gap:4px;max-width:280px}
button{all:unset;box-sizing:border-box;cursor:pointer}
.save{padding:6px 14px;border-radius:16px;background:#0a66c2;color:#fff;font-weight:600;box-shadow:0 1px 3px #0006}
.save:hover{background:#004182}
.save:focus-visible,.fix:focus-visible{outline:2px solid #0a66c2;outline-offset:2px}
.save[aria-busy=true]{opacity:.75;cursor:progress}
.save[data-state=saved],.save[data-state=already]{background:#057642}
.save[data-state=error]{background:#b24020}
.lines,.fix{padding:4px 8px;border-radius:6px;background:#fff;color:#1d2226;box-shadow:0 1px 3px #0004}
.lines{margin:0}
.lines span{display:block}
.fix{color:#0a66c2;text-decoration:underline}
[hidden]{display:none!important}
@media (prefers-color-scheme:dark){.lines,.fix{background:#1d2226;color:#e9e5df}.fix{color:#71b7fb}}
`;

interface Ui {
  host: HTMLElement;
  render(state: TabSaveState, busy: boolean): void;
}

function createUi(onSave: () => void, onFix: () => void): Ui {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const box = document.createElement('div');
  box.className = 'box';
  const lines = document.createElement('p');
  lines.className = 'lines';
  lines.setAttribute('role', 'status');
  const fix = document.createElement('button');
  fix.className = 'fix';
  const save = document.createElement('button');
  save.className = 'save';
  box.append(lines, fix, save);
  root.append(style, box);
  // Only the user's own clicks: the page cannot reach into a closed root, and a synthetic event is not trusted.
  save.addEventListener('click', (e) => e.isTrusted && onSave());
  fix.addEventListener('click', (e) => e.isTrusted && onFix());
  return {
    host,
    render(state, busy) {
      save.textContent = state.label;
      save.dataset.state = state.state;
      save.setAttribute('aria-busy', String(busy));
      lines.replaceChildren(
        ...state.lines.map((line) => {
          const span = document.createElement('span');
          span.textContent = line;
          return span;
        }),
      );
      lines.hidden = state.lines.length === 0;
      fix.textContent = state.fix?.label ?? '';
      fix.hidden = !state.fix;
    },
  };
}

/**
 * Left on the isolated world's global for the background (scripting.executeScript): `stop` when the option is turned
 * off, `refresh` when the shortcut or the context menu started a save of this tab.
 */
export interface ButtonHooks {
  stop(): void;
  refresh(): void;
}

export function startButton(): void {
  const scope = globalThis as typeof globalThis & { [INSTALLED]?: ButtonHooks };
  if (scope[INSTALLED]) return; // injected again into the same page (the option turned on again): already running
  const cleanups: (() => void)[] = [];
  let state: TabSaveState | null = null;
  let busy = false;
  let path = '';
  /** Bumped on every page change: an answer about an earlier page is dropped. */
  let generation = 0;
  let poll: ReturnType<typeof setTimeout> | undefined;

  const ui = createUi(
    () => void save(),
    () => state?.fix && void sendMessage('openFixPage', { page: state.fix.page }).catch(stop),
  );

  function show(next: TabSaveState): void {
    state = next;
    if (next.state === 'off-profile') {
      ui.host.remove();
      return;
    }
    ui.render(next, busy || next.state === 'saving');
    if (!ui.host.isConnected) document.body.append(ui.host);
  }

  function schedule(round: number, polls: number): void {
    clearTimeout(poll);
    if (state?.state !== 'saving') return;
    // Every second while a save runs, then slower while a tool is retried later.
    poll = setTimeout(() => void refresh(round, polls + 1), polls < 60 ? 1_000 : 15_000);
  }

  async function refresh(round = generation, polls = 0): Promise<void> {
    try {
      const next = await sendMessage('getTabSaveState', undefined);
      if (round !== generation) return;
      show(next);
      schedule(round, polls);
    } catch {
      stop(); // the extension was reloaded or removed: this copy can do nothing more
    }
  }

  async function save(): Promise<void> {
    if (busy || !state) return;
    const round = generation;
    busy = true;
    // Until the background answers (its read takes up to a few seconds), the button says what is happening.
    show({ ...state, state: 'saving', label: t('oneClick.label.saving'), lines: [t('oneClick.line.reading')] });
    try {
      const answer = await sendMessage('saveThisProfile', undefined);
      busy = false;
      if (round !== generation) return;
      show(answer);
      schedule(round, 0);
    } catch {
      busy = false;
      stop();
    }
  }

  function onLocation(): void {
    if (location.pathname === path) return;
    path = location.pathname;
    generation++;
    busy = false;
    clearTimeout(poll);
    if (!isProfilePath(path)) {
      ui.host.remove();
      return;
    }
    void refresh();
  }

  // LinkedIn navigates inside the page: the Navigation API says when the URL changed; a slow check where it is missing.
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', onLocation);
    cleanups.push(() => navigation.removeEventListener('currententrychange', onLocation));
  } else {
    const timer = setInterval(onLocation, 1_000);
    cleanups.push(() => clearInterval(timer));
  }
  addEventListener('popstate', onLocation);
  cleanups.push(() => removeEventListener('popstate', onLocation));

  function stop(): void {
    clearTimeout(poll);
    for (const cleanup of cleanups.splice(0)) cleanup();
    ui.host.remove();
    delete scope[INSTALLED];
  }
  scope[INSTALLED] = { stop, refresh: () => void refresh() };
  onLocation();
}
