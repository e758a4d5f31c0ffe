import type { ReactNode } from 'react';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { usePageTitle } from '../../components/usePageTitle';
import { Link, useLocation } from '../../router';
import { FreshnessBanner } from './FreshnessBanner';
import { ASSUMPTIONS_PATH, FLOWS_PATH, GRIP_PATH, GRIP_REGION_PATH, PROVIDERS_PATH, SIGNALS_PATH, VARIANCE_PATH } from './gripFilters';
import './grip.css';

const SECTIONS = [
  { href: GRIP_PATH, label: 'Overzicht begroting' },
  { href: VARIANCE_PATH, label: 'Volume × prijs' },
  { href: PROVIDERS_PATH, label: 'Aanbieders' },
  { href: SIGNALS_PATH, label: 'Signalen' },
  { href: FLOWS_PATH, label: 'In- en uitstroom' },
  { href: ASSUMPTIONS_PATH, label: 'Groeiaannames' },
  { href: GRIP_REGION_PATH, label: 'Regio' },
];

function current(href: string, path: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  // A budget line belongs to the overview, a provider to the providers.
  if (href === GRIP_PATH ? path.startsWith(`${GRIP_PATH}/regels/`) : path.startsWith(`${href}/`)) return 'true';
  return undefined;
}

/** The grip pages' own menu: the overview and each analysis. */
function GripNav() {
  const { path } = useLocation();
  return (
    <nav className="dbk-grip-nav" aria-label="Grip op het budget">
      <ul className="dbk-grip-nav__list">
        {SECTIONS.map((section) => (
          <li key={section.href}>
            <Link href={section.href} className="utrecht-link utrecht-link--html-a dbk-grip-nav__link" aria-current={current(section.href, path)}>
              {section.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Every grip page: its heading, the grip menu, how fresh the figures are, then the page. */
export function GripPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <div className="dbk-grip">
      <div className="dbk-grip__head">
        <PageHeading>{title}</PageHeading>
        <Button appearance="subtle" className="dbk-grip__print" onClick={() => window.print()}>
          Pagina afdrukken
        </Button>
      </div>
      <GripNav />
      <FreshnessBanner />
      {children}
    </div>
  );
}
