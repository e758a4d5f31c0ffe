import { useEffect, useId, useRef, useState } from 'react';
import { Link } from '../router';
import { currentness, groupIsCurrent, type NavItem } from './navigation';

/**
 * A disclosure in the main menu (the WAI-ARIA disclosure navigation pattern, not a `menu` role):
 * a button with aria-expanded opens a list of ordinary links. Escape closes it and puts focus back
 * on the button; so do a click elsewhere, focus leaving it, and following one of its links.
 */
export function NavGroup({ label, items, path }: { label: string; items: NavItem[]; path: string }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLLIElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const current = groupIsCurrent(items, path);

  // A navigation (by one of its links, or Back) closes the group.
  useEffect(() => setOpen(false), [path]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <li
      ref={root}
      className="utrecht-nav-list__item dbk-nav__group"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        event.preventDefault();
        setOpen(false);
        button.current?.focus();
      }}
      onBlur={(event) => {
        if (open && event.relatedTarget instanceof Node && !root.current?.contains(event.relatedTarget)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className={`dbk-nav__link dbk-nav__toggle${current ? ' dbk-nav__link--current' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        {current ? <span className="dbk-visually-hidden"> (huidige sectie)</span> : null}
        <span className="dbk-nav__chevron" aria-hidden="true" />
      </button>
      <ul id={listId} className="dbk-nav__sublist" hidden={!open}>
        {items.map((item) => (
          <li key={item.href} className="dbk-nav__subitem">
            <Link href={item.href} className="dbk-nav__sublink" aria-current={currentness(item.href, path)} onClick={() => setOpen(false)}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}
