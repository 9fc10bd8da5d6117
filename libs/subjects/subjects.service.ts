import { Injectable } from '@nestjs/common';
import { notFound, VangrailError } from '@vangrail/core';
import { DataCategory, GovernedContext, PiiCrypto, Purpose } from '@vangrail/privacy';
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
    return view;
  }

  /** Loads the allowed subset of `ids` in one query; one audit event per subject disclosed. */
  async findMany(ctx: GovernedContext, ids: string[]): Promise<SubjectView[]> {
    const filter = ctx.filter(SUBJECT, SUBJECT_SQL);
    const subjects = await ctx.manager
      .createQueryBuilder(Subject, 's')
      .where('s.id = ANY(:ids)', { ids })
      .andWhere(filter.sql, filter.params)
      .getMany();
    const restricted = subjects.find((subject) => subject.restrictedAt && ctx.purpose !== Purpose.INZAGEVERZOEK);
    if (restricted) {
      throw new VangrailError(
        'RESTRICTED',
        'Processing of this subject is restricted (AVG art. 18); ask the privacy officer',
        'De verwerking van gegevens over deze betrokkene is beperkt (AVG art. 18); neem contact op met de privacy officer',
        { resourceId: restricted.id },
      );
    }
    const addressIds = subjects.map((s) => s.addressSubjectId).filter((a): a is string => !!a);
    const addresses = addressIds.length
      ? await ctx.manager.createQueryBuilder(Subject, 'a').where('a.id = ANY(:addressIds)', { addressIds }).getMany()
      : [];
    const visible = ctx.visibleCategories(SUBJECT);
    const audience = ctx.user.discipline ?? ctx.user.roles.join(', ');
    return subjects.map((subject) => {
      const address = addresses.find((a) => a.id === subject.addressSubjectId) ?? null;
      // Decrypt only what will be shown; a hidden BSN still counts as withheld.
      const bsn = subject.bsnEncrypted ? (visible.has(DataCategory.BSN) ? this.crypto.decrypt(subject.bsnEncrypted) : 'hidden') : null;
      const { view, disclosed } = discloseSubject(subject, address, bsn, visible, audience);
      ctx.record({ resourceId: subject.id, subjectKeys: [subject.id], dataCategories: disclosed });
      return view;
    });
  }
}
