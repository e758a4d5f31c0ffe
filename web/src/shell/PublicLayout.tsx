import type { ReactNode } from 'react';

/** The frame for pages without a logged-in user: the login page and start-up states. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <div className="dbk-app">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus dbk-skip-link" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="utrecht-page-header dbk-header">
        <div className="utrecht-page-header__content dbk-header__content">
          <span className="dbk-brand">
            <span className="dbk-brand__mark" aria-hidden="true" />
            <span className="dbk-brand__name">Doorbraak</span>
            <span className="dbk-brand__tenant">Maatwerk voor het sociaal domein</span>
          </span>
        </div>
      </header>
      <main id="inhoud" tabIndex={-1} className="utrecht-page-body dbk-main dbk-main--public">
        <div className="utrecht-page-body__content dbk-main__content dbk-main__content--narrow">{children}</div>
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
