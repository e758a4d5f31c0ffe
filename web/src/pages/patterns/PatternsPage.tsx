import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PATTERN_PHASES } from '../../../../src/patterns/domain/phases';
import { dominantLevel } from '../../../../src/patterns/domain/rollup';
import { ApiError } from '../../http/client';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { navigate } from '../../router';
import { can, useUser } from '../../session';
import { COCKTAILS_PATH, patternKeys, patternPath, patternsApi, type Pattern, type Suggestion } from './patternsApi';

export function PatternsPage() {
  usePageTitle('Systeemleren');
  const me = useUser();
  const patterns = useQuery({ queryKey: patternKeys.list, queryFn: ({ signal }) => patternsApi.list(signal), select: (list) => list.items });
  return (
    <>
      <PageHeading>Systeemleren</PageHeading>
      <Paragraph lead>
        Knellende patronen in regels en systemen, zoals aan de werktafel: het patroon is leidend, de casussen illustreren. Een patroon doorloopt drie fasen
        (stappen vaststellen, diagnose, oplossingen) tot het is afgerond; wat lokaal niet op te lossen is, gaat als signaal naar regio of Rijk.
      </Paragraph>
      {can(me, 'dashboard.read') ? (
        <Paragraph>
          <TextLink href={COCKTAILS_PATH}>Giftige cocktails: welke leefgebieden samen voorkomen</TextLink>
        </Paragraph>
      ) : null}
      {patterns.data ? <PatternsByPhase patterns={patterns.data} /> : patterns.error ? <LoadError what="De patronen" error={patterns.error} onRetry={() => void patterns.refetch()} /> : <Loading>De patronen worden geladen…</Loading>}
      <Suggestions manage={can(me, 'patterns.manage')} />
    </>
  );
}

function PatternsByPhase({ patterns }: { patterns: Pattern[] }) {
  if (patterns.length === 0) return <Paragraph>Er zijn nog geen patronen. Maak er een van een van de knelpunten hieronder.</Paragraph>;
  return (
    <>
      {PATTERN_PHASES.map((phase) => {
        const inPhase = patterns.filter((p) => p.phase === phase.key);
        return (
          <section key={phase.key} aria-labelledby={`fase-${phase.key}`}>
            <Heading2 id={`fase-${phase.key}`}>
              {phase.label} ({inPhase.length})
            </Heading2>
            <Paragraph small>{phase.description}</Paragraph>
            {inPhase.length === 0 ? (
              <Paragraph>Geen patronen in deze fase.</Paragraph>
            ) : (
              <Table caption={`Patronen in fase: ${phase.label}`} captionHidden>
                <TableHead columns={['Patroon', 'Niveau', 'Thema', 'Patrooneigenaar', 'Casussen']} />
                <TableBody>
                  {inPhase.map((pattern) => (
                    <Row key={pattern.id}>
                      <Cell header>
                        <TextLink href={patternPath(pattern.id)}>{pattern.title}</TextLink>
                      </Cell>
                      <Cell>{pattern.levelLabel}</Cell>
                      <Cell>{pattern.themeLabel}</Cell>
                      <Cell>{pattern.ownerName ?? 'Nog niemand'}</Cell>
                      <Cell>{pattern.linkedPlans}</Cell>
                    </Row>
                  ))}
                </TableBody>
              </Table>
            )}
          </section>
        );
      })}
    </>
  );
}

function Suggestions({ manage }: { manage: boolean }) {
  const queryClient = useQueryClient();
  const suggestions = useQuery({ queryKey: patternKeys.suggestions, queryFn: ({ signal }) => patternsApi.suggestions(signal) });
  const create = useMutation({
    mutationFn: (suggestion: Suggestion) =>
      patternsApi.create({
        title: suggestion.rule.slice(0, 200) || `Knelpunt ${suggestion.themeLabel.toLowerCase()}`,
        level: dominantLevel(suggestion.levels),
        theme: suggestion.theme,
        illustrationKeys: suggestion.illustrationKeys,
      }),
    onSuccess: (pattern) => {
      queryClient.setQueryData(patternKeys.one(pattern.id), pattern);
      void queryClient.invalidateQueries({ queryKey: patternKeys.list });
      navigate(patternPath(pattern.id));
    },
  });
  const error = create.error instanceof ApiError ? create.error : null;
  // Busy from the click until the page of the new pattern opens.
  const busy = create.isPending || create.isSuccess ? create.variables?.key : undefined;

  return (
    <section aria-labelledby="suggesties">
      <Heading2 id="suggesties">Knelpunten uit de plannen</Heading2>
      <Paragraph>
        De knelpunten die maatwerkers in hun plannen vastleggen, gebundeld per thema en regel. Zo ziet u welke regels vaker knellen. U ziet alleen aantallen,
        geen casussen.
      </Paragraph>
      <ErrorSummary error={error} />
      {suggestions.data ? (
        suggestions.data.items.length === 0 ? (
          <Paragraph>Er zijn nog geen knelpunten vastgelegd.</Paragraph>
        ) : (
          <Table caption="Knelpunten per thema en regel, meest genoemd eerst">
            <TableHead columns={['Regel', 'Thema', 'Plannen', 'Lokaal / regionaal / landelijk', ...(manage ? ['Actie'] : [])]} />
            <TableBody>
              {suggestions.data.items.map((suggestion) => (
                <Row key={suggestion.key}>
                  <Cell header>{suggestion.rule || 'Geen regel genoemd'}</Cell>
                  <Cell>{suggestion.themeLabel}</Cell>
                  <Cell>{suggestion.plans}</Cell>
                  <Cell>
                    {suggestion.levels.local} / {suggestion.levels.regional} / {suggestion.levels.national}
                  </Cell>
                  {manage ? (
                    <Cell>
                      <Button appearance="subtle" busy={busy === suggestion.key} onClick={() => create.mutate(suggestion)} aria-label={`Maak patroon: ${suggestion.rule || suggestion.themeLabel}`}>
                        Maak patroon
                      </Button>
                    </Cell>
                  ) : null}
                </Row>
              ))}
            </TableBody>
          </Table>
        )
      ) : suggestions.error ? (
        <LoadError what="De knelpunten" error={suggestions.error} onRetry={() => void suggestions.refetch()} />
      ) : (
        <Loading>De knelpunten worden geladen…</Loading>
      )}
    </section>
  );
}
