/** What report.yaml names in other files: the source it is based on and its key figures. */
export interface ReportRefs {
  source: string;
  keyFigures: readonly string[];
}

/** Where the report's references point, as editors see the files: `content/report.yaml` ... */
export interface ReportFiles {
  report: string;
  sources: string;
  figures: string;
}

/**
 * Every id report.yaml names exists: its source in sources.yaml, each key figure in the figures. A
 * typo would otherwise stop the build on whichever page shows it first, naming that page.
 */
export function reportRefProblems(
  report: ReportRefs,
  known: { figures: ReadonlySet<string>; sources: ReadonlySet<string> },
  files: ReportFiles,
): string[] {
  return [
    ...(known.sources.has(report.source)
      ? []
      : [`${files.report} names source "${report.source}", but ${files.sources} has no source with this id.`]),
    ...report.keyFigures
      .filter((id) => !known.figures.has(id))
      .map((id) => `keyFigures in ${files.report} names figure "${id}", but no figure in ${files.figures} has this id.`),
  ];
}
