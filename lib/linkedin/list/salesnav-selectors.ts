// Every hook Sales Navigator's pages are read by. Sales Navigator marks a person's data with `data-anonymize`
// (its own screen-sharing blur), which has held across its Ember layouts; links name the lead (`/sales/lead/<id>,…`).
// Search results and lead lists are INFERRED (no capture; public references in docs/ARCHITECTURE.md, "List pages");
// the 2019 lead page is from capture 14.
export const SALES_NAV = {
  /** The search results list, and the lead list's table: present even when empty. */
  searchContainer: 'ol.artdeco-list, ul.artdeco-list',
  listContainer: 'table',
  leadLink: 'a[href*="/sales/lead/"], a[href*="/sales/people/"]',
  /** One row per lead: a search result `li`, a lead list `tr`. */
  row: 'li, tr',
  name: '[data-anonymize="person-name"]',
  /** The current title (search results also have `job-title`, which holds the time in role: not a title). */
  title: '[data-anonymize="title"]',
  company: '[data-anonymize="company-name"]',
  /** The line holding "title · company" where the company is plain text. */
  subtitle: '.artdeco-entity-lockup__subtitle',
  location: '[data-anonymize="location"]',
  headline: '[data-anonymize="headline"]',
  publicProfileLink: 'a[href*="linkedin.com/in/"], a[href^="/in/"]',

  /** 2019 lead page (capture 14): top card classes, and the lead's own JSON in an embedded `<code>` block. */
  lead2019: {
    name: '.profile-topcard-person-entity__name',
    location: '.profile-topcard__location-data',
    topCard: '.profile-topcard',
  },
  /** Lead pages after 2019 (public references): the name heading is marked like the rows. */
  leadName: 'h1[data-anonymize="person-name"], [data-anonymize="person-name"]',
  /** `urn:li:fs_salesProfile:(<ACwAA id>,<authType>,<token>)` of the lead's JSON. */
  salesProfileUrn: /^urn:li:fs_salesProfile:\((AC[ow]A[A-Za-z0-9_-]{35}),/,
} as const;
