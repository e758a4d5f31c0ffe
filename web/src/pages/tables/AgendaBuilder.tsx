import { useEffect, useRef, useState } from 'react';
import { scheduleAgenda } from '../../../../src/tables/domain/agenda';
import { formatEuro } from '../../../../src/shared/money';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { Heading3 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { tablesApi, type SessionDetail } from './tablesApi';
import { move, statusLabel } from './tablesFormat';
import { parseSlot } from './tablesForms';

/** A case on the agenda as the builder holds it. */
interface Entry {
  planId: string;
  caseNumber: string;
  status: string;
  planCents: number;
  slotMinutes: number;
}

const entriesOf = (detail: SessionDetail): Entry[] =>
  detail.agenda.map((a) => ({ planId: a.planId, caseNumber: a.caseNumber, status: a.status, slotMinutes: a.slotMinutes, planCents: a.kba.planCents }));

const slotId = (index: number) => `agenda-tijdvak-${index}`;
/** A typed slot is saved this long after the last keystroke (or at once when the field is left). */
const SLOT_SAVE_DELAY_MS = 600;

/**
 * The voorzitter's agenda, saved on every change: one action adds a case, one removes it, a move
 * or a changed slot is saved as it happens. The last change can be undone; a status line says
 * what happened and whether it is saved.
 */
export function AgendaBuilder({ detail, onSaved }: { detail: SessionDetail; onSaved: (detail: SessionDetail) => void }) {
  const [items, setItems] = useState<Entry[]>(() => entriesOf(detail));
  const [slotTexts, setSlotTexts] = useState<Record<string, string>>({});
  const [undo, setUndo] = useState<{ items: Entry[]; label: string } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(0);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const focusables = useRef(new Map<string, HTMLElement>());
  const saved = useRef<Entry[]>(items);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const slotTimer = useRef<number | undefined>(undefined);
  // Every case seen on this agenda or among its candidates: a removed case can be added again.
  const known = useRef(new Map<string, Entry>());
  for (const entry of entriesOf(detail)) known.current.set(entry.planId, entry);
  for (const c of detail.candidates) if (!known.current.has(c.planId)) known.current.set(c.planId, { planId: c.planId, caseNumber: c.caseNumber, status: c.status, planCents: c.kba.planCents, slotMinutes: 0 });

  useEffect(() => {
    if (!focusTarget) return;
    focusables.current.get(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget, items]);
  useEffect(() => () => window.clearTimeout(slotTimer.current), []);

  const register = (key: string) => (el: HTMLElement | null) => void (el ? focusables.current.set(key, el) : focusables.current.delete(key));

  /** Saves `next` after any save still running, so the server sees the changes in order. */
  const save = (next: Entry[], message: string) => {
    setPending((n) => n + 1);
    setError(null);
    setAnnouncement(`${message} Bezig met opslaan…`);
    queue.current = queue.current.then(async () => {
      try {
        const answer = await tablesApi.saveAgenda(detail.session.id, next.map(({ planId, slotMinutes }) => ({ planId, slotMinutes })));
        saved.current = next;
        onSaved(answer);
        setAnnouncement(`${message} De agenda is opgeslagen.`);
      } catch (caught) {
        // Back to what the server holds: the screen never shows an agenda that is not saved.
        setItems(saved.current);
        setUndo(null);
        const text = caught instanceof ApiError ? caught.message : String(caught);
        setError(text);
        setAnnouncement(`Niet opgeslagen: ${text}`);
      } finally {
        setPending((n) => n - 1);
      }
    });
  };

  const change = (next: Entry[], message: string, undoLabel: string) => {
    setUndo({ items, label: undoLabel });
    setItems(next);
    save(next, message);
  };

  const onAgenda = new Set(items.map((i) => i.planId));
  const candidateIds = new Set(detail.candidates.map((c) => c.planId));
  const addable = [...known.current.values()].filter((e) => !onAgenda.has(e.planId) && (candidateIds.has(e.planId) || saved.current.some((s) => s.planId === e.planId) || detail.agenda.some((a) => a.planId === e.planId)));
  const schedule = scheduleAgenda(detail.session.startTime, items);
  const defaultSlot = Math.min(detail.table.slotMinutes, detail.maxSlotMinutes);

  const add = (entry: Entry, position: number) => {
    const next = [...items, { ...entry, slotMinutes: entry.slotMinutes || defaultSlot }];
    const following = addable[position + 1] ?? addable[position - 1];
    setFocusTarget(following ? `add-${following.planId}` : `slot-${entry.planId}`);
    change(next, `Casus ${entry.caseNumber} staat op de agenda, op plaats ${next.length}.`, `toevoegen van casus ${entry.caseNumber}`);
  };

  const remove = (index: number) => {
    const item = items[index]!;
    setFocusTarget('undo');
    change(
      items.filter((_, i) => i !== index),
      `Casus ${item.caseNumber} is van de agenda gehaald.`,
      `verwijderen van casus ${item.caseNumber}`,
    );
  };

  const reorder = (index: number, delta: number, direction: 'op' | 'neer') => {
    const item = items[index]!;
    const next = move(items, index, delta);
    if (next.indexOf(item) === index) {
      setAnnouncement(`Casus ${item.caseNumber} staat al ${delta < 0 ? 'bovenaan' : 'onderaan'}.`);
      return;
    }
    setFocusTarget(`${item.planId}-${direction}`);
    change(next, `Casus ${item.caseNumber} staat nu op plaats ${next.indexOf(item) + 1} van ${next.length}.`, `verplaatsen van casus ${item.caseNumber}`);
  };

  const slotError = (item: Entry) => {
    const text = slotTexts[item.planId];
    if (text === undefined) return undefined;
    const parsed = parseSlot(text, detail.maxSlotMinutes);
    return 'message' in parsed ? parsed.message : undefined;
  };

  /** Saves a typed slot when it is valid and differs from the agenda. */
  const commitSlot = (planId: string) => {
    window.clearTimeout(slotTimer.current);
    const text = slotTexts[planId];
    const item = items.find((i) => i.planId === planId);
    if (text === undefined || !item) return;
    const parsed = parseSlot(text, detail.maxSlotMinutes);
    if ('message' in parsed || parsed.minutes === item.slotMinutes) return;
    setSlotTexts(({ [planId]: _, ...rest }) => rest);
    change(
      items.map((i) => (i.planId === planId ? { ...i, slotMinutes: parsed.minutes } : i)),
      `Tijdvak van casus ${item.caseNumber}: ${parsed.minutes} minuten.`,
      `wijzigen van het tijdvak van casus ${item.caseNumber}`,
    );
  };

  // The delayed save reads the latest typed text: it runs from an effect, not from the timer's closure.
  const [slotDue, setSlotDue] = useState<string | null>(null);
  useEffect(() => {
    if (!slotDue) return;
    setSlotDue(null);
    commitSlot(slotDue);
    // commitSlot is this render's, with this render's texts: exactly what should be saved.
  }, [slotDue]);

  const revert = () => {
    if (!undo) return;
    const previous = undo;
    setUndo(null);
    setItems(previous.items);
    setSlotTexts({});
    save(previous.items, `Het ${previous.label} is ongedaan gemaakt.`);
  };

  return (
    <div className="dbk-agenda-builder">
      {items.length === 0 ? (
        <Paragraph>Er staan nog geen casussen op de agenda. Voeg ze hieronder toe; elke wijziging wordt meteen opgeslagen.</Paragraph>
      ) : (
        <Table caption="Agenda: casussen in volgorde van bespreking">
          <TableHead columns={['#', 'Tijd', 'Casus', 'Status', 'Minuten', 'Maatwerk', 'Volgorde']} />
          <TableBody>
            {schedule.items.map((item, index) => {
              const problem = slotError(item);
              return (
                <Row key={item.planId}>
                  <Cell>{index + 1}</Cell>
                  <Cell>
                    {item.startsAt}–{item.endsAt}
                  </Cell>
                  <Cell header>Casus {item.caseNumber}</Cell>
                  <Cell>{statusLabel(item.status)}</Cell>
                  <Cell>
                    <label className="dbk-visually-hidden" htmlFor={slotId(index)}>
                      Tijdvak casus {item.caseNumber} in minuten
                    </label>
                    <input
                      id={slotId(index)}
                      ref={register(`slot-${item.planId}`)}
                      className={`utrecht-textbox utrecht-textbox--html-input dbk-slot-input${problem ? ' utrecht-textbox--invalid' : ''}`}
                      inputMode="numeric"
                      autoComplete="off"
                      value={slotTexts[item.planId] ?? String(item.slotMinutes)}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? `${slotId(index)}-fout` : undefined}
                      onChange={(event) => {
                        const text = event.target.value;
                        setSlotTexts((texts) => ({ ...texts, [item.planId]: text }));
                        window.clearTimeout(slotTimer.current);
                        slotTimer.current = window.setTimeout(() => setSlotDue(item.planId), SLOT_SAVE_DELAY_MS);
                      }}
                      onBlur={() => commitSlot(item.planId)}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') commitSlot(item.planId);
                      }}
                    />
                    {problem ? (
                      <p id={`${slotId(index)}-fout`} className="utrecht-form-field-error-message dbk-slot-error">
                        {problem}
                      </p>
                    ) : null}
                  </Cell>
                  <Cell>{formatEuro(item.planCents)}</Cell>
                  <Cell>
                    <div className="dbk-row-actions">
                      <Button appearance="secondary" ref={register(`${item.planId}-op`)} aria-label={`Omhoog: casus ${item.caseNumber}`} onClick={() => reorder(index, -1, 'op')}>
                        Omhoog
                      </Button>
                      <Button appearance="secondary" ref={register(`${item.planId}-neer`)} aria-label={`Omlaag: casus ${item.caseNumber}`} onClick={() => reorder(index, 1, 'neer')}>
                        Omlaag
                      </Button>
                      <Button appearance="subtle" aria-label={`Van de agenda: casus ${item.caseNumber}`} onClick={() => remove(index)}>
                        Verwijderen
                      </Button>
                    </div>
                  </Cell>
                </Row>
              );
            })}
          </TableBody>
        </Table>
      )}
      <p className="utrecht-paragraph" id="agenda-totaal">
        Totale duur: <strong>{schedule.totalMinutes} minuten</strong> ({detail.session.startTime}–{schedule.endsAt}). Hoogstens {detail.maxSlotMinutes} minuten per casus.
      </p>
      <div className="dbk-agenda-status">
        <p className="utrecht-paragraph dbk-agenda-status__text" role="status" aria-live="polite" id="agenda-melding">
          {announcement}
        </p>
        {undo ? (
          <Button appearance="secondary" ref={register('undo')} busy={pending > 0} onClick={revert}>
            Ongedaan maken<span className="dbk-visually-hidden">: {undo.label}</span>
          </Button>
        ) : null}
      </div>
      {error ? (
        <Alert type="error">
          <p className="utrecht-paragraph dbk-paragraph">De laatste wijziging is niet opgeslagen: {error} De agenda toont weer wat er is opgeslagen.</p>
        </Alert>
      ) : null}
      <Heading3>Kandidaten</Heading3>
      {addable.length === 0 ? (
        <Paragraph>Er zijn geen plannen die op deze agenda kunnen.</Paragraph>
      ) : (
        <ul className="dbk-candidate-list">
          {addable.map((entry, position) => {
            return (
              <li key={entry.planId} className="dbk-candidate">
                <span>
                  Casus {entry.caseNumber} · {statusLabel(entry.status)} · maatwerk {formatEuro(entry.planCents)}
                </span>{' '}
                <Button appearance="secondary" ref={register(`add-${entry.planId}`)} aria-label={`Op de agenda: casus ${entry.caseNumber}`} onClick={() => add(entry, position)}>
                  Op de agenda
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
