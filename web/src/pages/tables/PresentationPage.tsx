import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Plan } from '../../../../src/plans/plans.contract';
import { formatEuro } from '../../../../src/shared/money';
import { Button, ButtonGroup } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { usePageTitle } from '../../components/usePageTitle';
import { navigate } from '../../router';
import { request } from '../../http/client';
import { dueLabel } from '../plans/canvas/questions/questionsApi';
import { tablesApi, tablesKeys, type AgendaEntry } from './tablesApi';
import { minutesLeftLabel, stepForKey } from './timer';
import { sessionPath } from './tablesFormat';
import './presentation.css';

function SlotTimer({ slotMinutes }: { slotMinutes: number }) {
  const [remaining, setRemaining] = useState(slotMinutes * 60);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const from = remaining;
    const timer = window.setInterval(() => {
      const left = Math.max(0, from - Math.floor((Date.now() - started) / 1000));
      setRemaining(left);
      if (left === 0) setRunning(false);
    }, 1000);
    return () => window.clearInterval(timer);
    // Restarts only when started or paused; `remaining` is read as the value to count down from.
  }, [running]);
  return (
    <div className="dbk-timer">
      <p className={`dbk-timer__left${remaining === 0 ? ' dbk-timer__left--over' : ''}`} role="status" aria-live="polite" aria-atomic="true">
        {minutesLeftLabel(remaining)}
      </p>
      <Button appearance="secondary" onClick={() => setRunning((r) => !r)} aria-pressed={running}>
        {running ? 'Pauze' : remaining === slotMinutes * 60 ? 'Start timer' : 'Verder'}
      </Button>
    </div>
  );
}

function CaseView({ item, position, total }: { item: AgendaEntry; position: number; total: number }) {
  // The case as the canvas shows it (capability `plans`), read once per case of the presentation.
  const plan = useQuery({ queryKey: ['tables', 'presentation', item.planId], queryFn: () => request<Plan>(`/api/v1/plans/${encodeURIComponent(item.planId)}`) });
  return (
    <article className="dbk-presentation__case" aria-labelledby="presentatie-casus">
      <h2 id="presentatie-casus" className="utrecht-heading-2">
        Casus {item.caseNumber} <span className="dbk-presentation__position">({position} van {total})</span>
      </h2>
      <p className="dbk-presentation__time">
        {item.startsAt}–{item.endsAt}
      </p>
      <SlotTimer key={item.planId} slotMinutes={item.slotMinutes} />
      {plan.data ? (
        <>
          <h3 className="utrecht-heading-3">Perspectief</h3>
          <p className="utrecht-paragraph">{plan.data.perspective || 'Niet ingevuld.'}</p>
          <h3 className="utrecht-heading-3">Doorbraak</h3>
          <p className="utrecht-paragraph">{plan.data.breakthrough || 'Niet ingevuld.'}</p>
          <h3 className="utrecht-heading-3">Kosten-batenanalyse</h3>
          <dl className="dbk-presentation__kba">
            <div>
              <dt>Huidig</dt>
              <dd>{formatEuro(plan.data.kba.currentCents)}</dd>
            </div>
            <div>
              <dt>Dreigend</dt>
              <dd>{formatEuro(plan.data.kba.threatenedCents)}</dd>
            </div>
            <div>
              <dt>Maatwerk</dt>
              <dd>{formatEuro(plan.data.kba.planCents)}</dd>
            </div>
            <div>
              <dt>Rendement</dt>
              <dd>{formatEuro(plan.data.kba.returnCents)}</dd>
            </div>
            <div>
              <dt>Uit maatwerkbudget</dt>
              <dd>{formatEuro(plan.data.kba.maatwerkbudgetCents)}</dd>
            </div>
          </dl>
          <h3 className="utrecht-heading-3">Wettelijke grondslag</h3>
          {(plan.data.legalBases ?? []).length === 0 ? (
            <p className="utrecht-paragraph">Nog geen grondslag vastgelegd.</p>
          ) : (
            <ul className="utrecht-unordered-list">
              {(plan.data.legalBases ?? []).map((basis, index) => (
                <li key={index} className="utrecht-unordered-list__item">
                  {basis.regulation}
                  {basis.article ? `, art. ${basis.article}` : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : plan.error ? (
        <LoadError what="De gegevens van de casus" error={plan.error} onRetry={() => void plan.refetch()} />
      ) : (
        <Loading>De casus wordt geladen…</Loading>
      )}
      <h3 className="utrecht-heading-3">Open vragen</h3>
      {item.openQuestions.length === 0 ? (
        <p className="utrecht-paragraph">Geen open vragen.</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {item.openQuestions.map((q) => (
            <li key={q.id} className="utrecht-unordered-list__item">
              {q.question} <span className="dbk-presentation__meta">({q.assigneeName ?? 'onbekend'}, uiterlijk {dueLabel(q.dueDate)}{q.overdue ? ', te laat' : ''})</span>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

/** Whether the browser lets this page fill the screen, and whether it does now. */
function useFullscreen() {
  const [active, setActive] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  const toggle = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    else void document.documentElement.requestFullscreen().catch(() => {});
  };
  return { supported: document.fullscreenEnabled === true, active, toggle };
}

/**
 * The agenda on a projector, outside the app's header and menu (routes.tsx `fullScreen`): one case
 * at a time in large type, a timer per slot. Arrows, page keys and space move on; Escape leaves
 * full screen (the browser does that) and, when not in full screen, goes back to the session.
 */
export function PresentationPage({ id }: { id: string }) {
  const data = useQuery({ queryKey: tablesKeys.session(id), queryFn: () => tablesApi.session(id) });
  const [index, setIndex] = useState(0);
  const agenda = data.data?.agenda ?? [];
  const fullscreen = useFullscreen();
  usePageTitle(data.data ? `Presentatie ${data.data.table.name}` : 'Presentatie');

  const go = (delta: number) => setIndex((i) => Math.min(Math.max(0, i + delta), Math.max(0, agenda.length - 1)));
  const leave = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    navigate(sessionPath(id));
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if (event.key === 'Escape') {
        // In full screen the browser takes Escape itself: it only leaves full screen.
        if (document.fullscreenElement) return;
        event.preventDefault();
        navigate(sessionPath(id));
        return;
      }
      // Space on a button presses that button (the timer, the full-screen toggle).
      if (event.key === ' ' && target?.tagName === 'BUTTON') return;
      const step = stepForKey(event.key, event.shiftKey);
      if (step === null) return;
      event.preventDefault();
      setIndex((i) => Math.min(Math.max(0, i + step), Math.max(0, agenda.length - 1)));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [agenda.length, id]);

  const item = agenda[index];
  return (
    <main id="inhoud" tabIndex={-1} className="dbk-presentation">
      <header className="dbk-presentation__bar">
        <PageHeading>{data.data ? `${data.data.table.name}` : 'Presentatie'}</PageHeading>
        <ButtonGroup>
          {fullscreen.supported ? (
            <Button appearance="secondary" onClick={fullscreen.toggle} aria-pressed={fullscreen.active}>
              {fullscreen.active ? 'Volledig scherm uit' : 'Volledig scherm'}
            </Button>
          ) : null}
          <Button appearance="primary" onClick={leave}>
            Sluit presentatie
          </Button>
        </ButtonGroup>
      </header>
      {data.error ? (
        <LoadError what="De agenda" error={data.error} onRetry={() => void data.refetch()} />
      ) : !data.data ? (
        <Loading>De agenda wordt geladen…</Loading>
      ) : !item ? (
        <p className="utrecht-paragraph">Er staan geen casussen op de agenda.</p>
      ) : (
        <>
          <p className="dbk-visually-hidden" role="status">
            Casus {index + 1} van {agenda.length}: {item.caseNumber}
          </p>
          <CaseView key={item.planId} item={item} position={index + 1} total={agenda.length} />
        </>
      )}
      <footer className="dbk-presentation__footer">
        <ButtonGroup>
          <Button appearance="secondary" onClick={() => go(-1)} aria-disabled={index === 0 || undefined}>
            Vorige casus
          </Button>
          <Button appearance="secondary" onClick={() => go(1)} aria-disabled={index >= agenda.length - 1 || undefined}>
            Volgende casus
          </Button>
        </ButtonGroup>
        <p className="dbk-presentation__hint">Pijltjes, spatie of Page Up en Page Down: vorige of volgende casus. Escape: terug naar de sessie.</p>
      </footer>
    </main>
  );
}
