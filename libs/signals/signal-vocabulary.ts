import { registerEnumType } from '@nestjs/graphql';

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
