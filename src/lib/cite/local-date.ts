/** A date as YYYY-MM-DD in the reader's own time zone: the access date GB/T 7714 asks for is the reader's calendar day. */
export function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
