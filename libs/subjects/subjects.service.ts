import { Injectable } from '@nestjs/common';
import { notFound, VangrailError } from '@vangrail/core';
import { AuditAction, DataCategory, GovernedContext, PiiCrypto, Purpose } from '@vangrail/privacy';
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
    if (view.restricted) {
      throw new VangrailError(
        'RESTRICTED',
        'Processing of this subject is restricted (AVG art. 18); ask the privacy officer',
        'De verwerking van gegevens over deze betrokkene is beperkt (AVG art. 18); neem contact op met de privacy officer',
        { resourceId: id },
      );
    }
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
    const addressIds = subjects.map((s) => s.addressSubjectId).filter((a): a is string => !!a);
    const addresses = addressIds.length
      ? await ctx.manager.createQueryBuilder(Subject, 'a').where('a.id = ANY(:addressIds)', { addressIds }).getMany()
      : [];
    const visible = ctx.visibleCategories(SUBJECT);
    if (narrowTo) for (const category of [...visible]) if (!narrowTo.has(category)) visible.delete(category);
    const audience = ctx.user.discipline ?? ctx.user.roles.join(', ');
    return subjects.map((subject) => {
      // Art. 18: a restricted subject appears only as a placeholder (lists keep working); its data is not processed.
      if (subject.restrictedAt && ctx.purpose !== Purpose.INZAGEVERZOEK) return restrictedView(subject);
      const address = addresses.find((a) => a.id === subject.addressSubjectId) ?? null;
      // Decrypt only what will be shown; a hidden BSN still counts as withheld.
      const bsn = subject.bsnEncrypted ? (visible.has(DataCategory.BSN) ? this.crypto.decrypt(subject.bsnEncrypted) : 'hidden') : null;
      const { view, disclosed } = discloseSubject(subject, address, bsn, visible, audience);
      ctx.record({ action: AuditAction.READ, resourceType: SUBJECT, resourceId: subject.id, subjectKeys: [subject.id], dataCategories: disclosed });
      return view;
    });
  }
}

function restrictedView(subject: Subject): SubjectView {
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
