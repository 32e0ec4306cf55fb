// Every hook the 2022–2025 Ember profile pages (and their /details/<section>/ pages) are read by.

export const EMBER = {
  /** Any of these proves the layout; tried one by one, the usual one first (see firstMatch). */
  profileLayout: [
    'section[data-member-id]',
    'div.pv-profile-card__anchor',
    'div.pv-profile-card-anchor',
    'h1.text-heading-xlarge',
    'section.pv-top-card',
    'h1.pv-top-card-section__name',
  ],
  topCard: ['section[data-member-id]', '.pv-top-card', '.pv-top-card-section'],
  name: 'h1',
  headline: 'div.text-body-medium.break-words, h2.pv-top-card-section__headline',
  location: 'span.text-body-small.inline.t-black--light.break-words, h3.pv-top-card-section__location',
  /** The owner's photo (not the viewer's `global-nav__me-photo`), others' view or self view. */
  photo: 'img[class*="pv-top-card-profile-picture__image"], img.profile-photo-edit__preview',
  currentCompany: [
    'button[aria-label^="Current company"]',
    '[aria-label="Current company"]',
    '.pv-text-details__right-panel a[href="#experience"]',
    '.pv-top-card-v2-section__company-name',
  ].join(', '),
  memberIdAttribute: 'data-member-id',
  contactInfoLink: 'a[href*="/overlay/contact-info"]',
  canonical: 'link[rel="canonical"]',

  /** Ids of the anchors each section hangs off. */
  anchors: {
    about: 'about',
    experiences: 'experience',
    educations: 'education',
    skills: 'skills',
    languages: 'languages',
    certifications: 'licenses_and_certifications',
  },
  /** Visible text; its twin in `.visually-hidden` is for screen readers. */
  visibleText: 'span[aria-hidden="true"]',
  aboutText: '[class*="inline-show-more-text"] span[aria-hidden="true"], .pv-shared-text-with-see-more span[aria-hidden="true"]',
  descriptionText: '[class*="inline-show-more-text"] span[aria-hidden="true"]',
  detailsItem: 'li.pvs-list__paged-list-item',
  detailsLink: 'a[href*="/details/"]',
  profileUrnParam: /profileUrn=urn(?:%3A|:)li(?:%3A|:)fsd_profile(?:%3A|:)(ACoA[A-Za-z0-9_-]{35})/i,
  bprCode: 'code[id^="bpr-guid-"]',
  bprProfileUrn: /^urn:li:(?:fsd_profile|fs_miniProfile):(ACoA[A-Za-z0-9_-]{35})$/,
  bprMemberUrn: /^urn:li:member:(\d+)$/,
} as const;
