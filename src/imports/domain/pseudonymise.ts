import { createHmac, hkdfSync } from 'node:crypto';
import type { AddressRef, ClientRef } from './records.js';

/**
 * The border (CONTRACT.md "Pseudonymisation at the border"): a BSN becomes `clientKey` =
 * HMAC-SHA-256 of its 9 digits under a key of this tenant derived from DOORBRAAK_SECRET, and
 * never goes further. An address and a household id become keyed hashes too. Different
 * municipalities get unrelated keys, so their keys cannot be joined.
 */
export interface Pseudonymiser {
  /** The client: from the BSN, else from the municipality's own number. */
  bsnKey(bsn: string): string;
  numberKey(clientNumber: string): string;
  addressKey(address: AddressRef): string;
  householdKey(householdId: string): string;
}

export function tenantKey(secret: string, tenantId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'doorbraak-pseudonymisation', `tenant:${tenantId}`, 32));
}

export function pseudonymiser(secret: string, tenantId: string): Pseudonymiser {
  const key = tenantKey(secret, tenantId);
  const mac = (value: string) => createHmac('sha256', key).update(value).digest('hex');
  return {
    bsnKey: (bsn) => mac(bsn),
    // Prefixed so a client number can never collide with a BSN's hash.
    numberKey: (clientNumber) => mac(`client-number:${clientNumber}`),
    addressKey: (a) =>
      mac(`address:${a.postcode.replace(/\s+/g, '').toUpperCase()}|${a.houseNumber}|${(a.houseLetter ?? '').toUpperCase()}|${(a.addition ?? '').toUpperCase()}`),
    householdKey: (householdId) => mac(`household:${householdId}`),
  };
}

/** A client as stored: never the BSN. */
export interface ClientKeys {
  bsnKey: string | null;
  numberKey: string | null;
  clientNumber: string | null;
}

export function clientKeys(client: ClientRef, p: Pseudonymiser): ClientKeys {
  return {
    bsnKey: client.bsn ? p.bsnKey(client.bsn) : null,
    numberKey: client.clientNumber ? p.numberKey(client.clientNumber) : null,
    clientNumber: client.clientNumber ?? null,
  };
}
