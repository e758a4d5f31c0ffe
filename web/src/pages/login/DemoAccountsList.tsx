import { useQuery } from '@tanstack/react-query';
import { api, type DemoAccounts } from '../../api';
import { Button } from '../../components/Button';
import { Heading2 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { roleLabels } from '../../format';

type Account = DemoAccounts['items'][number];

/** Demo mode only: who can log in, so a visitor need not look in the README. A pick fills the form. */
export function DemoAccountsList({ onPick }: { onPick: (email: string, password: string) => void }) {
  const accounts = useQuery({ queryKey: ['auth', 'demo-accounts'], queryFn: api.demoAccounts, staleTime: Infinity, retry: false });
  if (!accounts.data || accounts.data.items.length === 0) return null;
  const { password, items } = accounts.data;
  const tenants = [...new Map(items.map((item) => [item.tenant.id, item.tenant.name])).entries()];
  return (
    <section className="dbk-demo-accounts" aria-labelledby="demo-accounts-kop">
      <Heading2 id="demo-accounts-kop">Demo-accounts</Heading2>
      <Paragraph>
        Deze server draait in demomodus met verzonnen gegevens. Elk demo-account heeft het wachtwoord <code className="dbk-code">{password}</code>. Kies een
        account om het formulier in te vullen.
      </Paragraph>
      {tenants.map(([tenantId, tenantName]) => (
        <div key={tenantId}>
          <h3 className="utrecht-heading-3">{tenantName}</h3>
          <ul className="utrecht-unordered-list dbk-demo-accounts__list">
            {items
              .filter((item) => item.tenant.id === tenantId)
              .map((item: Account) => (
                <li key={item.email} className="utrecht-unordered-list__item dbk-demo-accounts__item">
                  <span>
                    <strong>{roleLabels(item.roles)}</strong> · {item.name} · <span className="dbk-demo-accounts__email">{item.email}</span>
                  </span>
                  <Button appearance="subtle" aria-label={`Vul in: ${item.email}`} onClick={() => onPick(item.email, password)}>
                    Vul in
                  </Button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
