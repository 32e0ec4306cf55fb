// Every hook the 2025 people-search page (Ember, capture 11) is read by. Its result classes are hashed; the
// `data-view-name`s, the Artdeco text utilities (`t-14`, `t-black`) and the links are what stayed.
export const SEARCH_2025 = {
  /** The results column: present even when a search finds nobody. */
  container: '.search-results-container',
  /** One result card per person (ads, banners and feedback cards carry other view names). */
  result: '[data-view-name="search-entity-result-universal-template"]',
  /** `urn:li:member:<n>` of the result. */
  memberUrnAttribute: 'data-chameleon-result-urn',
  /** The title link: the one profile link whose visible (aria-hidden) copy holds the name; the photo link has none,
   * and the "mutual connections" links inside the card name other people. */
  nameLink: 'a[href*="/in/"]',
  nameText: 'span[aria-hidden="true"]',
  /** Mutual-connection insights: links to other people, never the result's own. */
  insights: '.entity-result__insights',
  /** The name row's block, holding the headline and location lines after it. */
  textBlock: '.mb1',
  headline: 'div.t-14.t-black.t-normal',
  location: 'div.t-14.t-normal:not(.t-black)',
} as const;
