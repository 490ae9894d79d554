/*
 * <copy-citation>: one citation format with a copy button. The button is made here, so a page
 * without JavaScript shows the text alone, to select. GB/T 7714's access date ([引用日期]) is filled
 * in with the reader's date, on the page and in what is copied. Where the clipboard is refused (a
 * page served over plain http), the text is selected instead, for the device's own copy command.
 */
import { localDate } from '../lib/cite/local-date.ts';

class CopyCitation extends HTMLElement {
  connectedCallback(): void {
    const source = this.querySelector<HTMLElement>('[data-copy-text]');
    if (source === null || this.querySelector('button') !== null) return;
    for (const field of source.querySelectorAll<HTMLElement>('[data-access-date]')) field.textContent = `[${localDate(new Date())}]`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = this.dataset['copy'] ?? '';
    const status = document.createElement('span');
    status.className = 'copy-status';
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(source.innerText.trim()).then(
        () => (status.textContent = this.dataset['copied'] ?? ''),
        () => {
          getSelection()?.selectAllChildren(source);
          status.textContent = this.dataset['selected'] ?? '';
        },
      );
    });
    (this.querySelector('.format-head') ?? this).append(button, status);
  }
}

customElements.define('copy-citation', CopyCitation);
