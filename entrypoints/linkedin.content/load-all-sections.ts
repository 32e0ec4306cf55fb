// "Load all sections": the 2026 page fills its lazy cards as they scroll into view. Each empty container is brought
// into view in turn (LinkedIn's own code loads it), then the page goes back to where the user left it. Only on the
// user's request: this is the one action that moves their page.
import { SDUI } from '@/lib/linkedin/dom/sdui-2026-selectors';
import { hasText } from '@/lib/linkedin/dom/text';
import type { LoadSectionsOutcome } from '@/lib/linkedin/read-outcome';

/** How long one container may take to fill before the next is tried. */
const FILL_WAIT_MS = 2500;

function emptyContainers(): Element[] {
  const selectors = [SDUI.lazyContainer, ...Object.values(SDUI.lazyMarkers).flat()].join(', ');
  return Array.from(document.querySelectorAll(selectors)).filter((el) => !hasText(el));
}

function filled(el: Element, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    if (hasText(el)) return resolve(true);
    const observer = new MutationObserver(() => {
      if (hasText(el)) finish(true);
    });
    const timer = setTimeout(() => finish(false), ms);
    function finish(value: boolean) {
      clearTimeout(timer);
      observer.disconnect();
      resolve(value);
    }
    observer.observe(el, { childList: true, subtree: true, characterData: true });
  });
}

export async function loadAllSections(): Promise<LoadSectionsOutcome> {
  const containers = emptyContainers();
  const { scrollX, scrollY } = window;
  let done = 0;
  try {
    for (const container of containers) {
      container.scrollIntoView({ block: 'center', behavior: 'instant' });
      if (await filled(container, FILL_WAIT_MS)) done++;
    }
  } finally {
    window.scrollTo({ left: scrollX, top: scrollY, behavior: 'instant' });
  }
  return { containers: containers.length, filled: done };
}
