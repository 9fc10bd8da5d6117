import { PrintableDocument, renderHtml, renderPdf } from './index';

const doc: PrintableDocument = {
  title: 'Inzage in uw gegevens',
  subtitle: 'Gemeente Demodam',
  language: 'nl',
  meta: [{ label: 'Kenmerk', value: 'AVG-2026-0001' }],
  sections: [
    { heading: 'Signalen', table: { columns: ['Datum', 'Onderwerp'], rows: [['2 december 2026', 'Brandgevaar <script>alert(1)</script>']], empty: 'Geen signalen' } },
    { heading: 'Zaken', table: { columns: ['Kenmerk'], rows: [], empty: 'Er zijn geen zaken over u.' } },
  ],
  footer: 'Vertrouwelijk',
};

describe('Printable documents', () => {
  it('render as one self-contained Dutch HTML page, text escaped, empty tables said in words', () => {
    const html = renderHtml(doc);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<th scope="col">Datum</th>');
    expect(html).toContain('Brandgevaar &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<p class="empty">Er zijn geen zaken over u.</p>');
    expect(html).not.toMatch(/<link|src=/);
  });

  it('render as an A4 PDF with the title in its metadata', async () => {
    const pdf = await renderPdf(doc);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(pdf.toString('latin1')).toContain('/Title');
  });

  it('breaks a long table over pages and numbers every page', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`regel ${i + 1}`, 'Een beschrijving van enige lengte die over de kolom heen loopt.']);
    const pdf = await renderPdf({ ...doc, sections: [{ heading: 'Raadplegingen', table: { columns: ['Wanneer', 'Wat'], rows, empty: '' } }] });
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(2);
  });
});
