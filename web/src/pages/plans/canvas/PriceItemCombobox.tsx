import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FREQUENCIES, FUNDING_STREAMS, labelOf } from '../../../../../src/plans/domain/vocabulary';
import { formatEuro } from '../../../../../src/shared/money';
import type { PriceItem } from '../planTypes';
import { PriceConfidence } from './PriceConfidence';
import { useAnchoredPosition } from './useAnchoredPosition';
import { usePriceSearch } from './usePriceSearch';

export interface PriceItemComboboxProps {
  /** The input's element id. */
  id: string;
  label: ReactNode;
  /** Shows the label above the field (the add box); a cell's label is for screen readers only. */
  labelVisible?: boolean;
  /** What the field shows while nobody types in it: the product's name, or '' for none. */
  value: string;
  onPick: (item: PriceItem) => void;
  /** A blank field left behind removes the product (the field of a line). */
  onClear?: () => void;
  /**
   * The add box: typed text that is no product becomes a line of its own, by Enter with no option
   * chosen or by the option "Eigen regel ‘…’". The field empties after every pick.
   */
  onFreeText?: (text: string) => void;
  readOnly?: boolean;
  invalid?: boolean;
  placeholder?: string;
  /** Ids of texts that describe the field (its error, a hint). */
  describedBy?: string | undefined;
  className?: string;
}

type Option = { kind: 'item'; item: PriceItem } | { kind: 'own'; text: string };

/**
 * An ARIA 1.2 combobox with a listbox over the municipality's price list. Typing searches; no
 * option is active until an arrow key makes one so, so ArrowDown + Enter picks the first. Escape
 * closes the list, a second Escape restores the text. Leaving the field keeps what was there.
 */
export function PriceItemCombobox({ id, label, labelVisible = false, value, onPick, onClear, onFreeText, readOnly = false, invalid = false, placeholder, describedBy, className = '' }: PriceItemComboboxProps) {
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(value);
  const [shownValue, setShownValue] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  if (shownValue !== value) {
    setShownValue(value);
    setText(value);
  }
  const search = usePriceSearch(text, open);
  const own = onFreeText && text.trim() !== '' ? [{ kind: 'own' as const, text: text.trim() }] : [];
  const options: Option[] = open ? [...search.items.map((item) => ({ kind: 'item' as const, item })), ...own] : [];
  const expanded = open && options.length > 0;
  const activeIndex = expanded && active < options.length ? active : -1;
  const optionId = (index: number) => `${listId}-optie-${index}`;
  const position = useAnchoredPosition(input, expanded);
  useEffect(() => {
    if (activeIndex >= 0) document.getElementById(optionId(activeIndex))?.scrollIntoView({ block: 'nearest' });
  }, [activeIndex]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (option: Option) => {
    close();
    if (option.kind === 'own') {
      setText('');
      onFreeText?.(option.text);
      return;
    }
    setText(onFreeText ? '' : option.item.name);
    onPick(option.item);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        if (text.trim() !== '') setOpen(true);
        return;
      }
      if (options.length === 0) return;
      const down = event.key === 'ArrowDown';
      setActive((current) => {
        if (current < 0 || current >= options.length) return down ? 0 : options.length - 1;
        return (current + (down ? 1 : -1) + options.length) % options.length;
      });
    } else if (event.key === 'Enter') {
      const option = activeIndex >= 0 ? options[activeIndex] : undefined;
      if (option) {
        event.preventDefault();
        event.stopPropagation();
        choose(option);
      } else if (onFreeText && text.trim() !== '') {
        event.preventDefault();
        event.stopPropagation();
        choose({ kind: 'own', text: text.trim() });
      }
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        close();
      } else if (text !== value) {
        event.preventDefault();
        setText(value);
      }
    }
  };

  const found = search.total;
  const status = !open
    ? ''
    : search.failed
      ? 'De prijslijst kon niet worden geladen. U kunt de regel zelf invullen.'
      : !search.ready
        ? 'De prijslijst wordt geladen…'
        : found === 0
          ? onFreeText
            ? 'Geen producten gevonden. Enter voegt een eigen regel toe met deze omschrijving.'
            : 'Geen producten gevonden.'
          : `${found} ${found === 1 ? 'product' : 'producten'} gevonden${found > search.items.length ? `, de eerste ${search.items.length} staan in de lijst` : ''}. Pijltje omlaag en Enter kiest.${onFreeText ? ' Enter zonder keuze voegt een eigen regel toe.' : ''}`;

  return (
    <div className={`dbk-combobox ${className}`}>
      <label className={labelVisible ? 'utrecht-form-label dbk-canvas-field__label' : 'dbk-visually-hidden'} htmlFor={id}>
        {label}
      </label>
      <input
        ref={input}
        id={id}
        name={id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        className={`utrecht-textbox utrecht-textbox--html-input dbk-canvas-input dbk-combobox__input${readOnly ? ' utrecht-textbox--read-only' : ''}`}
        value={text}
        title={text || undefined}
        readOnly={readOnly}
        placeholder={readOnly ? undefined : placeholder}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setText(event.target.value);
          setActive(-1);
          setOpen(event.target.value.trim() !== '');
        }}
        onKeyDown={readOnly ? undefined : keyDown}
        onBlur={() => {
          close();
          if (onFreeText) return;
          if (text.trim() === '') {
            if (value) onClear?.();
          } else if (text !== value) setText(value);
        }}
      />
      <ul id={listId} role="listbox" aria-label="Producten uit de prijslijst" className="dbk-combobox__list" hidden={!expanded} style={position}>
        {options.map((option, index) => (
          <li
            key={option.kind === 'item' ? option.item.code : 'eigen'}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className={`dbk-combobox__option${index === activeIndex ? ' dbk-combobox__option--active' : ''}${option.kind === 'own' ? ' dbk-combobox__option--own' : ''}`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.kind === 'item' ? <ItemOption item={option.item} /> : <span className="dbk-combobox__name">Eigen regel ‘{option.text}’</span>}
          </li>
        ))}
      </ul>
      <span className="dbk-visually-hidden" role="status">
        {status}
      </span>
    </div>
  );
}

function ItemOption({ item }: { item: PriceItem }) {
  const frequency = labelOf(FREQUENCIES, item.frequency);
  return (
    <>
      <span className="dbk-combobox__name">{item.name}</span>
      <span className="dbk-combobox__meta">
        {[item.code, `${formatEuro(item.unitPriceCents)} per ${item.unit}`, `per ${item.unit}` === frequency ? '' : frequency, labelOf(FUNDING_STREAMS, item.fundingStream)].filter(Boolean).join(' · ')}
      </span>
      <PriceConfidence item={item} />
    </>
  );
}
