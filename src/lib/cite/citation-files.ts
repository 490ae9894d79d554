/** The report's reference files, served beside each language's pages under cite/ (/cite/report.bib, /en/cite/report.bib). */
export const citationFiles = [
  { name: 'report.bib', label: 'BibTeX' },
  { name: 'report.ris', label: 'RIS' },
  { name: 'report.json', label: 'CSL-JSON' },
] as const;
