import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { useUser } from '../../session';
import { afterInspirationChange, inspirationApi, inspirationKeys } from './inspirationApi';
import { SolutionFacts } from './SolutionFacts';

const STATUS_TEXT: Record<string, string> = {
  pending: 'Ter beoordeling: nog niet zichtbaar voor de regio.',
  published: 'Gepubliceerd in de regio.',
  rejected: 'Afgewezen bij de beoordeling.',
  withdrawn: 'Ingetrokken.',
};

export function SolutionPage({ id }: { id: string }) {
  const me = useUser();
  const queryClient = useQueryClient();
  const solution = useQuery({ queryKey: inspirationKeys.solution(id), queryFn: () => inspirationApi.get(id) });
  usePageTitle(solution.data?.title ?? 'Oplossing');
  const [confirming, setConfirming] = useState(false);
  const withdrawal = useMutation({
    mutationFn: () => inspirationApi.withdraw(id),
    onSuccess: (saved) => {
      queryClient.setQueryData(inspirationKeys.solution(id), saved);
      void afterInspirationChange(queryClient);
    },
    onSettled: () => setConfirming(false),
  });
  const error = withdrawal.error;

  if (!solution.data) {
    return (
      <>
        <PageHeading>Oplossing</PageHeading>
        {solution.error ? <LoadError what="De oplossing" error={solution.error} /> : <Loading>De oplossing wordt geladen…</Loading>}
        <TextLink href="/inspiratie">Naar de inspiratiebibliotheek</TextLink>
      </>
    );
  }
  const s = solution.data;
  const mayWithdraw = s.ownMunicipality && (s.mine || me.roles.includes('beheerder')) && (s.status === 'pending' || s.status === 'published');

  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <Paragraph lead>
        {s.municipality}
        {s.source === 'seed' ? ' · uit de praktijkverhalen van het Maatpact en de 50 gezinnen aanpak' : ''}
      </Paragraph>
      {s.status !== 'published' ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{STATUS_TEXT[s.status]}</p>
        </Alert>
      ) : null}
      {error ? (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{error.message}</p>
        </Alert>
      ) : null}
      <Heading2 id="doorbraak">Doorbraak</Heading2>
      <Paragraph>{s.breakthrough}</Paragraph>
      <Heading2 id="situatie">Situatie</Heading2>
      <Paragraph>{s.situation}</Paragraph>
      <Heading2 id="onderbouwing">Grondslag, leefgebieden en rendement</Heading2>
      <SolutionFacts legalBases={s.legalBases} domains={s.domains} fundingStreams={s.fundingStreams} kba={s.kba} municipality={s.municipality} full />
      {s.reviewNote ? <Paragraph>Toelichting bij de beoordeling: {s.reviewNote}</Paragraph> : null}
      <ButtonGroup>
        {s.planId ? <TextLink href={`/plannen/${encodeURIComponent(s.planId)}`}>Naar het plan</TextLink> : null}
        <TextLink href="/inspiratie">Terug naar de inspiratiebibliotheek</TextLink>
        {mayWithdraw ? <Button onClick={() => setConfirming(true)}>Intrekken</Button> : null}
      </ButtonGroup>
      <ConfirmDialog
        open={confirming}
        title="Oplossing intrekken?"
        confirmLabel="Intrekken"
        busy={withdrawal.isPending}
        onConfirm={() => withdrawal.mutate()}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">De oplossing verdwijnt uit de bibliotheek van de regio. Wilt u haar later weer delen, dan dient u haar opnieuw in.</p>
      </ConfirmDialog>
    </>
  );
}
