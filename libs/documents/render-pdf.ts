import type PDFDocumentClass from 'pdfkit';
import { DocumentFact, DocumentSection, DocumentTable, PrintableDocument } from './printable-document';

const MARGIN = 56; // 2 cm
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';

type Pdf = PDFKit.PDFDocument;

function ensureRoom(pdf: Pdf, height: number): void {
  if (pdf.y + height > pdf.page.height - MARGIN - 20) pdf.addPage();
}

function writeFacts(pdf: Pdf, list: DocumentFact[]): void {
  const labelWidth = 150;
  const width = pdf.page.width - 2 * MARGIN;
  for (const fact of list) {
    pdf.font(FONT).fontSize(10);
    const height = Math.max(pdf.heightOfString(fact.label, { width: labelWidth }), pdf.heightOfString(fact.value, { width: width - labelWidth - 8 }));
    ensureRoom(pdf, height);
    const y = pdf.y;
    pdf.font(BOLD).text(fact.label, MARGIN, y, { width: labelWidth });
    pdf.font(FONT).text(fact.value, MARGIN + labelWidth + 8, y, { width: width - labelWidth - 8 });
    pdf.x = MARGIN;
    pdf.y = y + height + 2;
  }
  pdf.moveDown(0.4);
}

function writeTable(pdf: Pdf, table: DocumentTable): void {
  if (table.rows.length === 0) {
    pdf.font('Helvetica-Oblique').fontSize(10).text(table.empty, MARGIN);
    pdf.moveDown(0.4);
    return;
  }
  const width = pdf.page.width - 2 * MARGIN;
  const columnWidth = width / table.columns.length;
  const pad = 3;
  const row = (cells: string[], font: string, shade: boolean): void => {
    pdf.font(font).fontSize(9);
    const height = Math.max(...cells.map((cell) => pdf.heightOfString(cell, { width: columnWidth - 2 * pad }))) + 2 * pad;
    ensureRoom(pdf, height);
    const y = pdf.y;
    cells.forEach((cell, i) => {
      const x = MARGIN + i * columnWidth;
      if (shade) pdf.rect(x, y, columnWidth, height).fillAndStroke('#eeeeee', '#999999').fillColor('black');
      else pdf.rect(x, y, columnWidth, height).stroke('#999999');
      pdf.text(cell, x + pad, y + pad, { width: columnWidth - 2 * pad });
    });
    pdf.x = MARGIN;
    pdf.y = y + height;
  };
  row(table.columns, BOLD, true);
  for (const cells of table.rows) row(cells, FONT, false);
  pdf.moveDown(0.6);
}

function writeSection(pdf: Pdf, section: DocumentSection, level: number): void {
  ensureRoom(pdf, 60);
  pdf.moveDown(0.5).font(BOLD).fontSize(level === 2 ? 14 : 12).text(section.heading, MARGIN);
  pdf.moveDown(0.3);
  for (const paragraph of section.paragraphs ?? []) pdf.font(FONT).fontSize(10).text(paragraph, MARGIN).moveDown(0.4);
  if (section.facts?.length) writeFacts(pdf, section.facts);
  if (section.table) writeTable(pdf, section.table);
  for (const sub of section.subsections ?? []) writeSection(pdf, sub, level + 1);
}

/** The same document as an A4 PDF (standard fonts, no external resources). */
/** pdfkit (and its fonts) loads on the first PDF, not at every start of the API. */
function pdfKit(): typeof PDFDocumentClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deferred on purpose, see above
  return require('pdfkit') as typeof PDFDocumentClass;
}

export function renderPdf(doc: PrintableDocument): Promise<Buffer> {
  const PDFDocument = pdfKit();
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, bufferPages: true, info: { Title: doc.title, Subject: doc.subtitle ?? '' }, lang: doc.language } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font(BOLD).fontSize(18).text(doc.title);
  if (doc.subtitle) pdf.font(FONT).fontSize(11).fillColor('#444444').text(doc.subtitle).fillColor('black');
  pdf.moveDown(0.5);
  writeFacts(pdf, doc.meta);
  for (const section of doc.sections) writeSection(pdf, section, 2);
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    const text = `${doc.footer ? `${doc.footer} · ` : ''}pagina ${i + 1} van ${range.count}`;
    // Writing below the bottom margin would add a page; lift the margin while the footer is written.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font(FONT).fontSize(8).fillColor('#444444').text(text, MARGIN, pdf.page.height - MARGIN + 16, { width: pdf.page.width - 2 * MARGIN, align: 'center' });
    pdf.page.margins.bottom = bottom;
  }
  pdf.end();
  return done;
}
