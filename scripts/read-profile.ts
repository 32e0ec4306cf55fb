// npm run read-profile -- <capture.html|capture.json> [--url <profile url>]
// Runs the extension's own reader (readProfile) on a saved LinkedIn page or a saved Voyager dash-profile response,
// and prints the Profile (or the error) as JSON. Exit code 0 on a profile, 2 otherwise.
import { SECTIONS } from '@/lib/profile/profile';
import { readProfileFromFile } from './lib/read-file';

const USAGE = 'usage: npm run read-profile -- <capture.html|capture.json> [--url <profile url>]';

interface Args {
  file: string;
  url: string | null;
}

function parseArgs(argv: readonly string[]): Args | string {
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
  return file ? { file, url } : USAGE;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const outcome = await readProfileFromFile(args);
  if (typeof outcome === 'string') {
    console.error(outcome);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(outcome.ok ? outcome.profile : { error: outcome.error }, null, 2)}\n`);
  if (outcome.ok) {
    // What a saved page alone cannot say: which sections are missing or short, and why (stderr, so stdout stays JSON).
    for (const section of SECTIONS) {
      const c = outcome.profile.completeness[section];
      if (!c.loaded) console.error(`not loaded: ${section} (${c.gap?.reason ?? 'unknown'}${c.gap?.status ? ` ${c.gap.status}` : ''})`);
      else if (c.total !== null && c.read < c.total) console.error(`short: ${section} ${c.read} of ${c.total}`);
    }
  }
  if (!outcome.ok) console.error(`${outcome.error.code}${outcome.error.reason ? ` (${outcome.error.reason})` : ''}: ${outcome.error.message}`);
  return outcome.ok ? 0 : 2;
}

process.exitCode = await main();
