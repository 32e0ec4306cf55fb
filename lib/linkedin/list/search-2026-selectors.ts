// Every hook the 2026 server-driven people-search page is read by. INFERRED: no capture of this page exists; the
// hooks come from public extractors that read it (see docs/ARCHITECTURE.md, "List pages", and the header of
// tests/fixtures/search-2026-sdui.html). Classes are hashes; only data-view-names, data-testids, roles and links.
export const SEARCH_2026 = {
  /** The results column (`lazy-column`), or the list that holds the result cards. */
  container: '[data-testid="lazy-column"], main [role="list"]',
  /** One card per person. */
  result: '[data-view-name="people-search-result"]',
  /** The name, as the card's title link. */
  titleLink: 'a[data-view-name="search-result-lockup-title"]',
  /** The card's text lines: the title line, then the headline, then the location (then insights). */
  line: 'p',
  /** Lines holding a link are the title line or insights naming other people, never the headline or location. */
  anyLink: 'a[href]',
} as const;
