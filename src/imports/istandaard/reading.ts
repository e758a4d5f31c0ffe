import type { AddressRef, ClientRef, ImportRecord } from '../domain/records.js';
import type { MessageKind } from './kinds.js';

/** What the element tree's handlers see of the reader. */
export interface Reading {
  readonly kind: MessageKind;
  readonly municipalityCode: string;
  readonly fields: Fields;
  /** An error at the path of the element being read, or of its child `child`. */
  fail(message: string, child?: string): void;
  /**
   * A record. One with an invalid value always comes after the error about it, so a consumer
   * that stores nothing of a file with errors (and only counts its records) never stores it.
   */
  emit(record: ImportRecord): void;
}

/**
 * The values of the current header, client and product (or Prestatie) only: each is reset when
 * its element opens, so memory does not grow with the message. '' means absent.
 */
export class Fields {
  headerDone = false;
  sender = '';
  receiver = '';
  messageDate = '';

  client: ClientRef | undefined = undefined;
  birthDate = '';
  birthDateUse = '';
  birthYear: number | undefined = undefined;
  address: AddressRef | undefined = undefined;

  contactKind = '';
  postcode = '';
  houseNumber = '';
  houseLetter = '';
  addition = '';

  serviceId = '';
  productCategory = '';
  productCode = '';
  assignedOn = '';
  assignmentStart = '';
  startDate = '';
  endDate = '';
  hasVolume = false;
  volume = 0;
  unit = '';
  frequency = '';
  budgetCents: number | undefined = undefined;
  reason = '';

  declarationNumber = '';
  declaredOn = '';
  declarationStart = '';
  declarationEnd = '';
  productReference = '';
  unitPriceCents: number | undefined = undefined;
  amountCents = 0;
  debitCredit = '';

  resetClient(): void {
    this.client = undefined;
    this.birthDate = '';
    this.birthDateUse = '';
    this.birthYear = undefined;
    this.address = undefined;
  }

  resetContact(): void {
    this.contactKind = '';
    this.postcode = '';
    this.houseNumber = '';
    this.houseLetter = '';
    this.addition = '';
  }

  /** Before a ToegewezenProduct, StartProduct, StopProduct or Prestatie. */
  resetProduct(): void {
    this.serviceId = '';
    this.productCategory = '';
    this.productCode = '';
    this.assignedOn = '';
    this.assignmentStart = '';
    this.startDate = '';
    this.endDate = '';
    this.hasVolume = false;
    this.volume = 0;
    this.unit = '';
    this.frequency = '';
    this.budgetCents = undefined;
    this.reason = '';
    this.productReference = '';
    this.unitPriceCents = undefined;
    this.amountCents = 0;
    this.debitCredit = '';
  }
}
