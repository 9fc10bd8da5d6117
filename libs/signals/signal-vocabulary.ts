import { registerEnumType } from '@nestjs/graphql';
import type { Label } from '@vangrail/core';

/** DOMAIN.md §5: what a professional observed. */
export enum SignalCategory {
  ZORGMIJDING = 'ZORGMIJDING',
  PGB_MISBRUIK = 'PGB_MISBRUIK',
  UITKERING_ONRECHTMATIG = 'UITKERING_ONRECHTMATIG',
  ADRES_TWIJFEL = 'ADRES_TWIJFEL',
  OVERBEWONING = 'OVERBEWONING',
  KAMERVERHUUR = 'KAMERVERHUUR',
  BRANDGEVAAR = 'BRANDGEVAAR',
  WONING_ONVEILIG = 'WONING_ONVEILIG',
  ZORGAANBIEDER_KWALITEIT = 'ZORGAANBIEDER_KWALITEIT',
  UITBUITING = 'UITBUITING',
  ONDERMIJNING = 'ONDERMIJNING',
  OVERLAST = 'OVERLAST',
}

/** What was observed, in the words of a printed document or a message. */
export const SIGNAL_CATEGORY_LABEL: Readonly<Record<SignalCategory, Label>> = {
  [SignalCategory.ZORGMIJDING]: { nl: 'Zorgmijding', en: 'Care avoidance' },
  [SignalCategory.PGB_MISBRUIK]: { nl: 'Mogelijk misbruik van een pgb', en: 'Possible misuse of a personal budget (pgb)' },
  [SignalCategory.UITKERING_ONRECHTMATIG]: { nl: 'Mogelijk onrechtmatige uitkering', en: 'Possibly unlawful benefit' },
  [SignalCategory.ADRES_TWIJFEL]: { nl: 'Twijfel over het woonadres', en: 'Doubt about the registered address' },
  [SignalCategory.OVERBEWONING]: { nl: 'Overbewoning', en: 'Overcrowding' },
  [SignalCategory.KAMERVERHUUR]: { nl: 'Kamerverhuur', en: 'Room letting' },
  [SignalCategory.BRANDGEVAAR]: { nl: 'Brandgevaar', en: 'Fire hazard' },
  [SignalCategory.WONING_ONVEILIG]: { nl: 'Onveilige woning', en: 'Unsafe dwelling' },
  [SignalCategory.ZORGAANBIEDER_KWALITEIT]: { nl: 'Kwaliteit van een zorgaanbieder', en: 'Quality of a care provider' },
  [SignalCategory.UITBUITING]: { nl: 'Uitbuiting', en: 'Exploitation' },
  [SignalCategory.ONDERMIJNING]: { nl: 'Ondermijning', en: 'Organised crime undermining society' },
  [SignalCategory.OVERLAST]: { nl: 'Overlast', en: 'Nuisance' },
};

export enum SignalFlag {
  ZORG_OP_LOCATIE = 'ZORG_OP_LOCATIE',
  KWETSBARE_BEWONERS = 'KWETSBARE_BEWONERS',
  MINDERJARIGEN = 'MINDERJARIGEN',
  ONDERMIJNING = 'ONDERMIJNING',
  ACUUT_GEVAAR = 'ACUUT_GEVAAR',
}

export enum Urgency {
  LOW = 'LOW',
  NORMAL = 'NORMAL',
  HIGH = 'HIGH',
  ACUTE = 'ACUTE',
}

/** Default triage deadlines by urgency (DOMAIN.md §5), in seconds. */
export const TRIAGE_SECONDS: Readonly<Record<Urgency, number>> = {
  [Urgency.ACUTE]: 4 * 3600,
  [Urgency.HIGH]: 24 * 3600,
  [Urgency.NORMAL]: 5 * 24 * 3600,
  [Urgency.LOW]: 10 * 24 * 3600,
};

/** Queue priority by urgency: BullMQ runs lower numbers first. */
export const URGENCY_PRIORITY: Readonly<Record<Urgency, number>> = {
  [Urgency.ACUTE]: 1,
  [Urgency.HIGH]: 2,
  [Urgency.NORMAL]: 5,
  [Urgency.LOW]: 10,
};

registerEnumType(SignalCategory, { name: 'SignalCategory' });
registerEnumType(SignalFlag, { name: 'SignalFlag' });
registerEnumType(Urgency, { name: 'Urgency' });
