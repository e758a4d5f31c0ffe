import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '../../../components/Button';
import type { ScenarioTarget } from './scenarioTargets';
import { useAnchoredPosition } from './useAnchoredPosition';

interface CopyLineMenuProps {
  /** "Regel 2": names the buttons. */
  row: string;
  targets: readonly ScenarioTarget[];
  onCopy: (target: ScenarioTarget) => void;
}

/**
 * "Kopiëren naar…": a disclosure with one button per other scenario, the first focused when it
 * opens. Escape closes it and puts focus back on the toggle, and so does a copy.
 */
export function CopyLineMenu({ row, targets, onCopy }: CopyLineMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const position = useAnchoredPosition(toggle, open, 160);
  // Opened, the first scenario has focus: Enter on the toggle and Enter again copies.
  useEffect(() => {
    if (open) document.getElementById(panelId)?.querySelector('button')?.focus();
  }, [open, panelId]);
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  const keyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  };
  if (targets.length === 0) return null;
  return (
    <div
      className="dbk-copy-menu"
      ref={wrapper}
      onKeyDown={keyDown}
      onBlur={(event) => {
        if (open && !wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <Button
        appearance="subtle"
        className="dbk-icon-button"
        ref={toggle}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={`${row} kopiëren naar…`}
        title={`${row} kopiëren naar een ander scenario`}
        onClick={() => setOpen((now) => !now)}
      >
        <svg aria-hidden="true" focusable="false" width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5">
          <rect x="1.75" y="4.75" width="9.5" height="9.5" rx="1" />
          <path d="M4.75 4.75V2.75a1 1 0 0 1 1-1h7.5a1 1 0 0 1 1 1v7.5a1 1 0 0 1-1 1h-2" />
        </svg>
      </Button>
      <div id={panelId} className="dbk-copy-menu__panel" hidden={!open} style={position}>
        <p className="utrecht-paragraph dbk-copy-menu__title">{row} kopiëren naar:</p>
        {targets.map((target) => (
          <Button
            key={String(target.ref)}
            appearance="secondary"
            className="dbk-copy-menu__option"
            aria-label={`${row} kopiëren naar ${target.name}`}
            onClick={() => {
              onCopy(target);
              close();
            }}
          >
            Naar {target.name}
          </Button>
        ))}
      </div>
    </div>
  );
}
