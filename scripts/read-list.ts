// npm run read-list -- <page.html> --url <page url>
// Runs the extension's list reader on a saved LinkedIn list page (people search, Sales Navigator search or lead
// list) or a Sales Navigator lead page, and prints [{fullName, headline, location, profileUrl, memberId}] as JSON.
// Exit code 0 when people were read, 2 otherwise (the structured error on stderr).
import { readFileSync } from 'node:fs';
import { readLead, readList } from '@/lib/linkedin/list/read-list';
import type { ListPerson } from '@/lib/linkedin/list/types';
import { detectPageKind } from '@/lib/linkedin/page-kind';
import { parsePage } from './lib/read-file';

const USAGE = 'usage: npm run read-list -- <page.html> --url <page url>';

function parseArgs(argv: readonly string[]): { file: string; url: string } | string {
  let file: string | null = null;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--url') {
      url = argv[++i] ?? null;
      if (!url) return '--url needs a value';
    } else if (a.startsWith('--url=')) {
      url = a.slice('--url='.length);
    } else if (a === '--help' || a === '-h') {
      return USAGE;
    } else if (!file) {
      file = a;
    } else {
      return `unexpected argument ${a}`;
    }
  }
  if (!file) return USAGE;
  // A saved page does not say which list it was: the URL decides the kind (as in the browser).
  if (!url) return `--url is needed (the list kind comes from the page's address)\n${USAGE}`;
  return { file, url };
}

function printable(person: ListPerson) {
  return {
    fullName: person.fullName,
    headline: person.headline ?? null,
    location: person.location ?? null,
    profileUrl: person.profileUrl ?? null,
    memberId: person.memberId ?? null,
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  let html: string;
  try {
    html = readFileSync(args.file, 'utf8');
  } catch (err) {
    console.error(`cannot read ${args.file}: ${err instanceof Error ? err.message : String(err)}`);
    return 2;
  }
  const { window, document } = parsePage(html, args.url);
  try {
    const lead = detectPageKind(args.url).kind === 'salesnav-lead';
    const outcome = lead ? readLead({ document, url: args.url }) : readList({ document, url: args.url });
    if (!outcome.ok) {
      console.error(`${outcome.error.code}: ${outcome.error.message}${outcome.error.issues ? `\n  ${outcome.error.issues.join('\n  ')}` : ''}`);
      return 2;
    }
    const people = 'people' in outcome.page ? outcome.page.people : [outcome.page.person];
    process.stdout.write(`${JSON.stringify(people.map(printable), null, 2)}\n`);
    const missing = people.filter((p) => p.publicUrlMissing).length;
    console.error(`${outcome.page.kind} (${outcome.page.layout}): ${people.length} people${missing ? `, ${missing} without a public URL` : ''}${'unread' in outcome.page && outcome.page.unread ? `, ${outcome.page.unread} entries unread` : ''}`);
    return 0;
  } finally {
    await window.happyDOM.close();
  }
}

process.exitCode = await main();
