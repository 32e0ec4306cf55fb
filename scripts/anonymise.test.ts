import { describe, expect, it } from 'vitest';
import {
  Anonymiser,
  anonymiseHtml,
  anonymiseJsonDocument,
  findNumericMemberIds,
  findVanities,
  inventDigits,
  inventMemberId,
  sweepWords,
} from './anonymise';

// Invented inputs only: nothing here comes from a real capture.
const ID = 'ACoAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456_-';
const SALES_ID = 'ACwAABcDeFgHiJkLmNoPqRsTuVwXyZ0123456_-';

describe('word mapping', () => {
  it('is deterministic across instances and keeps length and capitalisation', () => {
    const a = new Anonymiser();
    const b = new Anonymiser();
    expect(a.word('Zebulon')).toBe(b.word('Zebulon'));
    expect(a.word('Zebulon')).toHaveLength(7);
    expect(a.word('Zebulon')).toMatch(/^[A-Z][a-z]{6}$/);
    expect(a.word('ZEBULON')).toBe(a.word('Zebulon').toUpperCase());
    expect(a.word('Zebulon')).not.toBe('Zebulon');
  });

  it('keeps LinkedIn UI words, month names and digits', () => {
    const a = new Anonymiser();
    expect(a.text('Show all 12 experiences')).toBe('Show all 12 experiences');
    expect(a.text('Dec 2019 - Present · 2 yrs 4 mos')).toBe('Dec 2019 - Present · 2 yrs 4 mos');
    expect(a.text('Jun 2023 – Jun 2024 · Full-time')).toBe('Jun 2023 – Jun 2024 · Full-time');
  });

  it('maps the same name the same way with or without an apostrophe or entity', () => {
    const a = new Anonymiser();
    const plain = a.text("Quillon O'Vardeny");
    const surname = plain.split("'")[1];
    expect(surname).toBeDefined();
    expect(a.text("O&#39;Vardeny’s")).toContain(`&#39;${surname}’s`);
  });

  it('never invents a word it was told is real', () => {
    const a = new Anonymiser();
    const first = a.word('Brontel');
    const b = new Anonymiser();
    b.reserve([first]);
    expect(b.word('Brontel')).not.toBe(first);
  });
});

describe('ids', () => {
  it('keeps prefix, length and alphabet of member ids, deterministically', () => {
    const fake = inventMemberId(ID);
    expect(fake).toHaveLength(ID.length);
    expect(fake.startsWith('ACoAA')).toBe(true);
    expect(fake).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fake).not.toBe(ID);
    expect(inventMemberId(ID)).toBe(fake);
    expect(inventMemberId(SALES_ID).startsWith('ACwAA')).toBe(true);
  });

  it('keeps the number of digits of numeric ids', () => {
    expect(inventDigits('123456789')).toMatch(/^[1-9]\d{8}$/);
    expect(inventDigits('123456789')).not.toBe('123456789');
  });
});

describe('documents', () => {
  const page = [
    '<title>(3) Quillon Vardeny | LinkedIn</title>',
    `<section data-member-id="987654321"><h1 class="text-heading-xlarge">Quillon Vardeny</h1>`,
    `<a href="/in/quillon-vardeny-42/details/experience?profileUrn=urn%3Ali%3Afsd_profile%3A${ID}">Show all 7 experiences</a>`,
    `<div componentkey="com.linkedin.sdui.profile.card.ref${ID}Topcard"></div>`,
    `<a componentkey="ProfileVerificationTriggerRef-quillon-vardeny-42" href="https://www.linkedin.com/search/results/people/?followerOf=%5B%22${ID}%22%5D">x</a>`,
    '<img alt="Quillon Vardeny" src="https://media-exp1.licdn.com/dms/image/C4D03AQAbCdEfGhIjKl/profile-displayphoto-shrink_400_400/0/1600000000000?e=1700000000&amp;v=beta&amp;t=AbCdEfGhIjKlMnOp">',
    '<code style="display: none" id="bpr-guid-1">{"data":{"firstName":"Quillon","lastName":"Vardeny","publicIdentifier":"quillon-vardeny-42","objectUrn":"urn:li:member:987654321","$type":"com.linkedin.voyager.dash.identity.profile.Profile"}}</code>',
    '<script>var secret = "Quillon";</script><svg><path d="M0 0L10 10"></path></svg>',
  ].join('\n');
  const known = { vanities: findVanities(page), numericIds: findNumericMemberIds(page) };

  it('finds the vanities and numeric ids the page names', () => {
    expect(known.vanities).toContain('quillon-vardeny-42');
    expect(known.numericIds).toContain('987654321');
  });

  it('replaces names, ids, vanities and photos everywhere, consistently, and keeps the structure', () => {
    const a = new Anonymiser();
    const out = anonymiseHtml(page, known, a);
    for (const real of ['Quillon', 'Vardeny', 'quillon', ID, '987654321', 'C4D03AQAbCdEfGhIjKl', 'media-exp1']) {
      expect(out, real).not.toContain(real);
    }
    const fakeId = inventMemberId(ID);
    expect(out).toContain(`profileUrn=urn%3Ali%3Afsd_profile%3A${fakeId}`);
    expect(out).toContain(`card.ref${fakeId}Topcard`);
    expect(out).toContain(`followerOf=%5B%22${fakeId}%22%5D`);
    const vanity = a.vanity('quillon-vardeny-42');
    expect(vanity).toMatch(/^[a-z]{7}-[a-z]{7}-\d\d$/);
    expect(out).toContain(`/in/${vanity}/details/experience`);
    expect(out).toContain(`ProfileVerificationTriggerRef-${vanity}`);
    expect(out).toContain(`"publicIdentifier":"${vanity}"`);
    const name = a.text('Quillon Vardeny');
    expect(out).toContain(`<h1 class="text-heading-xlarge">${name}</h1>`);
    expect(out).toContain(`alt="${name}"`);
    expect(out).toContain(`"firstName":"${name.split(' ')[0]}"`);
    expect(out).toContain(`<title>(3) ${name} | LinkedIn</title>`);
    expect(out).toContain('Show all 7 experiences');
    expect(out).toContain('"$type":"com.linkedin.voyager.dash.identity.profile.Profile"');
    expect(out).toMatch(/src="https:\/\/media\.licdn\.com\/dms\/image\/[A-Z]\d[A-Z]\d\d[A-Z]{3}[A-Za-z]{11}\/profile-displayphoto-shrink_400_400\/0\/\d{13}\?/);
    expect(out).toContain('<script></script>');
    expect(out).toContain('<path d=""></path>');
  });

  it('gives the same invented person in a Voyager JSON document', () => {
    const json = JSON.stringify({ firstName: 'Quillon', publicIdentifier: 'quillon-vardeny-42', entityUrn: `urn:li:fsd_profile:${ID}` });
    const a = new Anonymiser();
    const out = JSON.parse(anonymiseJsonDocument(json, known, a)) as Record<string, string>;
    expect(out.firstName).toBe(new Anonymiser().word('Quillon'));
    expect(out.publicIdentifier).toBe(new Anonymiser().vanity('quillon-vardeny-42'));
    expect(out.entityUrn).toBe(`urn:li:fsd_profile:${inventMemberId(ID)}`);
  });

  it('sweeps name words left in class names and file names', () => {
    const a = new Anonymiser();
    expect(sweepWords('<div class="vardeny-widget">acme_vardeny_logo</div>', ['Vardeny'], a)).not.toMatch(/vardeny/i);
  });
});
