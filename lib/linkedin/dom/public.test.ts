import { describe, expect, it } from 'vitest';
import { isGrade, readPublicPage } from './public';
import { readPublic2016Page } from './public-2016';

function page(head: string, body: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const person = {
  '@context': 'http://schema.org',
  '@graph': [
    { '@type': 'WebPage', name: 'ignored' },
    {
      '@type': 'Person',
      name: 'Jane Doe',
      jobTitle: ['Staff Engineer'],
      address: { '@type': 'PostalAddress', addressLocality: 'Greater Lyon Area' },
      worksFor: [{ '@type': 'Organization', name: 'Acme' }],
      description: 'First paragraph.<br><br>Second &amp; last.',
      knowsLanguage: [{ '@type': 'Language', name: 'French' }, { '@type': 'Language', name: 'Basque' }],
      image: { '@type': 'ImageObject', contentUrl: 'https://media.licdn.com/jane-200.jpg' },
    },
  ],
};
const guestHead = `<link rel="canonical" href="https://fr.linkedin.com/in/jane-doe"><script type="application/ld+json">${JSON.stringify(person)}</script>`;
const guestBody = `
<h1 class="top-card-layout__title">Jane Doe</h1>
<h2 class="top-card-layout__headline">Builder of useful things</h2>
<section data-section="experience"><ul>
  <li class="experience-item"><span class="experience-item__title">Staff Engineer</span><span class="experience-item__subtitle">Acme</span>
    <p class="experience-item__meta-item"><span class="date-range"><time>janv. 2020</time> - aujourd’hui <span>4 ans</span></span></p>
    <p class="experience-item__meta-item">Lyon</p></li>
  <li class="experience-group"><h4 class="experience-group-header__company">Contoso</h4><ul>
    <li class="experience-group-position"><span class="experience-item__title">Lead</span><span class="experience-item__subtitle">Contoso Ltd.</span>
      <p class="experience-item__meta-item"><span class="date-range"><time>Jun 2017</time> - <time>Dec 2019</time></span></p></li>
  </ul></li>
</ul></section>
<section data-section="educationsDetails"><ul><li><h3>Example University</h3><h4><span>Master's degree</span><span data-section="educations">Physics</span></h4>
  <span class="date-range"><time>2012</time> - <time>2014</time></span></li>
  <li><h3>Lycée Example</h3><h4><span data-section="educations">Sciences</span><span data-section="educations">18 of 20</span></h4></li>
  <li><h3>Example College</h3><h4><span>Bachelor's degree</span><span data-section="educations">9.7 of 10</span></h4></li></ul></section>
<section data-section="certifications"><ul>
  <li><h3><a href="#">Cloud Basics</a></h3><h4><a href="#">Example Academy</a></h4></li>
  <li><h3>First Aid</h3></li></ul></section>
<section data-section="languages"><ul><li><h3>English</h3><h4>Full professional proficiency</h4></li><li><h3>French</h3></li></ul></section>
<div data-semaphore-content-urn="urn:li:member:777"></div>`;

describe('readPublicPage', () => {
  it('reads JSON-LD and the guest DOM; the headline is not the current title', () => {
    const { fragment } = readPublicPage(page(guestHead, guestBody), new URL('https://fr.linkedin.com/in/jane-doe'));
    expect(fragment).toMatchObject({
      publicIdentifier: 'jane-doe',
      numericMemberId: '777',
      fullName: 'Jane Doe',
      headline: 'Builder of useful things',
      location: 'Greater Lyon Area',
      photoUrl: 'https://media.licdn.com/jane-200.jpg',
      about: 'First paragraph.\n\nSecond & last.',
      currentJob: { title: 'Staff Engineer', company: 'Acme' },
    });
    expect(fragment?.experiences?.map((e) => [e.title, e.company, e.isCurrent, e.startDate, e.endDate])).toEqual([
      ['Staff Engineer', 'Acme', true, { year: 2020, month: 1 }, null],
      ['Lead', 'Contoso', false, { year: 2017, month: 6 }, { year: 2019, month: 12 }],
    ]);
    expect(fragment?.educations).toEqual([
      { school: 'Example University', degree: "Master's degree", field: 'Physics', startDate: { year: 2012 }, endDate: { year: 2014 } },
      { school: 'Lycée Example', degree: null, field: 'Sciences', startDate: null, endDate: null },
      { school: 'Example College', degree: "Bachelor's degree", field: null, startDate: null, endDate: null },
    ]);
    expect(fragment?.certifications).toEqual([
      { name: 'Cloud Basics', authority: 'Example Academy' },
      { name: 'First Aid', authority: null },
    ]);
    expect(fragment?.languages).toEqual(['English', 'French', 'Basque']);
    expect(fragment?.memberId).toBeUndefined();
  });

  it('tells grades from fields of study', () => {
    for (const grade of ['18 of 20', '9.7 of 10', '3.8/4.0', '16,5 sur 20', '110']) expect(isGrade(grade), grade).toBe(true);
    for (const field of ['Physics', 'Arts, Media, and Management', 'Web 2.0 Design', 'ICT 4 Development']) expect(isGrade(field), field).toBe(false);
  });

  it('refuses a page whose canonical address names another person', () => {
    const result = readPublicPage(page(guestHead, guestBody), new URL('https://www.linkedin.com/in/john-roe/'));
    expect(result.fragment).toBeNull();
    expect(result.warnings.map((w) => w.code)).toEqual(['identity-mismatch']);
  });

  it('returns null on logged-in pages', () => {
    const ember = page('', '<main><section data-member-id="1"><h1>X</h1></section></main>');
    expect(readPublicPage(ember, new URL('https://www.linkedin.com/in/jane-doe/')).fragment).toBeNull();
  });
});

describe('readPublic2016Page', () => {
  const body = `<section id="topcard"><div class="profile-picture"><img class="image photo lazy-load" data-delayed-url="https://media.licdn.com/mpr/jane.jpg" alt="Jane Doe"></div>
<h1 id="name" class="fn">Jane Doe</h1><p class="headline title">Software Artist</p><span class="locality">Berlin Area, Germany</span></section>
<section id="experience"><ul><li class="position"><h4 class="item-title">CEO</h4><h5 class="item-subtitle">Example IT</h5>
  <span class="date-range"><time>February 2011</time>– Present (5 years 7 months)</span><span class="location">Münster Area</span></li>
<li class="position"><h4 class="item-title">Architect</h4><h5 class="item-subtitle">Beta</h5><span class="date-range"><time>April 2016</time>–<time>July 2016</time>(4 months)</span></li></ul></section>
<section id="education"><ul><li class="school"><h4 class="item-title">Example School</h4><h5 class="item-subtitle"><span class="translated translation">B.Sc., Informatik</span><span class="original translation">BSc, Computer Science</span></h5>
  <span class="date-range"><time>2012</time>–<time>2015</time></span></li></ul></section>
<section id="certifications"><ul class="certifications"><li class="certification"><header><h4 class="item-title">Scrum Master</h4><h5 class="item-subtitle"><a href="#">Example Org</a></h5></header></li></ul></section>
<section id="languages"><ul><li class="language"><div class="wrap"><h4 class="name">German</h4><p class="proficiency">Native</p></div></li><li class="language"><div class="wrap"><h4 class="name">English</h4></div></li></ul></section>
<section id="skills"><ul><li class="skill">Java</li><li class="skill extra">Go</li><li class="skill see-more">See more</li><li class="skill see-less extra">See less</li></ul></section>`;

  it('reads the 2016 page, vanity confirmed by a country-subdomain canonical', () => {
    const doc = page('<link rel="canonical" href="https://de.linkedin.com/in/jane-doe"/>', body);
    const { fragment } = readPublic2016Page(doc, new URL('https://de.linkedin.com/in/jane-doe'));
    expect(fragment).toMatchObject({
      publicIdentifier: 'jane-doe',
      fullName: 'Jane Doe',
      headline: 'Software Artist',
      location: 'Berlin Area, Germany',
      photoUrl: 'https://media.licdn.com/mpr/jane.jpg',
      skills: ['Java', 'Go'],
      languages: ['German', 'English'],
      certifications: [{ name: 'Scrum Master', authority: 'Example Org' }],
      educations: [{ school: 'Example School', degree: 'BSc', field: 'Computer Science', startDate: { year: 2012 }, endDate: { year: 2015 } }],
    });
    expect(fragment?.experiences?.map((e) => [e.title, e.isCurrent, e.endDate])).toEqual([
      ['CEO', true, null],
      ['Architect', false, { year: 2016, month: 7 }],
    ]);
  });

  it('returns null on the newer guest page', () => {
    expect(readPublic2016Page(page(guestHead, guestBody), new URL('https://fr.linkedin.com/in/jane-doe')).fragment).toBeNull();
  });
});
