import { memo } from 'react';
import { BOTTLENECK_LEVELS, DOMAINS, type BottleneckLevel, type Domain } from '../../../../../src/plans/domain/vocabulary';
import { Button } from '../../../components/Button';
import { Heading2 } from '../../../components/Heading';
import { Paragraph } from '../../../components/Paragraph';
import type { Bottleneck } from '../planTypes';
import { useReadOnly } from './CanvasContext';
import { focusField } from './focusField';
import { insertAt, replaceAt } from './document';
import { CanvasSelect } from './fields/CanvasSelect';
import { CanvasTextField } from './fields/CanvasTextField';
import { UndoNotice } from './UndoNotice';
import type { Edit } from './types';
import { useRemovalUndo } from './useRemovalUndo';

const LEVELS = BOTTLENECK_LEVELS.map((level) => ({ value: level.key, label: level.label }));
const THEMES = DOMAINS.map((domain) => ({ value: domain.key, label: domain.label }));

interface Props {
  bottlenecks: Bottleneck[] | undefined;
  edit: Edit;
}

/** Knelpunten for systeemleren: which rule blocked the simple solution, and at what level. */
export const BottlenecksSection = memo(function BottlenecksSection({ bottlenecks: rows = [], edit }: Props) {
  const readOnly = useReadOnly();
  const { removal, remember, forget } = useRemovalUndo<Bottleneck>();
  const set = (change: (rows: Bottleneck[]) => Bottleneck[]) => edit((current) => ({ ...current, bottlenecks: change(current.bottlenecks ?? []) }));
  const update = (index: number, patch: Partial<Bottleneck>) => set((current) => replaceAt(current, index, { ...current[index]!, ...patch }));
  const add = () => {
    set((current) => [...current, { description: '', rule: '', level: 'local', theme: 'other' }]);
    forget();
    focusField(`bottlenecks.${rows.length}.description`);
  };

  return (
    <section aria-labelledby="knelpunten" className="dbk-canvas-section">
      <Heading2 id="knelpunten">Knelpunten</Heading2>
      <Paragraph>Welke regel of werkwijze stond de eenvoudige oplossing in de weg? Zo leert de gemeente waar regels knellen.</Paragraph>
      <ol className="dbk-plain-list dbk-bottlenecks">
        {rows.map((row, index) => (
          <li key={index} className="dbk-bottleneck">
            <CanvasTextField path={`bottlenecks.${index}.description`} label={`Knelpunt ${index + 1}`} multiline rows={2} value={row.description} maxLength={5000} onChange={(description) => update(index, { description })} />
            <div className="dbk-canvas-row">
              <CanvasTextField path={`bottlenecks.${index}.rule`} label="Regel of werkwijze" value={row.rule} maxLength={1000} className="dbk-grow" onChange={(rule) => update(index, { rule })} />
              <CanvasSelect path={`bottlenecks.${index}.level`} label="Niveau" value={row.level} options={LEVELS} onChange={(level) => update(index, { level: level as BottleneckLevel })} />
              <CanvasSelect path={`bottlenecks.${index}.theme`} label="Thema" value={row.theme} options={THEMES} onChange={(theme) => update(index, { theme: theme as Domain })} />
              {readOnly ? null : (
                <Button
                  appearance="subtle"
                  className="dbk-row-end"
                  onClick={() => {
                    set((current) => replaceAt(current, index, null));
                    remember(row, index, `Knelpunt ${index + 1} verwijderd.`);
                  }}
                >
                  Verwijderen<span className="dbk-visually-hidden">: knelpunt {index + 1}</span>
                </Button>
              )}
            </div>
          </li>
        ))}
      </ol>
      {rows.length === 0 ? <p className="utrecht-paragraph dbk-muted">Nog geen knelpunten.</p> : null}
      {readOnly ? null : (
        <>
          <UndoNotice removal={removal} label="Knelpunt" onUndo={(undone) => { set((current) => insertAt(current, undone.index, undone.item)); forget(); }} />
          <Button appearance="secondary" onClick={add}>
            Knelpunt toevoegen
          </Button>
        </>
      )}
    </section>
  );
});
