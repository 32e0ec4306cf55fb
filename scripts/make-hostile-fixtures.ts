// npm run-less generator: `npx tsx scripts/make-hostile-fixtures.ts` writes tests/fixtures/hostile/. Invented people
// (no capture is read) laid out like the 2026 server-driven page and the 2022–2025 Ember page, carrying what a
// profile may legally contain and a careless extension would break on: markup and script in names, right-to-left
// text (and a right-to-left override), emoji, a 10,000-character about and 150 positions. The page escapes them, as
// LinkedIn does: a reader must get the markup back as text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const HOSTILE_DIR = resolve(import.meta.dirname, '../tests/fixtures/hostile');

export const HOSTILE_ABOUT_LENGTH = 10_000;
export const HOSTILE_POSITIONS = 150;

/** What the pages say; the unit and e2e tests compare what is read with this (written next to the pages as facts.json). */
export interface HostileFacts {
  vanity: string;
  memberId: string;
  /** As printed on the page (the reader may drop emoji from a name, never the markup). */
  name: string;
  headline: string;
  location: string;
  about: string;
  positions: { title: string; company: string; dates: string; location: string; description: string }[];
  schools: string[];
  skills: string[];
}

export interface HostilePage {
  file: string;
  layout: 'sdui-2026' | 'ember-2022';
  url: string;
  facts: HostileFacts;
  html: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Exactly `length` characters: markup, script, RTL, emoji (surrogate pairs never cut in half). */
function longAbout(length: number): string {
  const parts = [
    'I build things <b>boldly</b> & test them <script>window.__hostile = "about"</script>.',
    'مرحبا، أنا أعمل في تطوير البرمجيات.',
    'אני אוהבת קוד פתוח.',
    '\u202Egnp.exe\u202C',
    'Emoji: 🚀👩🏽‍💻🇫🇷✨.',
    '<img src=x onerror="window.__hostile=\'about-img\'">',
  ];
  let out = '';
  for (let i = 0; out.length < length; i++) out += (out ? ' ' : '') + parts[i % parts.length];
  let cut = out.slice(0, length);
  // A lone high surrogate at the end would be an invalid string for JSON and for vendors.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = `${cut.slice(0, -1)}x`;
  return cut.replace(/\s$/, 'x');
}

function positions(count: number): HostileFacts['positions'] {
  const out: HostileFacts['positions'] = [];
  for (let i = 0; i < count; i++) {
    // Newest first, each role two months long, back from today's last role.
    const endIndex = 2025 * 12 + 11 - i * 2;
    const startIndex = endIndex - 1;
    const fmt = (index: number) => `${MONTHS[index % 12]} ${Math.floor(index / 12)}`;
    out.push({
      title: i % 3 === 0 ? `Engineer #${i} <script>window.__hostile=${i}</script>` : i % 3 === 1 ? `مهندس ${i} 🚀` : `Dev ${i} <i onmouseover=alert(${i})>x</i>`,
      company: i % 2 === 0 ? `Acme ${i} & Sons <b>` : `שירות ${i} בע"מ 🏢`,
      dates: i === 0 ? `${fmt(startIndex)} - Present · 2 mos` : `${fmt(startIndex)} - ${fmt(endIndex)} · 2 mos`,
      location: i % 2 === 0 ? 'Paris, Île-de-France, France' : 'تل أبيب · Remote',
      description: `Role ${i}: shipped <code>&lt;x&gt;</code> safely 🎉 — ‏עברית‏ and العربية.`,
    });
  }
  return out;
}

function facts(vanity: string, memberId: string): HostileFacts {
  return {
    vanity,
    memberId,
    name: `Zoë <img src=x onerror="window.__hostile='name'"> Al-Hakim <script>window.__hostile='name-script'</script> 🦄`,
    headline: 'مهندسة برمجيات <b>رئيسية</b> · מהנדסת ראשית · Staff Engineer 🚀 \u202Etxt.exe',
    location: 'القدس · ירושלים',
    about: longAbout(HOSTILE_ABOUT_LENGTH),
    positions: positions(HOSTILE_POSITIONS),
    schools: ['جامعة <i>القاهرة</i>', 'Université 🎓 <script>1</script>'],
    skills: ['TypeScript <script>', 'العربية', '🦀 Rust'],
  };
}

const CARD = 'com.linkedin.sdui.profile.card.ref';

function sduiPage(f: HostileFacts): string {
  const e = escapeHtml;
  const card = (name: string, body: string) => `<section componentkey="${CARD}${f.memberId}${name}">${body}</section>`;
  const experience = f.positions
    .map(
      (p, i) =>
        `<div componentkey="entity-collection-item-${(0x1000 + i).toString(16)}"><div><div><p>${e(p.title)}</p><p>${e(p.company)} · Full-time</p><p>${e(p.dates)}</p><p>${e(p.location)}</p></div><div><p>${e(p.description)}</p></div></div></div>`,
    )
    .join('\n');
  const schools = f.schools
    .map((s, i) => `<div componentkey="entity-collection-item-e${i}"><div><p>${e(s)}</p><p>Master, Computing</p><p>2010 - 2012</p></div></div>`)
    .join('');
  const skills = f.skills.map((s, i) => `<div componentkey="entity-collection-item-s${i}"><p>${e(s)}</p></div>`).join('');
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${e(f.name)} | LinkedIn</title></head>
<body><main>
${card('Topcard', `<div><a componentkey="ProfileVerificationTriggerRef-${f.vanity}" href="#"><h2>${e(f.name)}</h2></a><p>${e(f.headline)}</p><p>${e(f.positions[0]!.company)} · ${e(f.schools[0]!)}</p><p>${e(f.location)}</p><p><a href="/in/${f.vanity}/overlay/contact-info/">Contact info</a></p></div>`)}
${card('About', `<h2>About</h2><div data-testid="expandable-text-box">${e(f.about)}</div>`)}
${card('ExperienceTopLevelSection', `<div componentkey="Profile_Top_Level_ExperienceTopLevelSection${f.vanity}"></div><h2>Experience</h2>\n${experience}`)}
${card('EducationTopLevelSection', `<h2>Education</h2>${schools}`)}
${card('Skills', `<h2>Skills</h2>${skills}`)}
</main></body></html>
`;
}

function emberPage(f: HostileFacts): string {
  const e = escapeHtml;
  const visible = (text: string) => `<span aria-hidden="true">${e(text)}</span><span class="visually-hidden">${e(text)}</span>`;
  const experience = f.positions
    .map(
      (p) =>
        `<li class="artdeco-list__item"><div>${visible(p.title)}</div><div>${visible(`${p.company} · Full-time`)}</div><div>${visible(p.dates)}</div><div>${visible(p.location)}</div><ul><li><div class="inline-show-more-text">${visible(p.description)}</div></li></ul></li>`,
    )
    .join('\n');
  const schools = f.schools.map((s) => `<li>${visible(s)}${visible('Master, Computing')}${visible('2010 - 2012')}</li>`).join('');
  const skills = f.skills.map((s) => `<li>${visible(s)}</li>`).join('');
  return `<!doctype html><html lang="he" dir="rtl"><head><meta charset="utf-8"><title>${e(f.name)} | LinkedIn</title>
<link rel="canonical" href="https://www.linkedin.com/in/${f.vanity}/"></head>
<body><main>
<section class="artdeco-card" data-member-id="918273645"><div class="pv-top-card"><h1 class="text-heading-xlarge">${e(f.name)}</h1>
<div class="text-body-medium break-words">${e(f.headline)}</div>
<span class="text-body-small inline t-black--light break-words">${e(f.location)}</span>
<a href="/in/${f.vanity}/overlay/contact-info/">Contact info</a></div></section>
<section class="artdeco-card"><div id="about" class="pv-profile-card__anchor"></div><h2>About</h2><div class="inline-show-more-text">${visible(f.about)}</div></section>
<section class="artdeco-card"><div id="experience" class="pv-profile-card__anchor"></div><h2>Experience</h2><ul>
${experience}
</ul></section>
<section class="artdeco-card"><div id="education" class="pv-profile-card__anchor"></div><h2>Education</h2><ul>${schools}</ul></section>
<section class="artdeco-card"><div id="skills" class="pv-profile-card__anchor"></div><h2>Skills</h2><ul>${skills}</ul></section>
</main></body></html>
`;
}

export function hostilePages(): HostilePage[] {
  const sdui = facts('hostile-sdui-zoe', 'ACoAAHostileSduiZoe0123456789abcdefghij');
  const ember = facts('hostile-ember-zoe', 'ACoAAHostileEmberZoe0123456789abcdefghi');
  return [
    { file: 'sdui-2026-hostile.html', layout: 'sdui-2026', url: `https://www.linkedin.com/in/${sdui.vanity}/`, facts: sdui, html: sduiPage(sdui) },
    { file: 'ember-2025-hostile.html', layout: 'ember-2022', url: `https://www.linkedin.com/in/${ember.vanity}/`, facts: ember, html: emberPage(ember) },
  ];
}

function main(): void {
  mkdirSync(HOSTILE_DIR, { recursive: true });
  const pages = hostilePages();
  for (const p of pages) writeFileSync(resolve(HOSTILE_DIR, p.file), p.html);
  const index = pages.map(({ file, layout, url, facts: f }) => ({ file, layout, url, facts: f }));
  writeFileSync(resolve(HOSTILE_DIR, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  console.log(`wrote ${pages.length} hostile pages to ${HOSTILE_DIR}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
