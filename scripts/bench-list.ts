// `npm run bench:list`: a list save of 25 people to Leonar through the real outbox processor and the real Leonar client,
// against the local Leonar fake over HTTP (each answer delayed like a real server). Goal: ONE add-to-project call and
// no lookup for the whole list. Prints the calls, what each person became, and the time from enqueue to the last job
// done. The outbox store is in memory (same interface as storage.local's; the processor cannot tell).
// First: gives Node a chrome.i18n in English before @wxt-dev/i18n looks for the browser.
import '@/lib/i18n-node-english';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SECTIONS, profileSchema, type Profile } from '@/lib/profile/profile';
import type { Job, JobPayload } from '@/lib/outbox/job';
import { createProcessor } from '@/lib/outbox/processor';
import type { OutboxStore, PayloadRead, SetAside } from '@/lib/outbox/store';
import { createLeonarFake, LEONAR_PROJECTS, LEONAR_TEST_KEY } from '@/lib/vendors/leonar/fake';
import { createLeonarHttp, leonar, type LeonarOptions } from '@/lib/vendors/leonar/index';
import { findVendor } from '@/lib/vendors';
import type { SaveRequest } from '@/lib/vendors/vendor';

const PEOPLE = 25;
const ALREADY_IN_PROJECT = 3;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 150);

/** The outbox store's contract, in memory: one promise chain, as the real one. */
function memoryStore(): OutboxStore {
  let jobs: Job[] = [];
  let aside: SetAside[] = [];
  const payloads = new Map<string, JobPayload>();
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(step: () => T): Promise<T> => {
    const next = chain.then(step);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    read: () => serial(() => structuredClone(jobs)),
    mutate: (change) =>
      serial(() => {
        const out = change(structuredClone(jobs));
        jobs = out.jobs;
        return out.value;
      }),
    mutateAside: (change) =>
      serial(() => {
        const out = change(structuredClone(aside), structuredClone(jobs));
        aside = out.aside;
        jobs = out.jobs;
        return out.value;
      }),
    sweep: async () => 0,
    readAside: () => serial(() => structuredClone(aside)),
    writePayload: async (id, payload) => {
      payloads.set(id, structuredClone(payload));
      return true;
    },
    readPayload: async (id): Promise<PayloadRead> => {
      const payload = payloads.get(id);
      return payload ? { kind: 'ok', payload: structuredClone(payload) } : { kind: 'missing' };
    },
    readRawPayload: async (id) => (payloads.has(id) ? { version: 2, value: payloads.get(id) } : null),
    dropPayload: async (id) => void payloads.delete(id),
  };
}

const NOT_VISITED = { read: 0, total: null, loaded: false, gap: { reason: 'not-visited' } };

/** A person as a list page gives them: name, headline, location, public URL; no section read. Invented. */
function listPerson(i: number): Profile {
  const first = ['Ada', 'Basile', 'Chloé', 'Dimitri', 'Elsa'][i % 5]!;
  const last = `Benchperson${String(i).padStart(2, '0')}`;
  return profileSchema.parse({
    profileUrl: `https://www.linkedin.com/in/${first.toLowerCase()}-${last.toLowerCase()}/`,
    publicIdentifier: `${first.toLowerCase()}-${last.toLowerCase()}`,
    memberId: null,
    numericMemberId: null,
    fullName: `${first} ${last}`,
    firstName: first,
    lastName: last,
    headline: `Backend engineer ${i}`,
    location: 'Lyon, Auvergne-Rhône-Alpes, France',
    photoUrl: null,
    about: null,
    currentJob: null,
    experiences: [],
    educations: [],
    skills: [],
    languages: [],
    certifications: [],
    websites: [],
    completeness: Object.fromEntries(SECTIONS.map((s) => [s, NOT_VISITED])),
    warnings: [],
    sources: ['list'],
  });
}

async function main(): Promise<void> {
  const fake = createLeonarFake();
  fake.delayMs = LATENCY_MS;
  const server = createServer((req, res) => void fake.router(req, res, new URL(req.url ?? '/', 'https://app.leonar.app')));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const toFake: typeof fetch = (input, init) => fetch(String(input).replace(/^https:\/\/app\.leonar\.app/, origin), init);

  const people = Array.from({ length: PEOPLE }, (_, i) => listPerson(i));
  fake.seedInProject(
    LEONAR_PROJECTS.backend,
    people.slice(0, ALREADY_IN_PROJECT).map((p) => ({ first_name: p.firstName, last_name: p.lastName, linkedin_url: p.profileUrl })),
  );
  const options: LeonarOptions = leonar.defaultOptions({});
  const request: SaveRequest = {
    vendor: 'leonar',
    targetId: LEONAR_PROJECTS.backend,
    stageId: null,
    note: null,
    contacts: { emails: [], phones: [] },
    atsUrls: [],
    options: { ...options },
  };
  const settings = { apiKey: LEONAR_TEST_KEY };
  const http = createLeonarHttp(settings, toFake);
  const store = memoryStore();
  // The registry's Leonar (the very object the worker opens), typed as any vendor.
  const registered = findVendor('leonar');
  if (!registered) throw new Error('Leonar is not registered');
  let n = 0;
  const processor = createProcessor({
    store,
    open: async () => ({ vendor: registered, ctx: { http, settings, now: () => new Date() } }),
    now: () => Date.now(),
    random: () => Math.random(),
    newId: () => `bench-${++n}`,
    isOnline: () => true,
    scheduler: { schedule: () => undefined },
    instanceId: 'bench',
  });

  const started = Date.now();
  await processor.enqueueMany(
    people.map((profile) => ({ profile, requests: [request] })),
    'list',
    'bench-group',
  );
  await processor.run();
  server.close();

  const jobs = await processor.list({ groupId: 'bench-group' });
  const statuses = jobs.map((j) => (j.state.kind === 'done' ? j.state.result.status : j.state.kind));
  const count = (s: string) => statuses.filter((x) => x === s).length;
  const saveCalls = fake.count('POST', '/sourcing/add-to-project');
  const others = fake.requests.length - saveCalls;
  const lastDone = Math.max(...jobs.map((j) => (j.state.kind === 'done' ? j.state.at : 0)));
  console.log(`list save: ${PEOPLE} people to Leonar (${ALREADY_IN_PROJECT} already in the project), fake latency ${LATENCY_MS} ms`);
  console.log(`add-to-project calls: ${saveCalls}`);
  console.log(`other requests (lookups…): ${others}`);
  console.log(`added: ${count('added')}, skipped: ${count('skipped')}, not done: ${statuses.filter((s) => s !== 'added' && s !== 'skipped').length}`);
  console.log(`enqueue → last job done: ${lastDone - started} ms`);
  const ok = saveCalls === 1 && others === 0 && count('skipped') === ALREADY_IN_PROJECT && count('added') === PEOPLE - ALREADY_IN_PROJECT;
  console.log(ok ? 'goal met: 1 save call, 0 lookups' : 'GOAL NOT MET');
  process.exitCode = ok ? 0 : 1;
}

void main();
