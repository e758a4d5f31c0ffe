import type { ReactNode } from 'react';

export function DataList({ items }: { items: readonly { key: string; value: ReactNode }[] }) {
  return (
    <dl className="utrecht-data-list utrecht-data-list--rows dbk-data-list">
      {items.map((item) => (
        <div key={item.key} className="utrecht-data-list__item dbk-data-list__item">
          <dt className="utrecht-data-list__item-key">{item.key}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
