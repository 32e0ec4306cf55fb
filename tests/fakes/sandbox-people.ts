// Invented people for the LinkedIn sandbox: plausible careers, invented employers, schools and certificates (no real
// person, company or school is meant). Each is a FakePerson, from which the sandbox builds LinkedIn's JSON
// (voyager-data.ts), the 2026 profile page and its details pages (sdui-2026-pages.ts).
import type { FakePerson } from './voyager-data';

/**
 * The demo person: a senior backend engineer with every section filled. 14 roles at 9 employers (Harbor Analytics
 * holds 3 grouped roles, the current one among them), 3 educations, 25 skills (the details page pages them 10 + 10
 * + 5), 4 certifications, 3 languages, a photo on media.licdn.com, pronouns and a "Top skills" line.
 */
export const MAYA: FakePerson = {
  vanity: 'maya-ellingsworth',
  memberId: 'ACoAADmWq7Lr2bXcV9yTe4KpZs1oNf8uHgJ0dEk',
  numericMemberId: '730184562',
  firstName: 'Maya',
  lastName: 'Ellingsworth',
  pronouns: 'She/Her',
  headline: 'Senior Backend Engineer at Harbor Analytics · Go, PostgreSQL, Kafka',
  location: 'Portland, Oregon, United States',
  summary:
    'Backend engineer who likes boring, reliable systems. I design and run the services behind Harbor Analytics’ ' +
    'reporting platform: ingestion pipelines in Go, PostgreSQL tuned for billions of rows, and Kafka in between.\n' +
    'Before that I built shipment tracking at Northwind Logistics and payment reconciliation at Bluefin Payments. ' +
    'I mentor new engineers and write about on-call practices that do not burn people out.',
  topSkills: ['Go', 'Distributed Systems', 'PostgreSQL', 'Kafka', 'System Design'],
  followers: 1284,
  photoRoot: 'https://media.licdn.com/dms/image/v2/D5603AQHq3ZfW8xT2nA/profile-displayphoto-shrink_',
  positions: [
    {
      company: 'Harbor Analytics',
      title: 'Senior Backend Engineer',
      start: { year: 2022, month: 3 },
      location: 'Portland, Oregon, United States',
      workplace: 'Hybrid',
      employmentType: 'Full-time',
      description: 'Own the ingestion and query services of the reporting platform (Go, PostgreSQL, Kafka).\nLead the on-call rotation of six engineers.',
    },
    {
      company: 'Harbor Analytics',
      title: 'Backend Engineer II',
      start: { year: 2020, month: 1 },
      end: { year: 2022, month: 2 },
      location: 'Portland, Oregon, United States',
      workplace: 'Hybrid',
      employmentType: 'Full-time',
      description: 'Moved nightly batch reports to streaming aggregates; cut report latency from hours to minutes.',
    },
    {
      company: 'Harbor Analytics',
      title: 'Backend Engineer',
      start: { year: 2018, month: 6 },
      end: { year: 2019, month: 12 },
      location: 'Portland, Oregon, United States',
      workplace: 'Hybrid',
      employmentType: 'Full-time',
    },
    {
      company: 'Northwind Logistics',
      title: 'Software Engineer II',
      start: { year: 2017, month: 1 },
      end: { year: 2018, month: 5 },
      location: 'Seattle, Washington, United States',
      workplace: 'On-site',
      employmentType: 'Full-time',
      description: 'Shipment tracking APIs used by 40 carrier partners.',
    },
    {
      company: 'Northwind Logistics',
      title: 'Software Engineer',
      start: { year: 2016, month: 2 },
      end: { year: 2016, month: 12 },
      location: 'Seattle, Washington, United States',
      workplace: 'On-site',
      employmentType: 'Full-time',
    },
    {
      company: 'Bluefin Payments',
      title: 'Software Engineer',
      start: { year: 2014, month: 9 },
      end: { year: 2016, month: 1 },
      location: 'San Francisco, California, United States',
      employmentType: 'Full-time',
      description: 'Payment reconciliation jobs and the ledger export service.',
    },
    {
      company: 'Cedar Health Systems',
      title: 'Software Developer',
      start: { year: 2013, month: 6 },
      end: { year: 2014, month: 8 },
      location: 'Boise, Idaho, United States',
      employmentType: 'Full-time',
    },
    {
      company: 'Cedar Health Systems',
      title: 'Junior Software Developer',
      start: { year: 2012, month: 7 },
      end: { year: 2013, month: 5 },
      location: 'Boise, Idaho, United States',
      employmentType: 'Full-time',
    },
    {
      company: 'Quarry Labs',
      title: 'Backend Developer',
      start: { year: 2012, month: 1 },
      end: { year: 2012, month: 6 },
      workplace: 'Remote',
      employmentType: 'Contract',
    },
    {
      company: 'Lumen Freight',
      title: 'Web Developer',
      start: { year: 2010, month: 6 },
      end: { year: 2011, month: 12 },
      location: 'Tacoma, Washington, United States',
      employmentType: 'Full-time',
    },
    {
      company: 'Lumen Freight',
      title: 'IT Support Technician',
      start: { year: 2009, month: 9 },
      end: { year: 2010, month: 5 },
      location: 'Tacoma, Washington, United States',
      employmentType: 'Full-time',
    },
    {
      company: 'Pinecrest Media',
      title: 'Web Development Intern',
      start: { year: 2009, month: 6 },
      end: { year: 2009, month: 8 },
      location: 'Spokane, Washington, United States',
      employmentType: 'Internship',
    },
    {
      company: 'Lakeshore State University',
      title: 'Research Assistant',
      start: { year: 2007, month: 9 },
      end: { year: 2009, month: 5 },
      employmentType: 'Part-time',
      description: 'Query planning experiments for a teaching database.',
    },
    {
      company: 'Alder Street Coffee',
      title: 'Barista',
      start: { year: 2005, month: 6 },
      end: { year: 2007, month: 8 },
      employmentType: 'Part-time',
    },
  ],
  educations: [
    { school: 'Lakeshore State University', degree: 'Master of Science - MS', field: 'Computer Science', start: { year: 2007 }, end: { year: 2009 } },
    { school: 'Westbridge Institute of Technology', degree: 'Bachelor of Science - BS', field: 'Software Engineering', start: { year: 2003 }, end: { year: 2007 } },
    { school: 'Riverside Community College', degree: 'Associate of Science - AS', field: 'Mathematics', start: { year: 2001 }, end: { year: 2003 } },
  ],
  skills: [
    'Go',
    'PostgreSQL',
    'Distributed Systems',
    'Apache Kafka',
    'gRPC',
    'Kubernetes',
    'Terraform',
    'Python',
    'Java',
    'Redis',
    'REST APIs',
    'Microservices',
    'System Design',
    'Amazon Web Services (AWS)',
    'Docker',
    'Observability',
    'Event-Driven Architecture',
    'SQL',
    'Linux',
    'CI/CD',
    'Technical Leadership',
    'Mentoring',
    'API Design',
    'Data Modeling',
    'Performance Tuning',
  ],
  certifications: [
    { name: 'Kubernetes Application Developer', authority: 'Cloud Native Skills Board', issued: { year: 2024, month: 3 }, credentialId: 'KAD-2403-18842' },
    { name: 'Professional Cloud Architect', authority: 'Granite Cloud', issued: { year: 2022, month: 11 }, url: 'https://credentials.granitecloud.example/verify/PCA-55120' },
    { name: 'PostgreSQL Performance Specialist', authority: 'Open Database Guild', issued: { year: 2021, month: 6 } },
    { name: 'Secure Coding Practitioner', authority: 'AppSec Training Institute', issued: { year: 2019, month: 2 }, credentialId: 'SCP-0219-7731' },
  ],
  languages: ['English', 'Spanish', 'Swedish'],
  languageProficiencies: { English: 'NATIVE_OR_BILINGUAL', Spanish: 'PROFESSIONAL_WORKING', Swedish: 'ELEMENTARY' },
};

/**
 * A freelance product designer: 14 single-role client contracts (the experience details page pages them 10 + 4),
 * one education, a few skills, no certifications and no languages.
 */
export const THEO: FakePerson = {
  vanity: 'theo-marchetti',
  memberId: 'ACoAAC4nVx8Jq2LmTz0Rb6WkYs3pHd9eGf1aUo5',
  numericMemberId: '518820347',
  firstName: 'Theo',
  lastName: 'Marchetti',
  headline: 'Freelance Product Designer · UX research and design systems for small teams',
  location: 'Austin, Texas, United States',
  summary: 'I help small teams turn messy workflows into clear products: research, prototypes and design systems that developers enjoy using.',
  followers: 412,
  photoRoot: 'https://media.licdn.com/dms/image/v2/D4E03AQG7tRk2yPn0sA/profile-displayphoto-shrink_',
  positions: [
    { company: 'Willow & Finch Studio', title: 'Product Designer', start: { year: 2026, month: 6 }, workplace: 'Remote', employmentType: 'Freelance' },
    { company: 'Northgate Realty', title: 'UX Designer', start: { year: 2025, month: 11 }, end: { year: 2026, month: 5 }, workplace: 'Remote', employmentType: 'Freelance' },
    { company: 'Ironwood Legal Services', title: 'UX Researcher', start: { year: 2025, month: 6 }, end: { year: 2025, month: 10 }, workplace: 'Remote', employmentType: 'Contract' },
    { company: 'Larkspur Fitness', title: 'Product Designer', start: { year: 2025, month: 1 }, end: { year: 2025, month: 5 }, location: 'Austin, Texas, United States', workplace: 'Hybrid', employmentType: 'Freelance' },
    { company: 'Blue Heron Bakery', title: 'Web Designer', start: { year: 2024, month: 9 }, end: { year: 2024, month: 12 }, workplace: 'Remote', employmentType: 'Freelance' },
    { company: 'Kestrel Travel', title: 'UX Designer', start: { year: 2024, month: 3 }, end: { year: 2024, month: 8 }, workplace: 'Remote', employmentType: 'Contract', description: 'Booking flow redesign; checkout abandonment down by a fifth.' },
    { company: 'Stonebridge Architects', title: 'Design Systems Consultant', start: { year: 2023, month: 10 }, end: { year: 2024, month: 2 }, workplace: 'Remote', employmentType: 'Freelance' },
    { company: 'Fernwood Public Library', title: 'UX Researcher', start: { year: 2023, month: 5 }, end: { year: 2023, month: 9 }, location: 'Austin, Texas, United States', workplace: 'On-site', employmentType: 'Contract' },
    { company: 'Meridian City Transit', title: 'Service Designer', start: { year: 2022, month: 10 }, end: { year: 2023, month: 4 }, location: 'Austin, Texas, United States', workplace: 'Hybrid', employmentType: 'Contract' },
    { company: 'Orchard & Vine Wines', title: 'E-commerce Designer', start: { year: 2022, month: 4 }, end: { year: 2022, month: 9 }, workplace: 'Remote', employmentType: 'Freelance' },
    { company: 'Summit Ridge Credit Union', title: 'UX Designer', start: { year: 2021, month: 9 }, end: { year: 2022, month: 3 }, workplace: 'Remote', employmentType: 'Contract' },
    { company: 'Copperleaf Software', title: 'Product Designer', start: { year: 2020, month: 11 }, end: { year: 2021, month: 8 }, workplace: 'Remote', employmentType: 'Contract' },
    { company: 'Brightline Dental Group', title: 'Web Designer', start: { year: 2020, month: 5 }, end: { year: 2020, month: 10 }, workplace: 'Remote', employmentType: 'Freelance' },
    { company: 'Tidewater Outfitters', title: 'Junior UX Designer', start: { year: 2019, month: 6 }, end: { year: 2020, month: 4 }, location: 'Corpus Christi, Texas, United States', workplace: 'On-site', employmentType: 'Full-time' },
  ],
  educations: [{ school: 'Gulf Coast School of Art and Design', degree: 'Bachelor of Fine Arts - BFA', field: 'Graphic Design', start: { year: 2015 }, end: { year: 2019 } }],
  skills: ['User Experience (UX)', 'User Research', 'Prototyping', 'Design Systems', 'Figma', 'Usability Testing', 'Information Architecture', 'Accessibility', 'Service Design'],
};

/** A data analyst with short sections and no About, pronouns, top skills or photo. */
export const JONAH: FakePerson = {
  vanity: 'jonah-whitcombe',
  memberId: 'ACoAABz5Tq1Wd7Nc3Vh8Lp0Kx4Rm6Gy2Js9EaFo',
  numericMemberId: '402917736',
  firstName: 'Jonah',
  lastName: 'Whitcombe',
  headline: 'Senior Data Analyst at Cedar Health Systems',
  location: 'Boise, Idaho, United States',
  positions: [
    { company: 'Cedar Health Systems', title: 'Senior Data Analyst', start: { year: 2023, month: 4 }, location: 'Boise, Idaho, United States', employmentType: 'Full-time' },
    { company: 'Cedar Health Systems', title: 'Data Analyst', start: { year: 2020, month: 8 }, end: { year: 2023, month: 3 }, location: 'Boise, Idaho, United States', employmentType: 'Full-time' },
    { company: 'Tidewater Outfitters', title: 'Business Intelligence Analyst', start: { year: 2018, month: 6 }, end: { year: 2020, month: 7 }, location: 'Corpus Christi, Texas, United States', employmentType: 'Full-time' },
    { company: 'Summit Ridge Credit Union', title: 'Analytics Intern', start: { year: 2017, month: 5 }, end: { year: 2017, month: 8 }, employmentType: 'Internship' },
  ],
  educations: [
    { school: 'Westbridge Institute of Technology', degree: 'Bachelor of Science - BS', field: 'Statistics', start: { year: 2014 }, end: { year: 2018 } },
    { school: 'Riverside Community College', field: 'Mathematics', start: { year: 2012 }, end: { year: 2014 } },
  ],
  skills: ['SQL', 'Python', 'Tableau', 'Power BI', 'Data Visualization', 'Statistics', 'Excel', 'dbt', 'A/B Testing', 'Data Cleaning', 'Healthcare Analytics', 'Stakeholder Management'],
  certifications: [
    { name: 'Applied SQL for Analysts', authority: 'Open Database Guild', issued: { year: 2021, month: 10 } },
    { name: 'Dashboard Design Fundamentals', authority: 'Visual Data Institute', issued: { year: 2023, month: 2 } },
  ],
  languages: ['English'],
  languageProficiencies: { English: 'NATIVE_OR_BILINGUAL' },
};

export const SANDBOX_PEOPLE: readonly FakePerson[] = [MAYA, THEO, JONAH];
