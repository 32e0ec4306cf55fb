// What a list page (people search, Sales Navigator search / lead list, Recruiter project) gives: people, zod-checked.
import { z } from 'zod';

export const LIST_KINDS = ['people-search', 'salesnav-search', 'salesnav-list', 'recruiter'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** LinkedIn's member id: `ACoAA…` on flagship pages, `ACwAA…` (the same member, another encoding) in Sales Navigator. */
export const LIST_MEMBER_ID_PATTERN = /^AC[ow]A[A-Za-z0-9_-]{35}$/;

export const listPersonSchema = z.strictObject({
  fullName: z.string().min(1),
  headline: z.string().min(1).optional(),
  location: z.string().min(1).optional(),
  /** `https://www.linkedin.com/in/<decoded vanity>/`, no query: the public profile. */
  profileUrl: z
    .string()
    .regex(/^https:\/\/www\.linkedin\.com\/in\/[^/?#\s]+\/$/u)
    .optional(),
  memberId: z.string().regex(LIST_MEMBER_ID_PATTERN).optional(),
  /** `urn:li:member:<n>`, where the page names the numeric member. */
  memberUrn: z
    .string()
    .regex(/^urn:li:member:\d+$/)
    .optional(),
  currentTitle: z.string().min(1).optional(),
  currentCompany: z.string().min(1).optional(),
  /** The page does not link this person's public /in/ URL (Sales Navigator rows): only the member id is known. */
  publicUrlMissing: z.literal(true).optional(),
});
export type ListPerson = z.infer<typeof listPersonSchema>;

export const listPageSchema = z.strictObject({
  kind: z.enum(LIST_KINDS),
  /** Which markup the people were read from (one reader per layout). */
  layout: z.string().min(1),
  people: z.array(listPersonSchema),
  /** LinkedIn's own count of results, where the page states it in markup rather than words. */
  total: z.number().int().min(0).optional(),
  /** Result entries the reader saw but could not read as a person (no name or no link): reported, never hidden. */
  unread: z.number().int().min(1).optional(),
});
export type ListPage = z.infer<typeof listPageSchema>;

/** A Sales Navigator lead page read as one person. */
export const leadPageSchema = z.strictObject({
  kind: z.literal('salesnav-lead'),
  layout: z.string().min(1),
  person: listPersonSchema,
  /** True when the page does not link the lead's public /in/ URL: only the member id identifies them. */
  publicUrlMissing: z.boolean(),
});
export type LeadPage = z.infer<typeof leadPageSchema>;

export const LIST_ERROR_CODES = [
  'not-a-list', // the URL is not a list page (a profile, the feed, another site)
  'layout-not-recognised', // a list URL whose markup no reader knows: LinkedIn changed it, or the page is not rendered
  'invalid-person', // a reader produced a person the schema refuses (a defect or a new layout), never passed on
  'no-tab', // the extension found no tab to read
  'page-unreachable', // the reader could not be put in the tab, or did not answer (the tab is loading, closed…)
  'bad-answer', // the tab answered something that is not a list result (the page's world is untrusted)
] as const;
export type ListErrorCode = (typeof LIST_ERROR_CODES)[number];

/** Plain tagged data, so it crosses extension messaging intact. */
export const listReadErrorSchema = z.strictObject({
  code: z.enum(LIST_ERROR_CODES),
  message: z.string(),
  kind: z.enum([...LIST_KINDS, 'salesnav-lead']).optional(),
  /** zod's issue paths and messages, for `invalid-person`. */
  issues: z.array(z.string()).optional(),
});
export type ListReadError = z.infer<typeof listReadErrorSchema>;

/** What the reader in a tab answers to `readList`: checked with zod on arrival (lib/read-tab.ts `readListInTab`). */
export const readListResultSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), page: listPageSchema }),
  z.strictObject({ ok: z.literal(false), error: listReadErrorSchema }),
]);
export type ReadListResult = z.infer<typeof readListResultSchema>;
export type ReadLeadResult = { ok: true; page: LeadPage } | { ok: false; error: ListReadError };

export interface LayoutPeople {
  people: ListPerson[];
  /** Result entries seen but not read as a person. */
  unread: number;
  total?: number;
}

/** A layout reader: null when the page does not carry its markup (so the next layout is tried). */
export interface ListLayoutReader {
  id: string;
  kinds: readonly ListKind[];
  read(doc: Document, url: URL): LayoutPeople | null;
}
