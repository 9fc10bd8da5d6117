import { DocumentFact, DocumentSection, DocumentTable, PrintableDocument } from './printable-document';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
  @page { size: A4; margin: 2cm; }
  body { font-family: "Helvetica Neue", Helvetica, Arial, sans-serif; font-size: 11pt; line-height: 1.45; color: #1a1a1a; max-width: 50rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 1.6rem; margin-block-end: 0.2rem; }
  .subtitle { margin-block-start: 0; color: #444; }
  h2 { font-size: 1.2rem; margin-block-start: 1.8rem; border-block-end: 1px solid #999; padding-block-end: 0.2rem; }
  h3 { font-size: 1.05rem; margin-block-start: 1.2rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; }
  dt { font-weight: bold; }
  dd { margin: 0; }
  table { border-collapse: collapse; inline-size: 100%; font-size: 0.95em; }
  th, td { border: 1px solid #999; padding: 0.25rem 0.4rem; text-align: start; vertical-align: top; }
  th { background: #eee; }
  .empty { font-style: italic; }
  footer { margin-block-start: 2rem; font-size: 0.85em; color: #444; }
  section { break-inside: auto; }
  tr { break-inside: avoid; }
  @media print { body { margin: 0; max-width: none; } }
`;

function facts(list: DocumentFact[]): string {
  return `<dl>${list.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.value)}</dd>`).join('')}</dl>`;
}

function table(t: DocumentTable): string {
  if (t.rows.length === 0) return `<p class="empty">${escapeHtml(t.empty)}</p>`;
  const head = `<thead><tr>${t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr></thead>`;
  const body = t.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`).join('');
  return `<table>${head}<tbody>${body}</tbody></table>`;
}

function section(s: DocumentSection, level: number): string {
  const tag = `h${Math.min(level, 6)}`;
  const parts = [
    `<${tag}>${escapeHtml(s.heading)}</${tag}>`,
    ...(s.paragraphs ?? []).map((p) => `<p>${escapeHtml(p)}</p>`),
    s.facts?.length ? facts(s.facts) : '',
    s.table ? table(s.table) : '',
    ...(s.subsections ?? []).map((sub) => section(sub, level + 1)),
  ];
  return `<section>${parts.join('\n')}</section>`;
}

/** A complete, self-contained HTML page (no scripts, no external resources), printable on A4. */
export function renderHtml(doc: PrintableDocument): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(doc.language)}">
<head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head>
<body>
<header><h1>${escapeHtml(doc.title)}</h1>${doc.subtitle ? `<p class="subtitle">${escapeHtml(doc.subtitle)}</p>` : ''}${facts(doc.meta)}</header>
<main>
${doc.sections.map((s) => section(s, 2)).join('\n')}
</main>
${doc.footer ? `<footer>${escapeHtml(doc.footer)}</footer>` : ''}
</body>
</html>
`;
}
