import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/axe';
import { AppHeader, signedInAs } from './pages/login.page';
import { addActionItem, addContribution, admittedOnMeeting, caseEscalatedByBuildingInspection, ensureGuest } from './support/case-table-api';

/** One browser (the one the axe fixture scans); users take turns: sign out, the next one signs in. */
class Desk {
  private signedIn = false;
  constructor(private readonly page: Page) {}

  async as(displayName: string, path: string): Promise<Page> {
    if (this.signedIn) {
      await new AppHeader(this.page).signOut();
      await expect(this.page.getByText('Je bent uitgelogd.')).toBeVisible();
    }
    await signedInAs(this.page, displayName, path);
    this.signedIn = true;
    return this.page;
  }
}

/** WCAG 1.4.10 (reflow): nothing scrolls sideways at this width. */
function fitsWidth(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

/**
 * The words of the page title that a line break cuts in two without a hyphen ("Kamerverhu" / "ur").
 * Words with a hyphen of their own (CT-2026-000071) may break at it.
 */
function wordsBrokenInTitle(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const title = document.querySelector('h1');
    if (!title) return ['(no title)'];
    const broken: string[] = [];
    const walker = document.createTreeWalker(title, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (const match of (text.textContent ?? '').matchAll(/[^\s-]+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const lines = new Set(Array.from(range.getClientRects(), (rect) => rect).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  });
}

const HEALTH_NOTES = [
  'Twee bewoners krijgen thuiszorg; een van hen is ernstig ziek en krijgt geen medicatie.',
  'Bewoner met een verstandelijke beperking lijkt de huur af te staan aan de verhuurder.',
];

test.describe('Casustafel', () => {
  test('journey 2: building inspection escalates, the chair admits and plans the case with a guest, building inspection sees the health contributions withheld with count and reason', async ({ page, check }) => {
    const desk = new Desk(page);
    // The escalation itself is set up through the API: the Werkvoorraad escalate screen is built in the inbox feature.
    const title = `Kamerverhuur Proefstraat ${Date.now().toString(36)}`;
    const kase = await caseEscalatedByBuildingInspection(title);
    await ensureGuest(kase.caseTableId, 'wijkteam.anna');

    const hanna = await desk.as('Hanna Voorzitter', '/casussen');
    await expect(hanna.getByText('Doel van inzage: Casusoverleg')).toBeVisible();
    await hanna.getByRole('searchbox', { name: 'Zoek op kenmerk of titel' }).fill(kase.reference);
    await expect(hanna.getByRole('status').filter({ hasText: `1 casus gevonden voor “${kase.reference}”` })).toBeVisible();
    await check('cases-search');
    await hanna.getByRole('link', { name: `${kase.reference}: ${title}` }).click();
    await expect(hanna.getByRole('heading', { level: 1, name: `Casus ${kase.reference}: ${title}` })).toBeVisible();
    await expect(hanna.getByText('Convenant Integrale Casustafel Demodam, art. 5')).toBeVisible();
    await check('case-registered');

    await hanna.getByRole('button', { name: 'Triage starten' }).click();
    await hanna.getByRole('button', { name: 'Toelaten en agenderen' }).click();
    await expect(hanna.getByRole('button', { name: 'In behandeling nemen' })).toBeVisible();
    await expect(hanna.getByText('Geagendeerd', { exact: true })).toBeVisible();
    await hanna.getByRole('combobox', { name: 'Discipline laten deelnemen' }).selectOption({ label: 'Wmo-toezicht' });
    await hanna.getByRole('button', { name: 'Laten deelnemen' }).click();
    await expect(hanna.getByText('Bouw- en woningtoezicht, Wmo-toezicht')).toBeVisible();
    await check('case-admitted');

    await hanna.getByRole('link', { name: 'Integrale casustafel Demodam' }).click();
    await expect(hanna.getByRole('heading', { level: 1, name: 'Integrale casustafel Demodam' })).toBeVisible();
    await hanna.getByRole('button', { name: 'Overleg plannen' }).click();
    await expect(hanna.getByRole('link', { name: 'Vul de datum en het tijdstip van het overleg in.' })).toBeVisible();
    await check('schedule-meeting-error');
    await hanna.getByLabel('Datum en tijd').fill(`${new Date().getFullYear() + 1}-03-10T14:00`);
    await hanna.getByLabel('Locatie').fill('Stadhuis, zaal 2');
    await hanna.getByRole('button', { name: 'Overleg plannen' }).click();
    await expect(hanna.getByRole('heading', { level: 1, name: /^Overleg van / })).toBeVisible();

    await hanna.getByRole('combobox', { name: 'Casus agenderen' }).selectOption({ label: `${kase.reference}: ${title} (geagendeerd)` });
    await hanna.getByRole('button', { name: 'Aan de agenda toevoegen' }).click();
    const item = hanna.getByRole('list', { name: 'Agenda (concept)' }).getByRole('listitem').filter({ hasText: kase.reference });
    await item.getByRole('checkbox', { name: 'Anna Wijkteam (Wijkteam)' }).check();
    await hanna.getByRole('button', { name: 'Agenda opslaan' }).click();
    await expect(hanna.getByText('De agenda is opgeslagen.')).toBeVisible();
    await check('agenda-set');

    // Wmo supervision adds its health notes for the minutes (through the API).
    const meetingUrl = new URL(hanna.url());
    const meetingId = meetingUrl.pathname.split('/').pop()!;
    for (const note of HEALTH_NOTES) await addContribution('wmo.bram', kase.caseId, meetingId, 'GEZONDHEID', note);
    await addContribution('bwt.fleur', kase.caseId, meetingId, 'WONEN', 'Zolder als slaapkamer in gebruik; geen vergunning voor kamerverhuur.');

    const fleur = await desk.as('Fleur Bouw- en woningtoezicht', `/casussen/${kase.caseId}?doel=CASUSOVERLEG`);
    await expect(fleur.getByRole('heading', { level: 1, name: `Casus ${kase.reference}: ${title}` })).toBeVisible();
    const withheld = fleur.getByRole('note', { name: 'Afgeschermde gegevens' }).filter({ hasText: 'bijdragen afgeschermd' });
    await expect(withheld).toContainText('2 bijdragen afgeschermd (Gezondheid)');
    await expect(withheld).toContainText('Bouw- en woningtoezicht');
    await expect(fleur.getByText('Zolder als slaapkamer in gebruik')).toBeVisible();
    await expect(fleur.getByText(HEALTH_NOTES[0])).toHaveCount(0);
    await check('case-withheld-for-building-inspection');

    await fleur.setViewportSize({ width: 320, height: 800 });
    await expect(withheld).toContainText('2 bijdragen afgeschermd (Gezondheid)');
    expect(await fitsWidth(fleur)).toBe(true);
    expect(await wordsBrokenInTitle(fleur)).toEqual([]);
    await check('case-320px');
  });

  test('journey 3: a member completes an action item; the chair records attendance, closes the meeting and prints the minutes', async ({ page, check }, testInfo) => {
    const desk = new Desk(page);
    const title = `Brandonveilige kamers ${Date.now().toString(36)}`;
    const kase = await caseEscalatedByBuildingInspection(title);
    const meetingId = await admittedOnMeeting(kase.caseId, kase.caseTableId, ['WMO']);
    await addContribution('bwt.fleur', kase.caseId, meetingId, 'WONEN', 'Geen rookmelders; vluchtweg geblokkeerd door fietsen.');
    await addContribution('wmo.bram', kase.caseId, meetingId, 'GEZONDHEID', 'Bewoner is slecht ter been en kan bij brand niet zelf vluchten.');
    const action = `Huisbezoek met de brandweer plannen (${kase.reference})`;
    await addActionItem(kase.caseId, 'wmo.bram', action);

    const bram = await desk.as('Bram Wmo-toezicht', '/actiepunten');
    await expect(bram.getByText('Doel van inzage: Uitvoering van een actiepunt')).toBeVisible();
    await expect(bram.getByText(action)).toBeVisible();
    await check('my-action-items');
    await bram.getByRole('button', { name: `Actiepunt afronden: ${action}` }).click();
    await expect(bram.getByRole('status').filter({ hasText: 'Actiepunt afgerond' })).toContainText(action);
    await expect(bram.getByRole('button', { name: `Actiepunt afronden: ${action}` })).toHaveCount(0);
    await check('action-item-completed');

    const hanna = await desk.as('Hanna Voorzitter', `/casustafels/${kase.caseTableId}/overleggen/${meetingId}`);
    await expect(hanna.getByRole('heading', { level: 1, name: /^Overleg van / })).toBeVisible();
    await hanna.getByRole('checkbox', { name: 'Gijs Handhaving OOV (Openbare orde en veiligheid)' }).uncheck();
    await hanna.getByRole('button', { name: 'Overleg sluiten' }).click();
    await expect(hanna.getByText('Na het sluiten ligt het verslag vast')).toBeVisible();
    await check('close-meeting-confirm');
    await hanna.getByRole('button', { name: 'Ja, overleg sluiten' }).click();
    await expect(hanna.getByText(/^Gesloten op .*het verslag ligt vast$/)).toBeVisible();
    await expect(hanna.getByText('Aanwezig', { exact: true })).toBeVisible();

    await hanna.addInitScript(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed += 1; };
    });
    await hanna.getByRole('link', { name: 'Verslag bekijken en afdrukken' }).click();
    await hanna.reload();
    await expect(hanna.getByRole('heading', { level: 1, name: /^Verslag Integrale casustafel Demodam/ })).toBeVisible();
    const minutes = hanna.getByRole('region', { name: `1. ${kase.reference}: ${title}` });
    await expect(minutes).toContainText('Geen rookmelders; vluchtweg geblokkeerd door fietsen.');
    await expect(minutes).toContainText('Bewoner is slecht ter been');
    await expect(hanna.getByText(/^Aanwezig: /)).not.toContainText('Gijs');
    await check('minutes');
    await hanna.setViewportSize({ width: 320, height: 800 });
    expect(await fitsWidth(hanna)).toBe(true);
    await check('minutes-320px');
    await hanna.setViewportSize({ width: 1280, height: 720 });
    await hanna.getByRole('button', { name: 'Verslag afdrukken' }).click();
    await expect.poll(() => hanna.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await hanna.emulateMedia({ media: 'print' });
    await expect(hanna.getByRole('button', { name: 'Verslag afdrukken' })).toBeHidden();
    await testInfo.attach('verslag.pdf', { body: await hanna.pdf({ format: 'A4' }), contentType: 'application/pdf' });
    await check('minutes-print');
  });
});
