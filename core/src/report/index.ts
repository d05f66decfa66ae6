/** Publication of the scores (FSJC-SCO-012): editions, CSV and a printable page with charts. */
export { edition, PUBLIC_LEVELS, type Edition, type EditionReport, type EditionSubject } from './edition.js';
export { reportCsv } from './csv.js';
export { reportHtml, type HtmlOptions } from './html.js';
export { periodTitle } from './labels.js';
