import { memo, useState } from 'react';
import { refersTo } from '../../../../../src/library/domain/legal-bases';
import { Button } from '../../../components/Button';
import { Heading2, Heading3 } from '../../../components/Heading';
import { Paragraph } from '../../../components/Paragraph';
import type { LegalBasisRef, PlanDocument } from '../planTypes';
import { useReadOnly } from './CanvasContext';
import { focusField } from './focusField';
import { insertAt, legalBasisFrom, replaceAt } from './document';
import { CanvasTextField } from './fields/CanvasTextField';
import { UndoNotice } from './UndoNotice';
import { LegalSuggestionItem } from './LegalSuggestionItem';
import { useLegalSuggestions } from './useLegalSuggestions';
import type { Edit } from './types';
import { useRemovalUndo } from './useRemovalUndo';
import './sections.css';

interface LegalBasesSectionProps {
  planId: string;
  legalBases: LegalBasisRef[] | undefined;
  /** The saved plan: the server suggests on what it has. */
  saved: PlanDocument;
  edit: Edit;
}

/** Suggestions shown at first; the rest one click away, so the list does not push the plan down. */
const FIRST = 4;

export const basisTitle = (basis: Pick<LegalBasisRef, 'regulation' | 'article'>) =>
  `${basis.regulation || 'Grondslag'}${basis.article ? `, artikel ${basis.article}` : ''}`;

/** Legitimiteit: the legal bases with their motivation, and suggestions that are one click away. */
export const LegalBasesSection = memo(function LegalBasesSection({ planId, legalBases: bases = [], saved, edit }: LegalBasesSectionProps) {
  const readOnly = useReadOnly();
  const suggestions = useLegalSuggestions(planId, saved, !readOnly);
  const { removal, remember, forget } = useRemovalUndo<LegalBasisRef>();
  const [showAll, setShowAll] = useState(false);
  // The server leaves out what the saved plan names; what was added since is left out here.
  const open = suggestions.items.filter((suggestion) => !bases.some((basis) => refersTo(basis, { ...suggestion, shortName: suggestion.shortName })));
  const setBases = (change: (bases: LegalBasisRef[]) => LegalBasisRef[]) => edit((current) => ({ ...current, legalBases: change(current.legalBases ?? []) }));

  const add = (basis: LegalBasisRef, focus: 'motivation' | 'regulation') => {
    const index = bases.length;
    setBases((current) => [...current, basis]);
    forget();
    focusField(`legalBases.${index}.${focus}`);
  };

  return (
    <section aria-labelledby="legitimiteit" className="dbk-canvas-section">
      <Heading2 id="legitimiteit">Legitimiteit: wettelijke grondslag</Heading2>
      <Paragraph>Op welke wet, verordening of beleidsregel steunt het maatwerk? Motiveer per grondslag waarom hij hier past.</Paragraph>
      <div className="dbk-legal">
        <div className="dbk-legal__chosen">
          <Heading3 id="grondslagen">Grondslagen van dit plan</Heading3>
          {bases.length === 0 ? <p className="utrecht-paragraph dbk-muted">Nog geen grondslag gekozen.</p> : null}
          <ol className="dbk-plain-list dbk-legal__list" aria-labelledby="grondslagen">
            {bases.map((basis, index) => (
              <li key={index} className="dbk-legal__item">
                <div className="dbk-canvas-row">
                  <CanvasTextField
                    path={`legalBases.${index}.regulation`}
                    label={
                      <>
                        Regeling<span className="dbk-visually-hidden"> van grondslag {index + 1}</span>
                      </>
                    }
                    value={basis.regulation}
                    maxLength={500}
                    className="dbk-grow"
                    onChange={(regulation) => setBases((current) => replaceAt(current, index, { ...current[index]!, regulation }))}
                  />
                  <CanvasTextField
                    path={`legalBases.${index}.article`}
                    label={
                      <>
                        Artikel<span className="dbk-visually-hidden"> van grondslag {index + 1}</span>
                      </>
                    }
                    value={basis.article}
                    maxLength={50}
                    className="dbk-canvas-field--narrow"
                    onChange={(article) => setBases((current) => replaceAt(current, index, { ...current[index]!, article }))}
                  />
                </div>
                <CanvasTextField
                  path={`legalBases.${index}.motivation`}
                  label={
                    <>
                      Motivering<span className="dbk-visually-hidden"> bij {basisTitle(basis)}</span>
                    </>
                  }
                  description="Waarom past deze grondslag bij dit huishouden en deze oplossing?"
                  multiline
                  rows={3}
                  value={basis.motivation}
                  maxLength={5000}
                  onChange={(motivation) => setBases((current) => replaceAt(current, index, { ...current[index]!, motivation }))}
                />
                {readOnly ? null : (
                  <Button
                    appearance="subtle"
                    onClick={() => {
                      setBases((current) => replaceAt(current, index, null));
                      remember(basis, index, `${basisTitle(basis)} verwijderd.`);
                    }}
                  >
                    Grondslag verwijderen<span className="dbk-visually-hidden">: {basisTitle(basis)}</span>
                  </Button>
                )}
              </li>
            ))}
          </ol>
          {readOnly ? null : (
            <>
              <UndoNotice
                removal={removal}
                label="Grondslag"
                onUndo={(undone) => {
                  setBases((current) => insertAt(current, undone.index, undone.item));
                  forget();
                  focusField(`legalBases.${undone.index}.motivation`);
                }}
              />
              <Button appearance="secondary" onClick={() => add({ regulation: '', article: '', motivation: '' }, 'regulation')}>
                Zelf een grondslag toevoegen
              </Button>
            </>
          )}
        </div>
        {readOnly ? null : (
          <aside className="dbk-legal__suggestions" aria-labelledby="suggesties">
            <Heading3 id="suggesties">Voorgestelde grondslagen</Heading3>
            <p className="utrecht-paragraph dbk-muted dbk-legal__hint">Op basis van de leefgebieden, de geldstromen van het maatwerk en eerdere plannen.</p>
            {suggestions.failed ? <p className="utrecht-paragraph">De voorstellen konden niet worden geladen.</p> : null}
            {suggestions.loaded && open.length === 0 && !suggestions.failed ? (
              <p className="utrecht-paragraph dbk-muted">Geen voorstellen. Kies leefgebieden of voeg kostenregels toe aan het maatwerk.</p>
            ) : null}
            <ul className="dbk-plain-list dbk-suggestions">
              {open.slice(0, showAll ? open.length : FIRST).map((suggestion) => (
                <LegalSuggestionItem key={suggestion.code} suggestion={suggestion} onAdd={() => add(legalBasisFrom(suggestion), 'motivation')} />
              ))}
            </ul>
            {open.length > FIRST && !showAll ? (
              <Button appearance="subtle" onClick={() => setShowAll(true)}>
                Nog {open.length - FIRST} voorstellen tonen
              </Button>
            ) : null}
          </aside>
        )}
      </div>
    </section>
  );
});
