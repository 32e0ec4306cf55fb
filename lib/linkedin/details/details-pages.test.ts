import { describe, expect, it } from 'vitest';
import type { Section } from '@/lib/profile/profile';
import { readDetailsPages, type DetailsLoader, type LoadedPage } from './details-pages';

const ID = 'ACoAAB' + 'adaQuill0123456789abcdefghijklmnop'.slice(0, 33);

function doc(html: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><body><main>${html}</main></body></html>`, 'text/html');
}

function experiencePage(from: number, to: number, pager: boolean): string {
  const roles = Array.from({ length: to - from }, (_, i) => {
    const n = from + i + 1;
    return `<div componentkey="entity-collection-item-${n}"><p>Role ${n}</p><p>Company ${n}</p><p>2019 – 2020</p></div>`;
  }).join('');
  const script = pager ? `<script type="application/json">{"pagerId":"com.linkedin.sdui.pagers.profile.details.experience","vanityName":"ada-quill","profileId":"${ID}"}</script>` : '';
  return `<section data-testid="profile_ExperienceDetailsSection_1">${roles}</section>${script}`;
}

function languagesPage(names: string[]): string {
  return `<div data-sdui-screen="x.ProfileLanguageDetails"><div data-component-type="LazyColumn">${names.map((n) => `<p>${n}</p>`).join('<hr>')}</div></div>`;
}

interface FakeLoader extends DetailsLoader {
  fetched: string[];
  followed: string[];
}

function loader(pages: Record<string, LoadedPage | (() => never)>, followed?: Record<string, string>): FakeLoader {
  const out: FakeLoader = {
    fetched: [],
    followed: [],
    async fetch(path) {
      out.fetched.push(path);
      const page = pages[path];
      if (typeof page === 'function') return page();
      return page ?? { status: 404, path, doc: doc('') };
    },
  };
  if (followed) {
    out.follow = async (path, _watch, read) => {
      out.followed.push(path);
      const html = followed[path];
      return html === undefined ? null : read(doc(html));
    };
  }
  return out;
}

function skillsPage(count: number): string {
  const skills = Array.from({ length: count }, (_, i) => `<div componentkey="com.linkedin.sdui.profile.skill(${ID}, ${i + 1})"><p>Skill ${i + 1}</p></div>`).join('<hr>');
  return `<div data-sdui-screen="x.ProfileSkillDetails"><div data-component-type="LazyColumn">${skills}</div></div>`;
}

const ok = (path: string, html: string): LoadedPage => ({ status: 200, path, doc: doc(html) });
const EXP = '/in/ada-quill/details/experience/';
const LANG = '/in/ada-quill/details/languages/';
const SKILLS = '/in/ada-quill/details/skills/';

async function read(sections: Section[], l: DetailsLoader) {
  return readDetailsPages({ vanity: 'ada-quill', memberId: ID, sections, loader: l });
}

describe('readDetailsPages', () => {
  it('fetches only the sections asked for, and a short page is the whole section', async () => {
    const l = loader({ [LANG]: ok(LANG, languagesPage(['French', 'English'])) });
    const { result, gaps } = await read(['languages'], l);
    expect(l.fetched).toEqual([LANG]);
    expect(result).toMatchObject({ source: 'details-pages', fragment: { languages: ['French', 'English'], complete: ['languages'] } });
    expect(gaps).toEqual({});
  });

  it('follows LinkedIn’s pagination when a full page has a pager, until the count stops growing', async () => {
    const l = loader({ [EXP]: ok(EXP, experiencePage(0, 10, true)) }, { [EXP]: experiencePage(0, 14, false) });
    const { result, gaps } = await read(['experiences'], l);
    expect(l.followed).toEqual([EXP]);
    expect(result?.fragment?.experiences).toHaveLength(14);
    expect(result?.fragment?.complete).toEqual(['experiences']);
    expect(gaps).toEqual({});
  });

  it('opens Skills straight in the frame (one page load for the whole list) while the other first pages are fetched', async () => {
    const l = loader({ [LANG]: ok(LANG, languagesPage(['French'])), [SKILLS]: ok(SKILLS, skillsPage(10)) }, { [SKILLS]: skillsPage(25) });
    const { result, gaps } = await read(['languages', 'skills'], l);
    expect(l.fetched).toEqual([LANG]);
    expect(l.followed).toEqual([SKILLS]);
    expect(result?.fragment?.skills).toHaveLength(25);
    expect(result?.fragment?.complete?.sort()).toEqual(['languages', 'skills']);
    expect(gaps).toEqual({});
  });

  it('fetches Skills when the frame shows no list, and does not ask again once LinkedIn refused', async () => {
    const failedFrame = loader({ [SKILLS]: ok(SKILLS, skillsPage(3)) }, {});
    expect((await read(['skills'], failedFrame)).result?.fragment?.skills).toHaveLength(3);
    expect(failedFrame.fetched).toEqual([SKILLS]);

    const refused = loader({ [LANG]: { status: 429, path: LANG, doc: doc('') } }, {});
    const { gaps } = await read(['languages', 'skills'], refused);
    expect(refused.fetched).toEqual([LANG]);
    expect(gaps).toEqual({ languages: { reason: 'refused', status: 429 }, skills: { reason: 'refused', status: 429 } });
  });

  it('does not fetch Skills after the read’s deadline ended its frame', async () => {
    const deadline = new AbortController();
    const l = loader({ [SKILLS]: ok(SKILLS, skillsPage(3)) });
    l.follow = async () => {
      deadline.abort();
      return null;
    };
    const { gaps } = await readDetailsPages({ vanity: 'ada-quill', memberId: ID, sections: ['skills'], loader: l, signal: deadline.signal });
    expect(l.fetched).toEqual([]);
    expect(gaps).toEqual({ skills: { reason: 'timeout' } });
  });

  it('keeps the first page, reported short, when it cannot follow', async () => {
    const { result, gaps } = await read(['experiences'], loader({ [EXP]: ok(EXP, experiencePage(0, 10, true)) }));
    expect(result?.fragment?.experiences).toHaveLength(10);
    expect(result?.fragment?.complete).toBeUndefined();
    expect(gaps.experiences).toEqual({ reason: 'not-rendered' });
  });

  it('says LinkedIn refused when it answers 429, or sends the sign-in wall instead', async () => {
    const l = loader({
      [EXP]: { status: 429, path: EXP, doc: doc('') },
      [LANG]: { status: 200, path: '/authwall', doc: doc('<h1>Sign in</h1>') },
    });
    const { result, gaps } = await read(['experiences', 'languages'], l);
    expect(result).toBeNull();
    expect(gaps).toEqual({ experiences: { reason: 'refused', status: 429 }, languages: { reason: 'refused', status: 401 } });
  });

  it('reports a network failure per section, and never someone else’s list', async () => {
    const other = `<section data-testid="profile_ExperienceDetailsSection_1"><div componentkey="entity-collection-item-1"><p>Recruiter</p><p>Talentco</p><p>2020 – Present</p></div></section><script type="application/json">{"pagerId":"com.linkedin.sdui.pagers.profile.details.experience","vanityName":"viewer-vic"}</script>`;
    const l = loader({
      [EXP]: ok(EXP, other),
      [LANG]: () => {
        throw new TypeError('Failed to fetch');
      },
    });
    const { result, gaps } = await read(['experiences', 'languages'], l);
    expect(result).toBeNull();
    expect(gaps).toEqual({ experiences: { reason: 'failed', status: 200 }, languages: { reason: 'network' } });
  });
});
