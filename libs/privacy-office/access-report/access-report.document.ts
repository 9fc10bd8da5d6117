import { dayText, labelOf, momentText } from '@vangrail/core';
import { PrintableDocument } from '@vangrail/documents';
import { DATA_CATEGORY_LABEL, PROCESSING_ACTIVITY, Purpose } from '@vangrail/privacy';
import { SIGNAL_CATEGORY_LABEL } from '@vangrail/signals';
import { SubjectAccessReport } from './access-report.types';
import { ACTION_NL, CASE_ROLE_NL, DELIVERY_STATE_NL, DISCIPLINE_NL, ENTRY_KIND_NL, label } from './dutch-labels';

type ReportData = Omit<SubjectAccessReport, 'html' | 'pdfBase64'>;

const categories = (codes: string[]): string => codes.map((c) => labelOf(DATA_CATEGORY_LABEL, c).nl).join(', ') || '—';

/** The art. 15 answer as a Dutch letter-like document, in plain words for the person it is about. */
export function accessReportDocument(report: ReportData, receivedOn: string): PrintableDocument {
  const purposes = new Set<string>([...report.signals.map((s) => s.purpose), ...report.cases.map((c) => c.purpose)]);
  return {
    title: 'Overzicht van uw gegevens',
    subtitle: `${report.controller} — antwoord op uw verzoek om inzage (AVG artikel 15)`,
    language: 'nl',
    meta: [
      { label: 'Kenmerk', value: report.requestReference },
      { label: 'Verzoek ontvangen', value: dayText(new Date(receivedOn)).nl },
      { label: 'Opgesteld', value: momentText(new Date(report.generatedAt)).nl },
      { label: 'Verwerkingsverantwoordelijke', value: report.controller },
    ],
    sections: [
      {
        heading: 'Over dit overzicht',
        paragraphs: [
          'U heeft gevraagd welke gegevens wij over u verwerken. Hieronder staat alles wat in Vangrail over u is vastgelegd: de signalen en zaken waarin u voorkomt, waarvoor en op welke grond wij de gegevens gebruiken, wie ze heeft ontvangen, waar ze vandaan komen, hoe lang wij ze bewaren en wanneer ze zijn geraadpleegd.',
          report.staffIdentitiesRevealed
            ? 'Bij de raadplegingen staan de namen van de medewerkers, omdat de privacy officer heeft besloten dat u die nodig heeft.'
            : 'Bij de raadplegingen noemen wij de functie en de organisatie van de medewerker, niet de naam (zoals het Hof van Justitie van de EU heeft bepaald in zaak C-579/21).',
        ],
      },
      {
        heading: 'Uw gegevens',
        facts: [
          { label: 'Naam', value: report.person.name ?? '—' },
          { label: 'Geboortedatum', value: report.person.dateOfBirth ? dayText(new Date(report.person.dateOfBirth)).nl : '—' },
          { label: 'BSN', value: report.person.bsn ?? '—' },
          { label: 'Adres', value: report.person.address ?? '—' },
        ],
      },
      {
        heading: 'Signalen over u',
        paragraphs: report.signals.length ? ['Een signaal is een zorg die een medewerker heeft gemeld. Het is doorgestuurd naar de teams die erover gaan, volgens vaste regels.'] : [],
        table: {
          columns: ['Datum', 'Onderwerp en omschrijving', 'Bron', 'Soort gegevens', 'Ontvangen door (regel, stand)', 'Bewaartermijn'],
          rows: report.signals.map((s) => [
            dayText(new Date(s.observedAt)).nl,
            `${labelOf(SIGNAL_CATEGORY_LABEL, s.category).nl}: ${s.description}`,
            s.source,
            categories(s.dataCategories),
            s.recipients.map((r) => `${label(DISCIPLINE_NL, r.discipline)} (${r.organisation}), regel ${r.rule}, ${label(DELIVERY_STATE_NL, r.state)}`).join('; ') || 'Niemand',
            s.retention,
          ]),
          empty: 'Er zijn geen signalen over u vastgelegd.',
        },
      },
      {
        heading: 'Zaken aan een casustafel',
        paragraphs: report.cases.length ? [] : ['Er zijn geen zaken over u vastgelegd.'],
        subsections: report.cases.map((c) => ({
          heading: `${c.reference}: ${c.title}`,
          facts: [
            { label: 'Casustafel', value: c.caseTable },
            { label: 'Uw rol', value: label(CASE_ROLE_NL, c.role) },
            { label: 'Aangemeld', value: dayText(new Date(c.registeredAt)).nl },
            { label: 'Afgesloten', value: c.closedAt ? dayText(new Date(c.closedAt)).nl : 'nog niet' },
            { label: 'Doel', value: PROCESSING_ACTIVITY[c.purpose as Purpose] ?? c.purpose },
            { label: 'Grondslag', value: c.legalBasis },
            { label: 'Betrokken teams (ontvangers)', value: c.recipients.map((d) => label(DISCIPLINE_NL, d)).join(', ') || '—' },
            { label: 'Bewaartermijn', value: c.retention },
          ],
          table: {
            columns: ['Datum', 'Soort', 'Team', 'Gegevens', 'Tekst'],
            rows: c.entries.map((e) => [
              dayText(new Date(e.at)).nl,
              `${ENTRY_KIND_NL[e.kind] ?? e.kind}${e.status ? ` (${e.status === 'OPEN' ? 'open' : e.status === 'DONE' ? 'afgerond' : 'vervallen'})` : ''}`,
              e.discipline ? label(DISCIPLINE_NL, e.discipline) : '—',
              labelOf(DATA_CATEGORY_LABEL, e.category).nl,
              e.text,
            ]),
            empty: 'Bij deze zaak is nog niets vastgelegd.',
          },
        })),
      },
      {
        heading: 'Waarvoor en op welke grond',
        table: {
          columns: ['Doel', 'Verwerking en grondslag'],
          rows: [...purposes].map((p) => [p.charAt(0) + p.slice(1).toLowerCase(), PROCESSING_ACTIVITY[p as Purpose] ?? p]),
          empty: 'Wij gebruiken geen gegevens over u.',
        },
      },
      {
        heading: 'Wie heeft uw gegevens geraadpleegd',
        table: {
          columns: ['Wanneer', 'Door', 'Wat', 'Doel', 'Gegevens', 'Noodtoegang'],
          rows: report.consultations.map((c) => [
            momentText(new Date(c.at)).nl,
            c.by,
            `${label(ACTION_NL, c.action)}${c.outcome === 'ALLOWED' ? '' : ' (geweigerd)'}`,
            c.processingActivity ?? '—',
            categories(c.dataCategories),
            c.emergencyAccess ? 'ja' : 'nee',
          ]),
          empty: 'Uw gegevens zijn niet geraadpleegd.',
        },
      },
      {
        heading: 'Logoverzicht (NEN 7513)',
        facts: [
          { label: 'Autorisatieprotocol', value: report.logOverview.authorisationProtocol },
          { label: 'Toestemmingsprofiel', value: report.logOverview.consentProfile },
          { label: 'Noodtoegang gebruikt', value: report.logOverview.emergencyAccessUsed ? 'ja' : 'nee' },
          { label: 'Bewaartermijn logboek', value: report.logOverview.logRetention },
        ],
      },
      {
        heading: 'Uw rechten',
        paragraphs: [
          'Kloppen de gegevens niet, dan kunt u vragen ze te verbeteren (artikel 16). U kunt ook vragen gegevens te wissen (artikel 17), het gebruik te beperken (artikel 18) of bezwaar maken (artikel 21). Neem daarvoor contact op met de privacy officer en noem het kenmerk van dit overzicht.',
          'Bent u het niet eens met hoe wij met uw gegevens omgaan, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.',
        ],
      },
    ],
    footer: `${report.controller} · ${report.requestReference} · vertrouwelijk`,
  };
}
