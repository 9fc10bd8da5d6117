/**
 * A printable document as data: the feature says what goes in it (minutes, an access report), this
 * lib lays it out the same way as HTML (screen and print) and as PDF (A4). All text is plain text;
 * the renderers escape it.
 */
export interface PrintableDocument {
  title: string;
  subtitle?: string;
  /** BCP 47 language of the text, `nl` for documents for Dutch users. */
  language: string;
  /** Label–value lines under the title (reference, date, addressee). */
  meta: DocumentFact[];
  sections: DocumentSection[];
  /** Small print at the end of every PDF page and of the HTML page. */
  footer?: string;
}

export interface DocumentFact {
  label: string;
  value: string;
}

export interface DocumentTable {
  columns: string[];
  rows: string[][];
  /** Said instead of an empty table, so absence is explicit ("Geen signalen"). */
  empty: string;
}

export interface DocumentSection {
  heading: string;
  paragraphs?: string[];
  facts?: DocumentFact[];
  table?: DocumentTable;
  subsections?: DocumentSection[];
}
