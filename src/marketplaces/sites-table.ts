import { MARKETPLACE_IMAGE_HOSTS, MARKETPLACE_NAMES } from '../model/marketplace';
import { sites } from './sites';

/**
 * README › Permissions, the part that grows with every marketplace: where the content script runs
 * and which image servers may be asked for. Generated from the same data as the manifest, so the
 * README cannot fall behind it (tests/readme.test.ts).
 */
export function sitePermissionsMarkdownTable(): string {
  const rows = sites.map((site) => {
    const name = MARKETPLACE_NAMES[site.id as keyof typeof MARKETPLACE_NAMES];
    const images = MARKETPLACE_IMAGE_HOSTS[site.id] ?? [];
    const imageText = images.length === 0 ? '—' : `${images.map((h) => `\`${h}\``).join(', ')} (optional, asked on your first re-drawn capture there)`;
    const code = (patterns: readonly string[]) => patterns.map((p) => `\`${p}\``).join(', ');
    const readerText = site.readerMatchPatterns.every((p) => site.matchPatterns.includes(p)) && site.readerMatchPatterns.length === site.matchPatterns.length ? 'the same pages (each is an order page)' : code(site.readerMatchPatterns);
    return `| ${name} | ${code(site.matchPatterns)} | ${readerText} | ${imageText} |`;
  });
  return ['| marketplace | content script runs only on | with its reader bundle on (the order pages) | image servers |', '|---|---|---|---|', ...rows].join('\n');
}
