/**
 * A group author as reference lists write it: the full name without the abbreviation the prose
 * introduces ("State Post Bureau (SPB)" → "State Post Bureau"). APA 7 §9.11 uses the
 * abbreviation only in in-text citations.
 */
export function groupAuthorName(name: string): string {
  return name.replace(/\s*[（(][^（）()]*[）)]\s*$/u, '');
}
