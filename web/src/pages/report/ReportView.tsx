import type { ReactNode } from 'react';
import { Heading2, Heading3 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import type { ReportModel } from './reportApi';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dbk-report__section">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

/** The report's sections as on paper: the same model the PDF and the HTML download print. */
export function ReportView({ report }: { report: ReportModel }) {
  const { kerncijfers, knelpunten } = report;
  return (
    <article aria-label={report.title} className="dbk-report">
      <Paragraph>
        <strong>{report.title}</strong>
        <br />
        {report.municipality} · periode {report.period.label} · opgesteld op {report.madeOn}
      </Paragraph>
      <Section id="rapport-inleiding" title="Inleiding">
        {report.inleiding.map((text) => (
          <Paragraph key={text}>{text}</Paragraph>
        ))}
      </Section>

      <Section id="rapport-kerncijfers" title="Kerncijfers">
        <Paragraph>{kerncijfers.summary}</Paragraph>
        <Table caption={`Kerncijfers ${report.period.label}`}>
          <TableHead columns={['Onderwerp', 'Waarde']} />
          <TableBody>
            {kerncijfers.figures.map((figure) => (
              <Row key={figure.key}>
                <Cell header>{figure.label}</Cell>
                <Cell>
                  <span className="dbk-report__amount">{figure.value}</span>
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
        <Table caption="Tevredenheid met het leven (gemiddeld rapportcijfer)">
          <TableHead columns={['Moment', 'Gemiddelde']} />
          <TableBody>
            {kerncijfers.satisfaction.map((s) => (
              <Row key={s.moment}>
                <Cell header>{s.moment}</Cell>
                <Cell>{s.average}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
        <Paragraph>Huishoudens met een cijfer bij de start én na 12 maanden: {kerncijfers.satisfactionPairs}.</Paragraph>
      </Section>

      <Section id="rapport-knelpunten" title="Knelpunten">
        <Paragraph>Waar regels en systemen de voor de hand liggende oplossing in de weg zitten.</Paragraph>
        {knelpunten.themes.length ? (
          <Table caption="Knelpunten per thema (aantal vastgelegde knelpunten)">
            <TableHead columns={['Thema', 'Aantal']} />
            <TableBody>
              {knelpunten.themes.map((t) => (
                <Row key={t.theme}>
                  <Cell header>{t.label}</Cell>
                  <Cell>{t.count}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Paragraph>In deze periode zijn geen knelpunten vastgelegd.</Paragraph>
        )}
        {knelpunten.patterns.length ? (
          <Table caption="Knellende patronen (systeemleren)">
            <TableHead columns={['Patroon', 'Thema', 'Niveau', 'Fase', 'Plannen']} />
            <TableBody>
              {knelpunten.patterns.map((p, index) => (
                <Row key={`${p.title}-${index}`}>
                  <Cell header>{p.title}</Cell>
                  <Cell>{p.theme}</Cell>
                  <Cell>{p.level}</Cell>
                  <Cell>{p.phase}</Cell>
                  <Cell>{p.planCount}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        ) : (
          <Paragraph>Er zijn nog geen knellende patronen vastgelegd.</Paragraph>
        )}
      </Section>

      <Section id="rapport-oplossingen" title="Oplossingen">
        {report.oplossingen.length ? (
          report.oplossingen.map((story, index) => (
            <div key={`${story.title}-${index}`} className="dbk-report__story">
              <Heading3>{story.title}</Heading3>
              <Paragraph>
                <strong>Situatie:</strong> {story.situation}
              </Paragraph>
              <Paragraph>
                <strong>Doorbraak:</strong> {story.breakthrough}
              </Paragraph>
              {story.expectedReturn ? (
                <Paragraph>
                  <strong>Verwacht rendement:</strong> {story.expectedReturn}
                </Paragraph>
              ) : null}
            </div>
          ))
        ) : (
          <Paragraph>Er zijn nog geen oplossingen gepubliceerd.</Paragraph>
        )}
      </Section>

      <Section id="rapport-verantwoording" title="Verantwoording">
        {report.verantwoording.map((text) => (
          <Paragraph key={text}>{text}</Paragraph>
        ))}
      </Section>
    </article>
  );
}
