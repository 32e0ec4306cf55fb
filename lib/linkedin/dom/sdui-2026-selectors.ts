// Every hook the 2026 server-driven profile page is read by. Classes there are hashes: only componentkeys,
// aria-labels, data-testids, hrefs and the heading structure are stable.

import type { Section } from '@/lib/profile/profile';

const CARD_PREFIX = 'com.linkedin.sdui.profile.card.ref';

export const SDUI = {
  /** Any profile card: proves the layout. */
  anyCard: `[componentkey^="${CARD_PREFIX}"]`,
  /** `…ref<39-char member id><CardName>`: the id is glued to the card name, so it is cut by length. */
  cardKeyPattern: /^com\.linkedin\.sdui\.profile\.card\.ref(ACoA[A-Za-z0-9_-]{35})([A-Z][A-Za-z]*)$/,
  topCardName: 'Topcard',
  aboutCardName: 'About',
  experienceCardName: 'ExperienceTopLevelSection',
  educationCardName: 'EducationTopLevelSection',
  skillsCardName: 'Skills',
  certificationsCardName: 'CertificationTopLevel',
  languagesCardName: 'LanguageTopLevel',

  nameLink: '[componentkey^="ProfileVerificationTriggerRef-"]',
  nameLinkPrefix: 'ProfileVerificationTriggerRef-',
  nameHeading: 'h1, h2',
  contactInfoLink: 'a[href*="/overlay/contact-info"]',
  /** The person's own website in the top card goes through LinkedIn's redirect, the target in `?url=`. */
  websiteLink: 'a[href*="/safety/go/"], a[href*="/redir/redirect"]',
  photo: 'a[componentkey="topcard-logo-image-referencekey"] [aria-label] img, [componentkey="topcard-logo-image-referencekey"] img',
  connectButton: '[componentkey^="ConnectButtonstate:invitation:urn:li:member:"]',
  numericIdPattern: /urn:li:member:(\d+)/,

  expandableText: '[data-testid="expandable-text-box"]',
  entry: '[componentkey^="entity-collection-item-"]',
  uuidKeyed: '[componentkey]',
  uuidPattern: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  skillAssociationLink: 'a[href*="skill-associations"]',
  detailsLink: 'a[href*="/details/"]',
  /** Links only the profile's own cards carry: its /details/ pages and contact overlay. */
  ownPageLink: 'a[href*="/details/"], a[href*="/overlay/"]',

  /** Lazy placeholders: present before the section renders (and left empty after). */
  lazyMarkers: {
    experiences: ['[componentkey^="profileCardsExperienceOnly"]', '[componentkey^="profile_top_card_experience_lazy_anchor_"]'],
    educations: ['[componentkey^="profile_top_card_education_lazy_anchor_"]', '[componentkey^="profile_education_top_anchor_"]'],
    skills: ['[componentkey^="profile_top_card_skills_lazy_anchor_"]', '[componentkey^="profileCardsSkillsOnly"]'],
    certifications: [],
    languages: [],
  } satisfies Record<Section, readonly string[]>,
  /**
   * The 2026 page's lazy containers below Activity (`profileCardsBelowActivityPart1<vanity>` … `Part7`), filled as the
   * user scrolls; which section lands in which part is not stable, so an empty one leaves every unseen section unknown.
   */
  lazyContainer: '[componentkey^="profileCardsBelowActivityPart"]',
  /** Keys that carry the profile owner's vanity at their end. */
  vanityKeyPrefixes: ['ProfileVerificationTriggerRef-', 'Profile_Top_Level_ExperienceTopLevelSection', 'profileCardsExperienceOnly', 'profileCardsAboveActivityTopcardOnly'],
} as const;
