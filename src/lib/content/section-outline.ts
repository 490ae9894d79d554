/**
 * The headings and charts of a section's MDX body, in reading order, for its "on this page"
 * list. Headings are level 2 and 3 (the page's h1 is the section title); a chart is a
 * `<Chart id="…"/>` on a line of its own, the only form the section pages use.
 */
export type OutlineItem = { kind: 'heading'; depth: 2 | 3; text: string } | { kind: 'chart'; id: string };

export function sectionOutline(body: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const heading = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      items.push({ kind: 'heading', depth: heading[1]?.length === 2 ? 2 : 3, text: heading[2] ?? '' });
      continue;
    }
    for (const chart of line.matchAll(/<Chart\s+id=["']([^"']+)["']/g)) items.push({ kind: 'chart', id: chart[1] ?? '' });
  }
  return items;
}
