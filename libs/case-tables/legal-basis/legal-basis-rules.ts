import { badInput, VangrailError } from '@vangrail/core';
import { CaseTableKind } from '../tables/entities/case-table.entity';
import { LegalGround } from './legal-basis-vocabulary';
import type { RecordCaseLegalBasisInput } from './legal-basis.dto';

const NEEDS_PROVISION: readonly LegalGround[] = [LegalGround.WGS, LegalGround.CONVENANT, LegalGround.SECTORWET];

/**
 * What a legal basis must state to be checkable afterwards: the article for a statutory or covenant
 * ground, date and scope for consent, when the person was informed or the reason why not, and for a
 * Zorg- en Veiligheidshuis the admission criteria. Returns the first gap, at its field.
 */
export function legalBasisGap(input: RecordCaseLegalBasisInput, tableKind: CaseTableKind, today: string): VangrailError | null {
  if (NEEDS_PROVISION.includes(input.ground) && !input.provision) {
    return badInput('input.provision', 'Name the article the case relies on (e.g. "Convenant ZVH, art. 5")', 'Noem het artikel waarop de casus steunt (bijvoorbeeld "Convenant ZVH, art. 5")');
  }
  if (input.ground === LegalGround.TOESTEMMING) {
    if (!input.consentGivenOn) return badInput('input.consentGivenOn', 'Give the day the person consented', 'Geef de dag waarop de betrokkene toestemming gaf');
    if (input.consentGivenOn > today) return badInput('input.consentGivenOn', 'The consent date lies in the future', 'De datum van de toestemming ligt in de toekomst');
    if (!input.consentScope) return badInput('input.consentScope', 'Describe what the person consented to', 'Beschrijf waarvoor de betrokkene toestemming gaf');
  } else if (input.consentGivenOn || input.consentScope) {
    return badInput('input.ground', 'A consent date and scope belong to the ground "consent"; choose that ground or leave them empty', 'Een datum en reikwijdte van toestemming horen bij de grondslag "toestemming"; kies die grondslag of laat ze leeg');
  }
  if (input.personInformed) {
    if (!input.informedOn) return badInput('input.informedOn', 'Give the day the person was informed', 'Geef de dag waarop de betrokkene is geïnformeerd');
    if (input.informedOn > today) return badInput('input.informedOn', 'The day the person was informed lies in the future', 'De dag van informeren ligt in de toekomst');
    if (input.notInformedReason || input.notInformedExplanation) {
      return badInput('input.notInformedReason', 'The person was informed: leave the reason for not informing empty', 'De betrokkene is geïnformeerd: laat de reden om niet te informeren leeg');
    }
  } else {
    if (!input.notInformedReason) return badInput('input.notInformedReason', 'Choose why the person was not informed', 'Kies waarom de betrokkene niet is geïnformeerd');
    if (input.informedOn || input.informedByUserId) {
      return badInput('input.informedOn', 'The person was not informed: leave the day and who informed empty', 'De betrokkene is niet geïnformeerd: laat de dag en wie informeerde leeg');
    }
  }
  if (tableKind === CaseTableKind.ZORG_EN_VEILIGHEID && !input.admissionCriteria?.length) {
    return badInput('input.admissionCriteria', 'A Zorg- en Veiligheidshuis records which admission criteria the case meets', 'Een Zorg- en Veiligheidshuis legt vast aan welke toelatingscriteria de casus voldoet');
  }
  return null;
}
