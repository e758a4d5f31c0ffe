import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatEuro } from '../../../../../src/shared/money';
import { FREQUENCIES, FUNDING_STREAMS, labelOf } from '../../../../../src/plans/domain/vocabulary';
import type { PriceItem } from '../planTypes';
import { fieldId, useField } from './CanvasContext';
import { usePriceSearch } from './usePriceSearch';

interface PriceItemComboboxProps {
  path: string;
  label: string;
  code: string | undefined;
  onPick: (item: PriceItem) => void;
  onClear: () => void;
}

/**
 * The price-list field of a cost line: an ARIA 1.2 combobox with a listbox. Typing searches the
 * municipality's price list; the first match is highlighted, arrows move, Enter picks, Escape
 * closes. Leaving the field without a pick keeps the product that was there.
 */
export function PriceItemCombobox({ path, label, code, onPick, onClear }: PriceItemComboboxProps) {
  const id = fieldId(path);
  const listId = useId();
  const { readOnly, error } = useField(path);
  const [text, setText] = useState(code ?? '');
  const [shownCode, setShownCode] = useState(code);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  if (shownCode !== code) {
    setShownCode(code);
    setText(code ?? '');
  }
  const search = usePriceSearch(text, open);
  const items = open && search.query === text ? search.items : [];
  const expanded = open && items.length > 0;
  const activeItem = expanded ? items[Math.min(active, items.length - 1)] : undefined;
  const optionId = (index: number) => `${listId}-optie-${index}`;
  const listRef = useRef<HTMLUListElement>(null);
  const activeIndex = activeItem ? items.indexOf(activeItem) : -1;
  // The list opens below the field, maybe below the window: bring it, and then the active option, into view.
  useEffect(() => {
    if (expanded) listRef.current?.scrollIntoView({ block: 'nearest' });
  }, [expanded]);
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const pick = (item: PriceItem) => {
    setOpen(false);
    setText(item.code);
    setShownCode(item.code);
    onPick(item);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        setOpen(true);
        setActive(0);
        return;
      }
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (Math.min(current, items.length - 1) + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      if (activeItem) {
        event.preventDefault();
        event.stopPropagation();
        pick(activeItem);
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        setOpen(false);
      } else if (text !== (code ?? '')) {
        event.preventDefault();
        setText(code ?? '');
      }
    }
  };

  const status = !open || search.query !== text ? '' : search.failed ? 'Zoeken in de prijslijst lukte niet.' : items.length === 0 ? 'Geen producten gevonden.' : `${items.length} ${items.length === 1 ? 'product' : 'producten'} gevonden. Kies met pijltjes en Enter.`;

  return (
    <div className={`dbk-canvas-field dbk-canvas-field--cell dbk-combobox${error ? ' dbk-canvas-field--invalid' : ''}`}>
      <label className="dbk-visually-hidden" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        className={`utrecht-textbox utrecht-textbox--html-input dbk-canvas-input dbk-combobox__input${readOnly ? ' utrecht-textbox--read-only' : ''}`}
        value={text}
        readOnly={readOnly}
        placeholder={readOnly ? undefined : 'Zoek…'}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(event.target.value.trim() !== '');
        }}
        onKeyDown={readOnly ? undefined : keyDown}
        onBlur={() => {
          setOpen(false);
          if (text.trim() === '') {
            if (code) onClear();
          } else if (text !== code) setText(code ?? '');
        }}
      />
      <ul ref={listRef} id={listId} role="listbox" aria-label="Producten uit de prijslijst" className="dbk-combobox__list" hidden={!expanded}>
        {items.map((item, index) => (
          <li
            key={item.code}
            id={optionId(index)}
            role="option"
            aria-selected={item === activeItem}
            className={`dbk-combobox__option${item === activeItem ? ' dbk-combobox__option--active' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(item)}
          >
            <span className="dbk-combobox__name">{item.name}</span>
            <span className="dbk-combobox__meta">
              {[item.code, `${formatEuro(item.unitPriceCents)} per ${item.unit}`, `per ${item.unit}` === labelOf(FREQUENCIES, item.frequency) ? '' : labelOf(FREQUENCIES, item.frequency), labelOf(FUNDING_STREAMS, item.fundingStream)]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
      <span className="dbk-visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}
