import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, FindOptionsWhere } from 'typeorm';
import { badInput } from '@vangrail/core';
import { PiiCrypto } from '@vangrail/privacy';
import { AddressInput, OrganisationInput, PersonInput, SubjectInput } from './dto/subject-input';
import { Subject, SubjectType } from './entities/subject.entity';
import { addressKey, Bsn, KvkNumber, Postcode } from './value-objects';

/**
 * Finds the one subject per tenant an input describes, or registers it: persons by BSN blind
 * index, addresses by normalised address key, organisations by KvK number. Runs in the caller's
 * transaction; concurrent registrations of the same subject converge on one row (ON CONFLICT).
 */
@Injectable()
export class SubjectRegistry {
  private readonly matched = new WeakSet<Subject>();

  constructor(private readonly crypto: PiiCrypto) {}

  async resolve(manager: EntityManager, tenantId: string, input: SubjectInput, field = 'subject'): Promise<Subject> {
    const given = [input.person, input.address, input.organisation].filter(Boolean).length;
    if (given !== 1) {
      throw badInput(field, 'Give exactly one of person, address or organisation', 'Geef precies één van persoon, adres of organisatie op');
    }
    if (input.person) return this.resolvePerson(manager, tenantId, input.person, `${field}.person`);
    if (input.address) return this.resolveAddress(manager, tenantId, input.address, `${field}.address`);
    return this.resolveOrganisation(manager, tenantId, input.organisation!, `${field}.organisation`);
  }

  /**
   * Looks a subject up by its natural key without registering it (hit / no-hit lookups). A person
   * without BSN has no natural key and is never found this way.
   */
  async find(manager: EntityManager, tenantId: string, input: SubjectInput, field = 'subject'): Promise<Subject | null> {
    const repository = manager.getRepository(Subject);
    if (input.person?.bsn) {
      const bsn = Bsn.parse(input.person.bsn, `${field}.person.bsn`);
      return repository.findOneBy({ tenantId, bsnBlindIndex: this.crypto.blindIndex(tenantId, 'BSN', bsn.value) });
    }
    if (input.address) {
      const postcode = Postcode.parse(input.address.postcode, `${field}.address.postcode`);
      return repository.findOneBy({ tenantId, addressKey: addressKey(postcode, input.address.houseNumber, input.address.houseNumberAddition) });
    }
    if (input.organisation) {
      return repository.findOneBy({ tenantId, kvkNumber: KvkNumber.parse(input.organisation.kvkNumber, `${field}.organisation.kvkNumber`).value });
    }
    return null;
  }

  private async resolvePerson(manager: EntityManager, tenantId: string, input: PersonInput, field: string): Promise<Subject> {
    if (!input.bsn && !input.name) {
      throw badInput(field, 'A person needs at least a BSN or a name', 'Een persoon heeft ten minste een BSN of een naam nodig');
    }
    if (input.dateOfBirth && input.dateOfBirth > new Date().toISOString().slice(0, 10)) {
      throw badInput(`${field}.dateOfBirth`, 'The date of birth lies in the future', 'De geboortedatum ligt in de toekomst');
    }
    const bsn = input.bsn ? Bsn.parse(input.bsn, `${field}.bsn`) : null;
    const address = input.address ? await this.resolveAddress(manager, tenantId, input.address, `${field}.address`) : null;
    const blindIndex = bsn ? this.crypto.blindIndex(tenantId, 'BSN', bsn.value) : null;
    const candidate = this.newSubject(tenantId, SubjectType.PERSON, {
      bsnEncrypted: bsn ? this.crypto.encrypt(bsn.value) : null,
      bsnBlindIndex: blindIndex,
      name: input.name ?? null,
      dateOfBirth: input.dateOfBirth ?? null,
      addressSubjectId: address?.id ?? null,
    });
    if (!blindIndex) {
      await manager.insert(Subject, candidate);
      return candidate;
    }
    // A known person keeps the facts on record; a new signal or case never overwrites or fills them silently.
    return this.insertOrFind(manager, candidate, { tenantId, bsnBlindIndex: blindIndex });
  }

  private async resolveAddress(manager: EntityManager, tenantId: string, input: AddressInput, field: string): Promise<Subject> {
    const postcode = Postcode.parse(input.postcode, `${field}.postcode`);
    const key = addressKey(postcode, input.houseNumber, input.houseNumberAddition);
    const candidate = this.newSubject(tenantId, SubjectType.ADDRESS, {
      postcode: postcode.value,
      houseNumber: input.houseNumber,
      houseNumberAddition: input.houseNumberAddition?.trim().toUpperCase() || null,
      street: input.street ?? null,
      town: input.town ?? null,
      bagId: input.bagId ?? null,
      addressKey: key,
    });
    return this.insertOrFind(manager, candidate, { tenantId, addressKey: key });
  }

  private async resolveOrganisation(manager: EntityManager, tenantId: string, input: OrganisationInput, field: string): Promise<Subject> {
    const kvk = KvkNumber.parse(input.kvkNumber, `${field}.kvkNumber`);
    const candidate = this.newSubject(tenantId, SubjectType.ORGANISATION, { kvkNumber: kvk.value, organisationName: input.name ?? null });
    return this.insertOrFind(manager, candidate, { tenantId, kvkNumber: kvk.value });
  }

  private async insertOrFind(manager: EntityManager, candidate: Subject, key: FindOptionsWhere<Subject>): Promise<Subject> {
    await manager.createQueryBuilder().insert().into(Subject).values(candidate).orIgnore().execute();
    const subject = await manager.getRepository(Subject).findOneByOrFail(key);
    if (subject.id !== candidate.id) this.matched.add(subject);
    return subject;
  }

  /**
   * Whether `resolve` found this subject already registered rather than creating it. Callers record
   * a match on a known person as a LOOKUP, so a privacy officer can see registrations used as lookups.
   */
  matchedExisting(subject: Subject): boolean {
    return this.matched.has(subject);
  }

  private newSubject(tenantId: string, type: SubjectType, fields: Partial<Subject>): Subject {
    return Object.assign(new Subject(), {
      tenantId,
      id: randomUUID(),
      type,
      bsnEncrypted: null,
      bsnBlindIndex: null,
      name: null,
      dateOfBirth: null,
      addressSubjectId: null,
      postcode: null,
      houseNumber: null,
      houseNumberAddition: null,
      street: null,
      town: null,
      bagId: null,
      addressKey: null,
      kvkNumber: null,
      organisationName: null,
      restrictedAt: null,
      ...fields,
    });
  }
}
