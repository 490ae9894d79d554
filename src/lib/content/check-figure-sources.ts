/** What the source check needs of a figure: its id, the source it names and its file. */
export interface FigureSourceRef {
  id: string;
  source: string;
  file: string;
}

/**
 * Every figure cites a source of sources.yaml: a figure whose source is missing would reach a chart
 * or a download, which would blame itself. One line per such figure, sorted by id, so that the
 * message does not depend on the order the content store returns entries in.
 */
export function figureSourceProblems(figures: readonly FigureSourceRef[], sourceIds: ReadonlySet<string>, sourcesFile: string): string[] {
  const ids = sourceIds.size > 0 ? `Source ids: ${[...sourceIds].sort().join(', ')}.` : 'It has no sources yet.';
  return figures
    .filter((figure) => !sourceIds.has(figure.source))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(
      (figure) =>
        `${figure.file}: figure "${figure.id}" names source "${figure.source}", but ${sourcesFile} has no source with this id. ${ids}`,
    );
}
