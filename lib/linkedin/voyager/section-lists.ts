// LinkedIn's per-section lists (`identity/dash/profile<Section>?q=viewee&profileUrn=…&count=100`, paged): the whole
// section when the dash profile capped it, or when the dash profile could not be had but the page shows the member id.
import type { Certification, Education, Experience, Gap, Section } from '@/lib/profile/profile';
import { SECTION_SOURCES, type VoyagerListName } from '@/lib/linkedin/sections';
import { answerDetail, ask, gapOf, type VoyagerClient } from './ask';
import { DAY_MS, listRetired, type JsonMemo } from './json-memo';
import { noteRefusal, quietGap } from './fetch-profile';
import {
  parseCertificationsCompletion,
  parseEducationsCompletion,
  parseLanguagesCompletion,
  parsePositionGroupsCompletion,
  parsePositionsCompletion,
  parseSkillsCompletion,
  type CompletionPage,
  type VoyagerParseFailure,
} from './parse-profile';

export const LIST_PAGE_SIZE = 100;
/** A section longer than 300 entries is read up to that many: the rest is reported as short. */
export const MAX_LIST_PAGES = 3;

export interface SectionItems {
  experiences: Experience;
  educations: Education;
  skills: string;
  certifications: Certification;
  languages: string;
}

export type ListOutcome<S extends Section = Section> =
  | { ok: true; items: SectionItems[S][]; total: number | null; complete: boolean }
  | { ok: false; gap: Gap; message: string };

export type ListResults = { [S in Section]?: ListOutcome<S> };

export interface ListsRead {
  results: ListResults;
  memo: JsonMemo;
  /** Set when LinkedIn said stop: nothing more is asked of its JSON in this read. */
  stop: Gap | null;
}

type Parser = (body: unknown) => CompletionPage<unknown> | VoyagerParseFailure;

const PARSERS: Record<VoyagerListName, Parser> = {
  profilePositions: parsePositionsCompletion,
  profilePositionGroups: parsePositionGroupsCompletion,
  profileEducations: parseEducationsCompletion,
  profileSkills: parseSkillsCompletion,
  profileCertifications: parseCertificationsCompletion,
  profileLanguages: parseLanguagesCompletion,
};

/**
 * Lists answer undecorated; position groups only link their roles when decorated (rohhann12/linkedin-rev-eng asks
 * FullProfilePositionGroup-73 first).
 */
const LIST_DECORATIONS: Partial<Record<VoyagerListName, string>> = {
  profilePositionGroups: 'com.linkedin.voyager.dash.deco.identity.profile.FullProfilePositionGroup-73',
};

export function listPath(list: VoyagerListName, profileUrn: string, start: number): string {
  const decoration = LIST_DECORATIONS[list];
  return (
    `/identity/dash/${list}?q=viewee&profileUrn=${encodeURIComponent(profileUrn)}&start=${start}&count=${LIST_PAGE_SIZE}` +
    (decoration ? `&decorationId=${encodeURIComponent(decoration)}` : '')
  );
}

/** Reads `sections` in parallel, each through its lists in order, page after page. */
export async function fetchSectionLists(
  profileUrn: string,
  sections: readonly Section[],
  client: VoyagerClient,
  memoIn: JsonMemo,
  now: number,
  signal?: AbortSignal,
): Promise<ListsRead> {
  let memo = memoIn;
  const quiet = quietGap(memo, now);
  if (quiet) {
    const results: ListResults = {};
    for (const s of sections) (results as Record<Section, ListOutcome>)[s] = { ok: false, gap: quiet, message: 'LinkedIn refused its JSON a few minutes ago' };
    return { results, memo, stop: quiet };
  }
  let stop: Gap | null = null;

  async function readSection(section: Section): Promise<ListOutcome> {
    let last: ListOutcome = { ok: false, gap: { reason: 'no-source' }, message: 'no list to ask' };
    for (const list of SECTION_SOURCES[section].lists) {
      if (listRetired(memo, list, now)) {
        last = { ok: false, gap: { reason: 'retired', status: 410 }, message: `${list}: retired (HTTP 410) earlier today` };
        continue;
      }
      const items: unknown[] = [];
      let total: number | null = null;
      let start = 0;
      let failed: ListOutcome | null = null;
      let complete = false;
      let cut = false;
      for (let page = 0; page < MAX_LIST_PAGES; page++) {
        if (stop || signal?.aborted) {
          failed = { ok: false, gap: stop ?? { reason: 'timeout' }, message: 'stopped' };
          break;
        }
        const answer = await ask(client, listPath(list, profileUrn, start), signal);
        if (answer.kind !== 'ok') {
          if (answer.kind === 'refused') {
            stop = gapOf(answer);
            memo = noteRefusal(memo, answer.status, now);
          } else if (answer.kind === 'timeout' || answer.kind === 'network') {
            stop ??= gapOf(answer);
          } else if (answer.kind === 'retired') {
            memo = { ...memo, listsRetiredUntil: { ...memo.listsRetiredUntil, [list]: now + DAY_MS } };
          }
          failed = { ok: false, gap: gapOf(answer), message: `${list}: ${answerDetail(answer)}` };
          break;
        }
        const parsed = PARSERS[list](answer.body);
        if (parsed.ok && parsed.count > 0 && parsed.items.length === 0) {
          // Elements came, none readable (groups without their roles): not "no entries".
          failed = { ok: false, gap: { reason: 'failed', status: answer.status }, message: `${list}: entries without content` };
          break;
        }
        if (!parsed.ok) {
          failed = { ok: false, gap: { reason: 'failed', status: answer.status }, message: `${list}: ${parsed.message}` };
          break;
        }
        items.push(...parsed.items);
        if (parsed.capped) cut = true;
        total = parsed.total ?? total;
        start += parsed.count;
        // The end: a page shorter than asked, or LinkedIn's count reached. A full page with no count asks the next one.
        if (parsed.count < LIST_PAGE_SIZE || (total !== null && start >= total)) {
          complete = true;
          break;
        }
      }
      if (failed && items.length === 0) {
        last = failed;
        // A drift or an unknown list may be served by the next list of the section; a stop ends the section.
        if (stop) return last;
        continue;
      }
      // Position groups count employers, not roles: their total says nothing about how many roles there are.
      const roleTotal = list === 'profilePositionGroups' ? (complete && !cut ? items.length : null) : total;
      return { ok: true, items: items as never[], total: roleTotal, complete: complete && !failed && !cut };
    }
    return last;
  }

  const outcomes = await Promise.all(sections.map(async (s) => [s, await readSection(s)] as const));
  const results: ListResults = {};
  for (const [s, o] of outcomes) (results as Record<Section, ListOutcome>)[s] = o;
  return { results, memo, stop };
}
