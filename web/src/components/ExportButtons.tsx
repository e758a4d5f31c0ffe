import { Button, ButtonGroup } from './Button';
import { exportFile, saveFile, type ExportFormat, type ExportTable } from './tableExport';

interface ExportButtonsProps {
  /** What the buttons save; called on click, so a large table is only converted when asked. */
  tables: () => readonly ExportTable[];
  /** The file name without extension, e.g. the table's caption. */
  fileName: string;
  /** Names the table for screen readers: "CSV downloaden van <what>". */
  what: string;
}

/** CSV and XLSX of a table on the page, built in the browser (tableExport.ts). */
export function ExportButtons({ tables, fileName, what }: ExportButtonsProps) {
  const save = (format: ExportFormat) => saveFile(exportFile(tables(), format, fileName));
  return (
    <div className="dbk-export">
      <ButtonGroup>
        <Button appearance="subtle" onClick={() => save('csv')}>
          CSV downloaden<span className="dbk-visually-hidden"> van {what}</span>
        </Button>
        <Button appearance="subtle" onClick={() => save('xlsx')}>
          Excel (XLSX) downloaden<span className="dbk-visually-hidden"> van {what}</span>
        </Button>
      </ButtonGroup>
    </div>
  );
}
