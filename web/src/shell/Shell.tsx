import { useEffect, useState, type ReactNode } from 'react';
import { Button } from '../components/Button';
import { roleLabels } from '../format';
import { Link, navigationCount, useLocation } from '../router';
import { findRoute } from '../routes';
import { can, useSession, useUser } from '../session';
import { focusHeadingSoon } from './headingFocus';
import { ACCOUNT_ITEM, currentness, navEntriesFor } from './navigation';
import { NavGroup } from './NavGroup';
import './shell.css';

export function Shell({ children }: { children: ReactNode }) {
  const user = useUser();
  const { path } = useLocation();

  // After an in-app navigation, focus goes to the new page's heading, as after a page load.
  useEffect(() => {
    if (navigationCount() === 0) return;
    focusHeadingSoon();
  }, [path]);

  // A projector view fills the screen on its own: no header, menu or footer around it.
  const match = findRoute(path);
  if (match?.route.fullScreen && (!match.route.ability || can(user, match.route.ability))) return <>{children}</>;

  return (
    <div className="dbk-app">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus dbk-skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="utrecht-page-header dbk-header">
        <div className="utrecht-page-header__content dbk-header__content">
          <Link href="/" className="dbk-brand">
            <span className="dbk-brand__mark" aria-hidden="true" />
            <span className="dbk-brand__name">Doorbraak</span>
            <span className="dbk-brand__tenant">{user.tenant.name}</span>
          </Link>
          <UserMenu name={user.name} roles={roleLabels(user.roles)} path={path} />
        </div>
      </header>
      <nav className="utrecht-nav-bar dbk-nav" aria-label="Hoofdmenu">
        <div className="utrecht-nav-bar__content dbk-nav__content">
          <ul className="utrecht-nav-list dbk-nav__list">
            {navEntriesFor(user).map((entry) =>
              entry.kind === 'group' ? (
                <NavGroup key={entry.label} label={entry.label} items={entry.items} path={path} />
              ) : (
                <li key={entry.item.href} className="utrecht-nav-list__item">
                  <Link href={entry.item.href} className="utrecht-nav-list__link dbk-nav__link" aria-current={currentness(entry.item.href, path)}>
                    {entry.item.label}
                  </Link>
                </li>
              ),
            )}
          </ul>
        </div>
      </nav>
      <main id="inhoud" tabIndex={-1} className="utrecht-page-body dbk-main">
        <div className="utrecht-page-body__content dbk-main__content">{children}</div>
      </main>
      <footer className="utrecht-page-footer dbk-footer">
        <div className="utrecht-page-footer__content dbk-footer__content">
          <p className="utrecht-paragraph dbk-footer__text">
            Doorbraak — maatwerk voor het sociaal domein. Open-sourcesoftware (EUPL-1.2) voor gemeenten.
          </p>
        </div>
      </footer>
    </div>
  );
}

function UserMenu({ name, roles, path }: { name: string; roles: string; path: string }) {
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const logout = async () => {
    setBusy(true);
    setFailed(false);
    try {
      await signOut();
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };
  return (
    <div className="dbk-user">
      <p className="dbk-user__who">
        <span className="dbk-visually-hidden">Ingelogd als </span>
        <span className="dbk-user__name">{name}</span>
        <span className="dbk-user__roles">{roles}</span>
      </p>
      <Link href={ACCOUNT_ITEM.href} className="utrecht-link dbk-user__account" aria-current={currentness(ACCOUNT_ITEM.href, path)}>
        {ACCOUNT_ITEM.label}
      </Link>
      <Button appearance="secondary" busy={busy} onClick={() => void logout()}>
        Uitloggen
      </Button>
      {failed ? (
        <p className="dbk-user__error" role="alert">
          Uitloggen lukte niet. Probeer het opnieuw.
        </p>
      ) : null}
    </div>
  );
}
