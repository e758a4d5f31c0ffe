import { Heading2 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { Link } from '../../router';
import { PRICE_LIST_EXCEL_HREF } from './libraryApi';
import { IMPORT_PRICES_PATH, NEW_PRICE_PATH } from './libraryPaths';

/** For the beheerder: where the list is kept up to date. */
export function PriceManageActions() {
  return (
    <section aria-labelledby="prijslijst-beheren" className="dbk-manage">
      <Heading2 id="prijslijst-beheren">Prijslijst beheren</Heading2>
      <Paragraph>
        Voeg eigen tarieven toe, lees ze in uit een spreadsheet of pas een landelijk bedrag aan: dat wordt dan een eigen tarief van uw
        gemeente. Een tarief deactiveren kunt u terugdraaien.
      </Paragraph>
      <div className="dbk-button-group utrecht-button-group">
        <Link href={NEW_PRICE_PATH} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action dbk-button-link">
          Tarief toevoegen
        </Link>
        <Link href={IMPORT_PRICES_PATH} className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link">
          Tarieven inlezen uit CSV
        </Link>
        <a href={PRICE_LIST_EXCEL_HREF} download className="utrecht-link utrecht-link--html-a">
          Download voor Excel (CSV)
        </a>
      </div>
    </section>
  );
}
