// Every hook a LinkedIn Recruiter profile is read by. Recruiter is an Ember app of its own whose markup carries
// `data-test-*` attributes (LinkedIn's test hooks): language-independent and named after what they hold, so the reader
// goes by them and never by words. INFERRED: no capture exists; each hook below is named by several public readers of
// Recruiter pages (references in docs/ARCHITECTURE.md, "List pages"), and tests/fixtures/recruiter-2025-profile.html
// lays them out as those references describe.
export const RECRUITER = {
  /**
   * The profile's container: the slide-in drawer opened over a project or search comes first (a full page can sit
   * beneath it), then the full page's. Recruiter keeps the result list mounted behind the drawer.
   */
  drawerRoot: '.profile-slidein__wrapper [data-test-profile-container]',
  root: '[data-test-profile-container], #profile-container',
  /** A result row of the list behind the drawer: never read as the person. */
  listRow: '[data-test-paginated-list-item], [data-test-paginated-profile-list-item-container]',

  /** The top card: name, headline and location are read here only ("Similar profiles" reuse the lockup hooks). */
  topCard: '[data-test-topcard-condensed-lockup]',
  name: '[data-test-row-lockup-full-name]',
  headline: '[data-test-row-lockup-headline]',
  /** Printed with a leading separator ("· Lyon"). */
  location: '[data-test-row-lockup-location]',
  currentEmployer: '[data-test-topcard-condensed-lockup-current-employer]',
  photo: 'img[data-test-lockup-image]',
  /** Links in the top card to a Recruiter profile (`…/profile/<id>`): they name the person the card shows. */
  profileLink: 'a[href*="/profile/"]',

  /** The public /in/ URL: the Personal information card's link, the "Public profile" hovercard's link, or the card's text. */
  publicProfileLink: 'a[data-test-personal-info-profile-link], a[data-test-public-profile-link]',
  publicProfileText: '[data-test-personal-info-profile-link-text]',

  summary: '[data-test-summary-card-text]',

  /** Experience: standalone roles (`position-entity-*`) and roles grouped under one employer (`grouped-position-entity-*`). */
  backgroundCard: '[data-test-profile-background-card]',
  positionTitle: '[data-test-position-entity-title], [data-test-grouped-position-entity-title]',
  groupedTitle: '[data-test-grouped-position-entity-title]',
  /** A role's field: `[data-test-position-entity-<field>], [data-test-grouped-position-entity-<field>]`. */
  positionField: (field: 'company-link' | 'company-name' | 'employment-status' | 'date-range' | 'location' | 'description') =>
    `[data-test-position-entity-${field}], [data-test-grouped-position-entity-${field}]`,
  groupCompany: '[data-test-grouped-position-entity-company-link], [data-test-grouped-position-entity-company-name]',
  groupStatus: '[data-test-grouped-position-entity-employment-status]',

  educationItem: '[data-test-education-item], [data-live-test-education-item]',
  school: '[data-test-education-entity-school-name]',
  degree: '[data-test-education-entity-degree-name]',
  field: '[data-test-education-entity-field-of-study]',
  educationDates: '[data-test-education-entity-dates]',

  skillsCard: '[data-test-profile-skills-card]',
  skill: '[data-test-skill-entity-skill-name]',

  /** A "Show all" that expands a card in place and has not been used: the card shows part of its list. */
  collapsed: '[data-test-expandable-button][aria-expanded="false"]',

  /**
   * Never a person's text: hover content LinkedIn nests inside highlighted search terms ("Related to search terms in
   * your query"), screen-reader copies, buttons and icons.
   */
  notText: '[data-test-hoverable-popover-content], .a11y-text, .visually-hidden, button, li-icon, svg',
} as const;
