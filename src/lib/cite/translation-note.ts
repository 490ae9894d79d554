import type { CitedWork } from './cited-work.ts';

/** The reference files' note on the English version: whose translation it is and where it is published. */
export function translationNote(work: CitedWork): string | undefined {
  return work.translatedIn === undefined ? undefined : `English translation in: ${work.translatedIn}`;
}
