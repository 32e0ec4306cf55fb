// Every hook the 2016 logged-out profile page ("public_profile_v3_desktop" of that year) is read by.

export const PUBLIC_2016 = {
  /** The name heading's id: looked up by id first (cheap on every page), then its place and class checked. */
  nameId: 'name',
  layout: '#topcard h1#name, #name.fn',
  canonical: 'link[rel="canonical"]',
  name: 'h1#name',
  headline: 'p.headline.title',
  location: '#demographics .locality, .locality',
  photo: '.profile-picture img',
  about: '#summary .description',
  position: '#experience li.position',
  title: '.item-title',
  subtitle: '.item-subtitle',
  dateRange: '.date-range',
  location2: '.location',
  description: '.description',
  school: '#education li.school',
  /** The untranslated copy of a degree line (the page may print a machine translation next to it). */
  degreeOriginal: '.item-subtitle .original',
  skill: '#skills li.skill:not(.see-more):not(.see-less)',
  languagesSection: '#languages',
  language: '#languages li.language h4.name',
  certificationsSection: '#certifications',
  certification: '#certifications li.certification',
  currentCompany: '#topcard tr[data-section="currentPositionsDetails"] li',
} as const;
