import { useId, type ReactNode } from 'react';

/**
 * A data table that scrolls sideways on narrow screens instead of widening the page. The scroll
 * area is focusable and named after the caption, so keyboard users can scroll it too.
 */
export function Table({ caption, children, captionHidden = false }: { caption: ReactNode; children: ReactNode; captionHidden?: boolean }) {
  const captionId = useId();
  return (
    <div className="utrecht-table-container dbk-table-container" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table dbk-table">
        <caption id={captionId} className={`utrecht-table__caption${captionHidden ? ' dbk-visually-hidden' : ' dbk-table__caption'}`}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ columns }: { columns: readonly ReactNode[] }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {columns.map((column, index) => (
          <th key={index} scope="col" className="utrecht-table__header-cell">
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}

export function TableBody({ children }: { children: ReactNode }) {
  return <tbody className="utrecht-table__body">{children}</tbody>;
}

export function Row({ children }: { children: ReactNode }) {
  return <tr className="utrecht-table__row">{children}</tr>;
}

export function Cell({ children, header = false }: { children?: ReactNode; header?: boolean }) {
  if (header) {
    return (
      <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
        {children}
      </th>
    );
  }
  return <td className="utrecht-table__cell">{children}</td>;
}
