import { expect, test } from './fixtures/axe';
import { wmoIsInvolvedWith } from './support/api';
import { AppHeader, signedInAs } from './pages/login.page';
import { SignalFormPage } from './pages/signal-form.page';
import { WorkQueuePage } from './pages/work-queue.page';

const KARIN = { bsn: '999990019', name: 'Karin Jansen' };

test('Journey 1: wijkteam.anna flags a signal (BSN corrected at the field), sees who is already involved; wmo.bram finds it with its deadline and accepts it', async ({ page, request, check }) => {
  const marker = `${Date.now()}`;
  await wmoIsInvolvedWith(request, KARIN, marker);

  await signedInAs(page, 'Anna Wijkteam');
  const form = new SignalFormPage(page);
  await form.open();
  await check('signal-form-empty');

  await form.submit();
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: /invoerfout/ }) });
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/invoerfouten/);
  await check('signal-form-errors');

  await form.category('Vermoeden van pgb-misbruik');
  await form.field('BSN').fill('999990018');
  await expect(form.field('BSN')).toHaveAccessibleDescription(/Dit BSN bestaat niet: het voldoet niet aan de 11-proef/);
  await expect(form.field('BSN')).toHaveAttribute('aria-invalid', 'true');
  await form.field(/^Postcode/).fill('0991AB');
  await expect(form.field(/^Postcode/)).toHaveAccessibleDescription(/Een postcode is 4 cijfers en 2 letters/);
  await check('signal-form-bsn-error');

  await form.field('BSN').fill(KARIN.bsn);
  await expect(form.field('BSN')).not.toHaveAccessibleDescription(/Dit BSN bestaat niet/);
  await form.field(/^Postcode/).fill('9991 AB');
  await expect(form.field(/^Postcode/)).not.toHaveAccessibleDescription(/Een postcode is/);
  await form.field(/^Huisnummer/).fill('12');
  await form.field(/^Naam/).fill(KARIN.name);
  await form.describe(`Pgb-declaraties voor zorg die niet geleverd wordt ${marker}`);
  await form.tick('Welke soorten gegevens staan in je beschrijving?', 'Financieel');
  await form.tick('Hoe dringend is het?', 'Hoog');
  await form.submit();

  await expect(page.getByRole('heading', { name: 'Signaal gemeld' })).toBeVisible();
  await expect(page.getByText('Ook betrokken: Wmo-toezicht')).toBeVisible();
  await expect(page.getByText('Toezicht Wmo, 14 0999 toestel 201')).toBeVisible();
  await check('signal-hit');

  await page.getByRole('link', { name: 'Naar mijn signalen' }).click();
  await expect(page.getByRole('heading', { name: 'Mijn signalen', level: 1 })).toBeVisible();
  const mine = page.getByRole('list', { name: 'Mijn signalen, nieuwste eerst' }).getByRole('listitem').filter({ hasText: 'Vermoeden van pgb-misbruik' }).first();
  await expect(async () => {
    await page.reload();
    await expect(mine.getByText('Wmo-toezicht')).toBeVisible({ timeout: 10_000 });
  }).toPass({ timeout: 150_000 });
  await check('my-signals');
  await new AppHeader(page).signOut();

  await signedInAs(page, 'Bram Wmo-toezicht');
  const queue = new WorkQueuePage(page);
  await queue.open();
  await expect(page.getByRole('list', { name: 'Aantallen' })).toContainText('Nieuw');
  const item = await queue.waitForItem('Vermoeden van pgb-misbruik', KARIN.name);
  await expect(item.getByText(/Binnen 24 uur/)).toBeVisible();
  await page.getByRole('group', { name: 'Urgentie' }).getByLabel('Hoog', { exact: true }).check();
  await expect(queue.items().filter({ hasText: 'Zorgwekkende situatie' })).toHaveCount(0);
  await expect(item).toBeVisible();
  await check('work-queue-filtered');

  await item.getByRole('link', { name: 'Vermoeden van pgb-misbruik' }).click();
  await expect(page.getByRole('heading', { name: 'Vermoeden van pgb-misbruik', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Waarom Wmo-toezicht dit ontving' })).toBeVisible();
  await expect(page.getByText(`Pgb-declaraties voor zorg die niet geleverd wordt ${marker}`)).toBeVisible();
  await check('delivery');
  await page.getByRole('button', { name: 'Beoordeling starten' }).click();
  await expect(page.getByText('Status: In beoordeling')).toBeVisible();
  await page.getByRole('button', { name: 'Accepteren' }).click();
  await expect(page.getByText('Status: Geaccepteerd')).toBeVisible();
  await check('delivery-accepted');
});
