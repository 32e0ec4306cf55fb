// Every hook the logged-out ("guest") profile page of 2020–2025 is read by.

export const PUBLIC = {
  jsonLd: 'script[type="application/ld+json"]',
  canonical: 'link[rel="canonical"]',
  ogImage: 'meta[property="og:image"]',
  /** Any of these proves the layout; tried one by one (see firstMatch). */
  layout: ['h1.top-card-layout__title', 'section[data-section="experience"]'],
  name: 'h1.top-card-layout__title',
  headline: 'h2.top-card-layout__headline',
  location: '.top-card-layout__first-subline .not-first-middot > span:first-child, .top-card-layout__first-subline .not-first-middot',
  photo: 'img.top-card-layout__entity-image',
  about: 'section[data-section="summary"] .core-section-container__content',
  memberUrnAttribute: '[data-semaphore-content-urn^="urn:li:member:"]',
  memberUrnPattern: /^urn:li:member:(\d+)$/,

  experienceSection: 'section[data-section="experience"]',
  experienceEntry: 'li.experience-item, li.experience-group',
  groupCompany: '.experience-group-header__company',
  groupPosition: 'li.experience-group-position',
  title: '.experience-item__title',
  company: '.experience-item__subtitle',
  metaItem: '.experience-item__meta-item',
  dateRange: '.date-range',
  descriptionFull: '.show-more-less-text__text--more',
  descriptionShort: '.show-more-less-text__text--less, .show-more-less-text',

  educationSection: 'section[data-section="educationsDetails"]',
  educationEntry: 'li',
  school: 'h3',
  degreeParts: 'h4 span',
  /** Field of study and grade carry it; the degree does not. */
  educationPartAttribute: 'data-section',

  certificationEntry: 'section[data-section="certifications"] li',
  certificationName: 'h3',
  certificationAuthority: 'h4',
  languagesSection: 'section[data-section="languages"]',
  languageName: 'li h3',
} as const;
