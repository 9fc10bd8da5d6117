import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { badInput, conflict, DOMAIN_OF, forbidden } from '@vangrail/core';
import { NotificationKind, notify } from '@vangrail/notifications';
import { AuditAction, DataCategory, GovernedContext, PiiCrypto } from '@vangrail/privacy';
import { addToOutbox, QUEUE } from '@vangrail/queue';
import { linkSubjects, recordKnownPersonMatches, Subject, SubjectLinkKind, SubjectRegistry, SubjectsService } from '@vangrail/subjects';
import { RegisterSignalInput } from '../dto/register-signal.input';
import { RegisterSignalResult } from '../dto/signal.type';
import { Signal } from '../entities/signal.entity';
import { SignalSubject } from '../entities/signal-subject.entity';
import { Involvement, KnownElsewhere } from '../known-elsewhere';
import { signalsReceived } from '../signal-metrics';
import { reporterView, withRoles } from '../signal-view';
import { URGENCY_PRIORITY, Urgency } from '../signal-vocabulary';

/**
 * Signal intake. In one transaction: the subjects (found or registered), the signal with its
 * encrypted description, the reporter's access link, the routing job in the outbox, the hit /
 * no-hit answer and the notices to involved disciplines. Routing itself happens later, on the
 * queue; the request never waits for it. A reused client key returns the first signal.
 */
@Injectable()
export class RegisterSignal {
  constructor(
    private readonly registry: SubjectRegistry,
    private readonly subjects: SubjectsService,
    private readonly knownElsewhere: KnownElsewhere,
    private readonly crypto: PiiCrypto,
  ) {}

  async execute(ctx: GovernedContext, input: RegisterSignalInput): Promise<RegisterSignalResult> {
    const { manager, tenantId, user } = ctx;
    if (!user.discipline) {
      throw forbidden('Only professionals with a discipline can flag signals', 'Alleen professionals met een discipline kunnen signalen melden');
    }
    if (input.observedAt.getTime() > Date.now() + 5 * 60_000) {
      throw badInput('input.observedAt', 'The moment you observed it lies in the future', 'Het moment van waarnemen ligt in de toekomst');
    }
    const payloadHash = submissionHash(input);
    const existing = await manager.findOneBy(Signal, { tenantId, reporterUserId: user.id, clientKey: input.clientKey });
    if (existing) return (await this.answer(ctx, sameSubmission(existing, payloadHash), true, input)).answer;

    const resolved: { subject: Subject; role: string }[] = [];
    for (const [i, subjectInput] of input.subjects.entries()) {
      const subject = await this.registry.resolve(manager, tenantId, subjectInput, `input.subjects.${i}`);
      if (!resolved.some((r) => r.subject.id === subject.id)) resolved.push({ subject, role: subjectInput.role ?? 'HOOFDBETROKKENE' });
    }
    // Art. 18: a signal naming a restricted person is stored and held, not routed; nothing else is processed about them.
    const restricted = ctx.restricted(resolved.map((r) => r.subject.id));
    recordKnownPersonMatches(ctx, this.registry, resolved.map((r) => r.subject).filter((subject) => !restricted.includes(subject.id)));
    const enteredAddresses = await this.addressesEnteredWithPersons(ctx, input);

    const signal = Object.assign(new Signal(), {
      tenantId,
      id: randomUUID(),
      reporterUserId: user.id,
      reporterDiscipline: user.discipline,
      reportingDomain: DOMAIN_OF[user.discipline],
      clientKey: input.clientKey,
      clientPayloadHash: payloadHash,
      category: input.category,
      urgency: input.urgency,
      flags: [...new Set(input.flags)],
      dataCategories: [...new Set(input.dataCategories)].sort(),
      descriptionEncrypted: this.crypto.encrypt(input.description),
      observedAt: input.observedAt,
      pendingDomains: [],
      routingExplanation: null,
      routedAt: null,
      heldAt: restricted.length ? new Date() : null,
    });
    const inserted = await manager.createQueryBuilder().insert().into(Signal).values(signal).orIgnore().returning(['id']).execute();
    if (inserted.raw.length === 0) {
      // A concurrent retry with the same key won the race: answer with that signal.
      const winner = await manager.findOneByOrFail(Signal, { tenantId, reporterUserId: user.id, clientKey: input.clientKey });
      return (await this.answer(ctx, sameSubmission(winner, payloadHash), true, input)).answer;
    }
    await manager.insert(
      SignalSubject,
      resolved.map(({ subject, role }) => ({ tenantId, signalId: signal.id, subjectId: subject.id, role })),
    );
    // The addresses entered with a person are the reporter's too: only those show under the person.
    await linkSubjects(manager, tenantId, [...new Set([...resolved.map(({ subject }) => subject.id), ...enteredAddresses])], {
      kind: SubjectLinkKind.REPORTED,
      contextId: signal.id,
      userId: user.id,
      disciplines: [user.discipline],
    });
    if (!signal.heldAt) {
      await addToOutbox(manager, {
        queue: QUEUE.ROUTING,
        payload: { tenantId, signalId: signal.id },
        jobId: `route-${signal.id}`,
        priority: URGENCY_PRIORITY[input.urgency as Urgency],
      });
    }
    ctx.record({
      action: AuditAction.CREATE,
      resourceId: signal.id,
      subjectKeys: resolved.map((r) => r.subject.id),
      dataCategories: [...(input.dataCategories as DataCategory[]), DataCategory.IDENTIFICATIE],
      despiteRestriction: 'stored and held, not routed: a person it names is under restriction (AVG art. 18(1), storage only)',
    });
    signalsReceived.inc();

    const result = await this.answer(ctx, signal, false, input);
    // §5: they learn that a new signal touches their subject and whom to contact; not its
    // category, not who reported it (the contact is the reporter's team line).
    const contact = `${user.discipline}, ${await reporterContact(ctx)}`;
    await notify(
      manager,
      result.involved.map((involvement) => ({
        tenantId,
        kind: NotificationKind.SUBJECT_TOUCHED,
        recipientUserId: involvement.userId,
        recipientDiscipline: involvement.discipline,
        signalId: signal.id,
        message: `A new signal touches a subject you work on. Contact: ${contact}.`,
        messageNl: `Een nieuw signaal raakt een betrokkene waarbij u betrokken bent. Contact: ${contact}.`,
        dedupeKey: `subject-touched:${signal.id}:${involvement.discipline}:${involvement.userId ?? '-'}`,
      })),
    );
    return result.answer;
  }

  /** The address subjects the reporter entered together with a person (already registered by resolve). */
  private async addressesEnteredWithPersons(ctx: GovernedContext, input: RegisterSignalInput): Promise<string[]> {
    const ids: string[] = [];
    for (const [i, given] of input.subjects.entries()) {
      if (!given.person?.address) continue;
      const address = await this.registry.find(ctx.manager, ctx.tenantId, { address: given.person.address }, `input.subjects.${i}.person`);
      if (address) ids.push(address.id);
    }
    return ids;
  }

  /** The reporter's answer: the signal, its subjects (minimised and audited) and the hit / no-hit. */
  private async answer(
    ctx: GovernedContext,
    signal: Signal,
    duplicate: boolean,
    input: RegisterSignalInput,
  ): Promise<{ answer: RegisterSignalResult; involved: Involvement[] }> {
    const links = await ctx.manager.findBy(SignalSubject, { tenantId: ctx.tenantId, signalId: signal.id });
    const subjectIds = links.map((link) => link.subjectId);
    const subjects = withRoles(links, await this.subjects.findMany(ctx, subjectIds));
    // Hit / no-hit is processing too: a restricted person is left out of the lookup (their address is its own subject).
    const subjectRows = await ctx.manager.findBy(Subject, { tenantId: ctx.tenantId, id: In(subjectIds.filter((id) => !ctx.restricted([id]).length)) });
    // A known person keeps their registered address, so the address given now is matched as well.
    for (const [i, given] of input.subjects.entries()) {
      if (!given.person?.address) continue;
      const address = await this.registry.find(ctx.manager, ctx.tenantId, { address: given.person.address }, `input.subjects.${i}.person`);
      if (address && !subjectRows.some((row) => row.id === address.id)) subjectRows.push(address);
    }
    const { involved, answer } = await this.knownElsewhere.lookup(ctx, subjectRows, signal.reporterDiscipline, signal.id);
    return { answer: { signal: reporterView(signal, subjects, this.crypto), duplicate, knownElsewhere: answer }, involved };
  }
}

/** A stable fingerprint of what was submitted (order of flags and categories does not matter). */
function submissionHash(input: RegisterSignalInput): string {
  const canonical = JSON.stringify([
    input.category,
    input.urgency,
    [...new Set(input.flags)].sort(),
    [...new Set(input.dataCategories)].sort(),
    input.description,
    input.observedAt.toISOString(),
    input.subjects,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** A retry is the same submission; the same key with other content is a client error, said plainly. */
function sameSubmission(existing: Signal, payloadHash: string): Signal {
  if (existing.clientPayloadHash !== payloadHash) {
    throw conflict(
      'This clientKey was already used for a different signal; use a new key for a new signal',
      'Deze clientKey is al gebruikt voor een ander signaal; gebruik een nieuwe sleutel voor een nieuw signaal',
    );
  }
  return existing;
}

/** The reporter's team contact line as registered (falls back to the discipline's case table). */
async function reporterContact(ctx: GovernedContext): Promise<string> {
  const rows = (await ctx.manager.query(`SELECT contact FROM app_user WHERE tenant_id = $1 AND id = $2`, [ctx.tenantId, ctx.user.id])) as { contact: string | null }[];
  return rows[0]?.contact ?? 'via de casustafel';
}
