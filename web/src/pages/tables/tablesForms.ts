import { z } from 'zod';
import { MIN_SLOT_MINUTES } from '../../../../src/tables/domain/agenda';
import { agendaItemBody, intervalWeeks, minutesBody, tableFields, type MeetingTable } from '../../../../src/tables/tables.contract';

/**
 * The tables' forms, validated in the browser by the contract's own schemas. Selects and number
 * inputs hold text; each field is turned into the contract's type and then checked by the
 * contract's schema for it, so the browser refuses what the server would refuse.
 */

const wholeNumber = (message: string) => z.string().trim().regex(/^\d+$/, message).transform(Number);

/** The table form: `POST /tables` and `PATCH /tables/:id` take its output as it is. */
export const tableFormSchema = z.object({
  kind: tableFields.kind,
  name: tableFields.name,
  weekday: z.string().transform(Number).pipe(tableFields.weekday),
  startTime: tableFields.startTime,
  intervalWeeks: z.string().transform(Number).pipe(intervalWeeks),
  slotMinutes: wholeNumber('Vul het aantal minuten in, bijvoorbeeld 30.').pipe(tableFields.slotMinutes),
  active: tableFields.active,
});
export type TableFormValues = z.input<typeof tableFormSchema>;

export const EMPTY_TABLE: TableFormValues = { kind: 'doorbraak', name: '', weekday: '2', startTime: '15:30', intervalWeeks: '1', slotMinutes: '30', active: true };

export function tableFormValues(table: MeetingTable | undefined): TableFormValues {
  if (!table) return EMPTY_TABLE;
  return {
    kind: table.kind,
    name: table.name,
    weekday: String(table.weekday),
    startTime: table.startTime,
    intervalWeeks: String(table.intervalWeeks),
    slotMinutes: String(table.slotMinutes),
    active: table.active,
  };
}

/** A case on the agenda as the builder holds it: what the row shows, and the slot as typed. */
const agendaDraft = z.object({ planId: agendaItemBody.shape.planId, caseNumber: z.string(), status: z.string(), planCents: z.number(), slotMinutes: z.string() });
export type AgendaDraft = z.input<typeof agendaDraft>;

/** The agenda: every slot a whole number of minutes within the municipality's maximum (as the server checks). */
export function agendaFormSchema(maxSlotMinutes: number) {
  const slotMessage = `Kies een tijdvak van ${MIN_SLOT_MINUTES} tot en met ${maxSlotMinutes} minuten.`;
  return z.object({
    items: z.array(
      agendaDraft
        .extend({ slotMinutes: wholeNumber(slotMessage).pipe(agendaItemBody.shape.slotMinutes.min(MIN_SLOT_MINUTES, slotMessage).max(maxSlotMinutes, slotMessage)) })
        .transform(({ planId, slotMinutes }) => ({ planId, slotMinutes })),
    ),
  });
}
export type AgendaFormValues = z.input<ReturnType<typeof agendaFormSchema>>;

/** One slot as typed in the agenda (saved on change): minutes, or the same message the form schema gives. */
export function parseSlot(text: string, maxSlotMinutes: number): { minutes: number } | { message: string } {
  const parsed = agendaFormSchema(maxSlotMinutes).shape.items.element.safeParse({ planId: 'x', caseNumber: '', status: '', planCents: 0, slotMinutes: text });
  return parsed.success ? { minutes: parsed.data.slotMinutes } : { message: parsed.error.issues[0]?.message ?? 'Ongeldig tijdvak.' };
}

/** The minutes: the text only; the version travels beside it. */
export const minutesFormSchema = minutesBody.pick({ minutes: true });
