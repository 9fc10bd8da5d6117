import { Injectable } from '@nestjs/common';
import { notFound } from '@vangrail/core';
import { AuditAction, DataCategory, GovernedContext, PiiCrypto, Purpose, restrictedRefusal, Withheld } from '@vangrail/privacy';
import { Subject } from './entities/subject.entity';
import { SubjectView } from './dto/subject.type';
import { discloseSubject } from './subject-view';
import { SUBJECT, SUBJECT_SQL } from './subjects.policy';

/** Reads subjects on the governed path: filtered by the ability in SQL, minimised, audited. */
@Injectable()
export class SubjectsService {
  constructor(private readonly crypto: PiiCrypto) {}

  async findOne(ctx: GovernedContext, id: string): Promise<SubjectView> {
    const [view] = await this.findMany(ctx, [id]);
    if (!view) throw notFound('Subject', 'Betrokkene', id);
    if (view.restricted || ctx.restricted([id]).length) throw restrictedRefusal([id], id);
    return view;
  }

  /**
   * Loads the allowed subset of `ids` in one query; one audit event per subject disclosed.
   * `narrowTo` limits the categories further (e.g. to what a delivery's routing rule allows).
   */
  async findMany(ctx: GovernedContext, ids: string[], narrowTo?: ReadonlySet<string>): Promise<SubjectView[]> {
    if (ids.length === 0) return [];
    const filter = ctx.filter(SUBJECT, SUBJECT_SQL);
    const subjects = await ctx.manager
      .createQueryBuilder(Subject, 's')
      .where('s.id = ANY(:ids)', { ids })
      .andWhere(filter.sql, filter.params)
      .getMany();
    const addresses = await this.personAddresses(ctx, subjects);
    const visible = ctx.visibleCategories(SUBJECT);
    if (narrowTo) for (const category of [...visible]) if (!narrowTo.has(category)) visible.delete(category);
    const audience = ctx.user.discipline ?? ctx.user.roles.join(', ');
    return subjects.map((subject) => {
      // Art. 18: a restricted subject appears only as a placeholder, not recorded and nothing of it processed;
      // a record that names it is refused when recorded (GovernedContext.record). The reporter of a new
      // signal sees a neutral placeholder that does not reveal the restriction (docs/privacy.md).
      if (subject.restrictedAt && ctx.restricted([subject.id]).length) return restrictedView(subject, ctx.purpose);
      const address = addresses.find((a) => a.id === subject.addressSubjectId) ?? null;
      // Decrypt only what will be shown; a hidden BSN still counts as withheld.
      const bsn = subject.bsnEncrypted ? (visible.has(DataCategory.BSN) ? this.crypto.decrypt(subject.bsnEncrypted) : 'hidden') : null;
      const { view, disclosed } = discloseSubject(subject, address, bsn, visible, audience);
      if (subject.addressSubjectId && !address) view.withheld.push(addressNotEntered());
      ctx.record({ action: AuditAction.READ, resourceType: SUBJECT, resourceId: subject.id, subjectKeys: [subject.id], dataCategories: disclosed });
      return view;
    });
  }

  /**
   * The registered addresses of these persons. A reporter (SIGNALERING) sees a person's address
   * only when the address itself is readable to them, i.e. when they entered it with the person:
   * naming a BSN must not answer with the address another discipline registered (no BSN → address lookup).
   */
  private async personAddresses(ctx: GovernedContext, subjects: Subject[]): Promise<Subject[]> {
    const addressIds = subjects.map((s) => s.addressSubjectId).filter((a): a is string => !!a);
    if (addressIds.length === 0) return [];
    const query = ctx.manager.createQueryBuilder(Subject, 's').where('s.id = ANY(:addressIds)', { addressIds });
    if (ctx.purpose === Purpose.SIGNALERING) {
      const filter = ctx.filter(SUBJECT, SUBJECT_SQL);
      query.andWhere(filter.sql, filter.params);
    }
    return query.getMany();
  }
}

/** Under SIGNALERING the registry's address of a person stays with the registry unless the reporter entered it. */
function addressNotEntered(): Withheld {
  return Object.assign(new Withheld(), {
    category: DataCategory.ADRES,
    count: 1,
    fields: ['address'],
    reason: 'The address on record for this person is not shown: registering a signal is not a lookup, you see the address only when you entered it',
    reasonNl: 'Het geregistreerde adres van deze persoon wordt niet getoond: een signaal melden is geen opzoeking, u ziet het adres alleen als u het zelf hebt ingevoerd',
  });
}

function restrictedView(subject: Subject, purpose: Purpose): SubjectView {
  // The reporter of a new signal sees what any reporter sees of a known person (name, date of birth and
  // BSN not shown back), so the answer does not reveal the restriction (docs/privacy.md).
  if (purpose === Purpose.SIGNALERING) {
    const notShown = (category: DataCategory, fields: string[]): Withheld =>
      Object.assign(new Withheld(), { category, count: 1, fields, reason: 'not shown back to the reporter', reasonNl: 'niet teruggetoond aan de melder' });
    return { id: subject.id, type: subject.type, withheld: [notShown(DataCategory.IDENTIFICATIE, ['name', 'dateOfBirth']), notShown(DataCategory.BSN, ['bsn'])] };
  }
  return {
    id: subject.id,
    type: subject.type,
    restricted: true,
    withheld: [
      {
        category: DataCategory.IDENTIFICATIE,
        count: 1,
        fields: [],
        reason: 'Processing of this subject is restricted (AVG art. 18)',
        reasonNl: 'De verwerking van gegevens over deze betrokkene is beperkt (AVG art. 18)',
      },
    ],
  };
}
