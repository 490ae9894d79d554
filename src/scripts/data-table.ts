/*
 * The data page's table, enhanced: a section filter, a text filter and sortable columns. Without
 * this script the whole table shows in the report's order and the filter form stays hidden. The
 * table is the data: rows are shown, hidden and reordered, never rebuilt.
 */
import { rowMatches, sortRows, type SortDirection, type TableRow } from '../lib/dataset/table-order.ts';

interface Row extends TableRow {
  element: HTMLTableRowElement;
}

function readRows(table: HTMLTableElement, columns: readonly string[]): Row[] {
  return [...table.tBodies[0]!.rows].map((element) => {
    const cells = [...element.cells];
    const keys: Record<string, string | number> = {};
    for (const [index, column] of columns.entries()) {
      const cell = cells[index];
      if (cell === undefined) continue;
      const value = cell.dataset['sortValue'];
      keys[column] = value === undefined ? (cell.textContent ?? '').trim() : Number(value);
    }
    return { element, keys, section: element.dataset['section'] ?? '', text: element.textContent ?? '' };
  });
}

function enhance(form: HTMLFormElement, table: HTMLTableElement): void {
  const headers = [...table.tHead!.rows[0]!.cells];
  const columns = headers.map((header, index) => header.dataset['column'] ?? String(index));
  const rows = readRows(table, columns);
  const body = table.tBodies[0]!;
  const section = form.elements.namedItem('section') as HTMLSelectElement;
  const query = form.elements.namedItem('query') as HTMLInputElement;
  const count = form.querySelector<HTMLOutputElement>('output')!;
  const countText = count.dataset['template'] ?? '{shown} / {total}';

  const filter = () => {
    let shown = 0;
    for (const row of rows) {
      const match = rowMatches(row, section.value, query.value);
      row.element.hidden = !match;
      if (match) shown += 1;
    }
    count.value = countText.replace('{shown}', String(shown)).replace('{total}', String(rows.length));
  };

  // A sortable column's header becomes a button; aria-sort tells which column orders the rows.
  for (const header of headers.filter((candidate) => candidate.dataset['sortable'] !== undefined)) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...header.childNodes);
    header.append(button);
    button.addEventListener('click', () => {
      const direction: SortDirection = header.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', direction);
      const column = header.dataset['column'] ?? '';
      body.append(...sortRows(rows, column, direction, document.documentElement.lang).map((row) => row.element));
    });
  }

  form.addEventListener('input', filter);
  // The form only filters: Enter in the text field must not reload the page.
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  filter();
}

const form = document.querySelector<HTMLFormElement>('form[data-table-filter]');
const table = document.querySelector<HTMLTableElement>('table[data-figures-table]');
if (form !== null && table !== null) enhance(form, table);
