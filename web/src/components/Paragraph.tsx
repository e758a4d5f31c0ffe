import type { ReactNode } from 'react';

export function Paragraph({ children, lead = false, small = false }: { children: ReactNode; lead?: boolean; small?: boolean }) {
  const classes = ['utrecht-paragraph', 'dbk-paragraph'];
  if (lead) classes.push('utrecht-paragraph--lead');
  if (small) classes.push('utrecht-paragraph--small');
  return <p className={classes.join(' ')}>{children}</p>;
}
