import { describe, expect, it } from 'vitest';
import {
  Anonymiser,
  anonymiseHtml,
  anonymiseJsonDocument,
  anonymiseTokens,
  findMediaAssetIds,
  findMemberEntityIds,
  findNumericMemberIds,
  findVanities,
  inventDigits,
  inventMemberId,
  scrambleToken,
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

/** Every %-escape undone, however many times the text was encoded. */
function fullyDecoded(text: string): string {
  let out = text.replace(/&amp;/g, '&');
  for (let i = 0; i < 4; i += 1) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}

const none = { vanities: [], numericIds: [] };

describe('URLs: every component', () => {
  it('replaces the words, ids and numbers of a file name on another host, keeping the extension and query keys', () => {
    const a = new Anonymiser();
    const html = '<a href="http://a1b2c3d4e5f6-0099aabbccdd.r12.cdn.example/Certificates/KnittingBasics-QuillonVardeny-654321.pdf?trk=public_profile_certification-title">x</a>';
    const out = anonymiseHtml(html, none, a);
    for (const real of ['quillon', 'vardeny', 'knitting', '654321', 'a1b2c3d4e5f6', 'example']) expect(out.toLowerCase(), real).not.toContain(real);
    expect(out).toMatch(/\/[A-Za-z]+-[A-Za-z]+-\d{6}\.pdf\?trk=/);
    // A glued name maps like the same name written with a space.
    expect(out).toContain(`${a.word('Quillon')}${a.word('Vardeny')}`);
  });

  it('replaces query values encoded twice inside a redirect parameter, and keeps them encoded', () => {
    const a = new Anonymiser();
    const html = '<a href="https://www.linkedin.com/premium/products/?family=JSS&amp;destRedirectURL=https%3A%2F%2Fwww.linkedin.com%2Fsearch%2Fresults%2Fpeople%2F%3FfirstName%3DQuillon%26lastName%3DO%2527Vardeny%26origin%3DSEO">x</a>';
    const out = anonymiseHtml(html, none, a);
    expect(fullyDecoded(out).toLowerCase()).not.toContain('quillon');
    expect(fullyDecoded(out).toLowerCase()).not.toContain('vardeny');
    expect(out).toContain('&amp;destRedirectURL=https%3A%2F%2Fwww.linkedin.com%2Fsearch%2Fresults%2Fpeople%2F%3FfirstName%3D');
    expect(fullyDecoded(out)).toContain(`firstName=${a.word('Quillon')}&lastName=O'${a.word('Vardeny')}`);
  });

  it('replaces handles in links to other sites', () => {
    const out = anonymiseHtml('<a href="https://twitter.com/quillonv" rel="noopener">@quillonv</a>', none, new Anonymiser());
    expect(out).not.toMatch(/quillonv/i);
    expect(out).toMatch(/^<a href="https:\/\/[a-z]+\.com\/[a-z]{8}" rel="noopener">@[a-z]{8}<\/a>$/);
  });

  it('replaces school and job-title slugs, %-encoded letters and slashes included, and keeps LinkedIn path words', () => {
    const a = new Anonymiser();
    const html = [
      '<a href="https://www.linkedin.com/edu/zorbington-hochschule-w%C3%BCrzelberg-154070?trk=ppro_sprof">s</a>',
      '<a href="https://www.linkedin.com/title/knitting-pl%2Fsql-quilter?trk=pprofile_title">t</a>',
      '<a href="https://www.linkedin.com/in/quillon-vardeny-42/overlay/contact-info/">c</a>',
    ].join('');
    const out = anonymiseHtml(html, { vanities: ['quillon-vardeny-42'], numericIds: [] }, a);
    const decoded = fullyDecoded(out).toLowerCase();
    for (const real of ['zorbington', 'hochschule', 'würzelberg', 'wurzelberg', 'knitting', 'quilter', '154070']) expect(decoded, real).not.toContain(real);
    expect(out).toMatch(/\/edu\/[a-z]{10}-[a-z]{10}-[a-z]{10}-\d{6}\?trk=/);
    expect(out).toMatch(/\/title\/[a-z]{8}-pl%2F[a-z]{3}-[a-z]{7}\?trk=/);
    expect(out).toContain(`/in/${a.vanity('quillon-vardeny-42')}/overlay/contact-info/`);
  });

  it('treats markup inside a comment as markup', () => {
    const out = anonymiseHtml('<!-- <a href="https://www.linkedin.com/school/zorbington-academy/">Zorbington</a> -->', none, new Anonymiser());
    expect(out).not.toMatch(/zorbington/i);
    expect(out).toMatch(/^<!-- <a href="https:\/\/www\.linkedin\.com\/school\/[a-z]{10}-[a-z]{7}\/">[A-Z][a-z]{9}<\/a> -->$/);
  });
});

describe('ids', () => {
  const asset = 'C4D03AQAbCdEfGhIjKl';

  it('replaces a media asset id the same way in its urn and in its image URL', () => {
    const page = `<code>{"image":"urn:li:digitalmediaAsset:${asset}","url":"https://media.licdn.com/dms/image/${asset}/profile-displayphoto-shrink_100_100/0/1600000000000?e=1700000000&v=beta&t=AbCdEfGh"}</code>`;
    expect(findMediaAssetIds(page)).toEqual([asset]);
    const out = anonymiseHtml(page, { ...none, mediaIds: [asset] }, new Anonymiser());
    expect(out).not.toContain(asset);
    const fake = scrambleToken(asset, 'media');
    expect(out).toContain(`urn:li:digitalmediaAsset:${fake}`);
    expect(out).toContain(`/dms/image/${fake}/`);
  });

  it('replaces entity ids (activities, a member\'s positions) but keeps dates and decimal fractions', () => {
    const a = new Anonymiser();
    const text = `urn:li:activity:7123456789012345678 urn:li:fsd_profilePosition:(${ID},1234567890) at 1700000000000 ratio 0.12345678901234567`;
    const entityIds = findMemberEntityIds(text);
    expect(entityIds).toEqual(['1234567890']);
    const out = anonymiseTokens(text, { vanities: [], numericIds: entityIds }, a);
    expect(out).not.toContain('7123456789012345678');
    expect(out).toMatch(/urn:li:activity:\d{19} /);
    expect(out).not.toContain('1234567890)');
    expect(out).toContain(`(${inventMemberId(ID)},${inventDigits('1234567890')})`);
    expect(out).toContain(' at 1700000000000 ratio 0.12345678901234567');
  });
});

describe('consistency and fidelity', () => {
  it('maps a word the same way whatever its case and accents', () => {
    const a = new Anonymiser();
    expect(a.word('Zorbación')).toBe(a.word('Zorbacion'));
    expect(a.word('ZORBACION')).toBe(a.word('zorbación').toUpperCase());
  });

  it('maps a name glued in camelCase like the same name spaced, but keeps acronyms whole', () => {
    const a = new Anonymiser();
    expect(a.text('ZorbQuell')).toBe(`${a.word('Zorb')}${a.word('Quell')}`);
    // "AP" + "Is" would be two short words, one of them a kept UI word: the acronym is replaced whole.
    expect(a.text('APIs')).toMatch(/^[A-Z]{3}[a-z]$/);
    expect(a.text('APIs')).not.toBe('APIs');
  });

  it('keeps tag names inside JSON-LD strings', () => {
    const html = '<script type="application/ld+json">{"@type":"Person","description":"Zorbing since 2010.<br><br>Knitting <b>quilts</b>."}</script>';
    const out = anonymiseHtml(html, none, new Anonymiser());
    const body = /<script[^>]*>([\s\S]*)<\/script>/.exec(out)?.[1] ?? '';
    const description = (JSON.parse(body) as { description: string }).description;
    expect(description).toMatch(/^[A-Z][a-z]{6} since 2010\.<br><br>[A-Z][a-z]{7} <b>[a-z]{6}<\/b>\.$/);
  });

  it('records the real words it replaced, not the kept ones', () => {
    const a = new Anonymiser();
    const recorded = a.record();
    a.text('Show all Zorbington experiences');
    expect(Array.from(recorded)).toEqual(['zorbington']);
  });
});
