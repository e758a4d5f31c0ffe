import { Alert } from '../../components/Alert';
import { useGripStatus } from './gripApi';
import { freshness } from './gripFormat';

const p = (text: string) => <p className="utrecht-paragraph dbk-paragraph">{text}</p>;

/**
 * On every grip page: how fresh the figures are. A failed import of the watched folder is said
 * plainly, above the figures, so nobody reads old figures as today's.
 */
export function FreshnessBanner() {
  const status = useGripStatus();
  if (status.error) {
    return (
      <Alert type="warning" heading="Hoe actueel de cijfers zijn, is nu niet bekend.">
        {p(`De status van de import kon niet worden geladen: ${status.error.message}`)}
      </Alert>
    );
  }
  if (!status.data) return <p className="utrecht-paragraph dbk-grip-freshness">Actualiteit van de cijfers wordt geladen…</p>;
  const state = freshness(status.data);

  if (state.kind === 'failed') {
    return (
      <Alert type="error" heading="De laatste import is mislukt: de cijfers kunnen verouderd zijn.">
        {p(
          `De import die begon op ${state.startedAt} is mislukt${state.message ? `: ${state.message}` : '.'}` +
            (state.rejectedFiles > 0 ? ` ${state.rejectedFiles} ${state.rejectedFiles === 1 ? 'bestand is' : 'bestanden zijn'} afgewezen.` : ''),
        )}
        {p(state.lastImport ? `De cijfers zijn bijgewerkt tot ${state.lastImport}, de laatste import die wel lukte.` : 'Er is nog geen import gelukt.')}
        {p('Het signaal staat ook in de werklijst van de informatieanalist.')}
      </Alert>
    );
  }
  if (state.kind === 'never') {
    return (
      <Alert type="warning" heading="Er zijn nog geen gegevens ingelezen.">
        {p('De cijfers tellen pas mee na een import van de berichten en exports van de gemeente.')}
      </Alert>
    );
  }
  return (
    <div className="dbk-grip-freshness" role="status">
      <p className="utrecht-paragraph dbk-paragraph">
        <strong>Cijfers bijgewerkt tot {state.lastImport}.</strong>
        {state.running ? ' Er loopt nu een import; de cijfers worden daarna bijgewerkt.' : ''}
        {state.nextRun ? ` Volgende automatische import: ${state.nextRun}.` : ''}
        {state.rejectedFiles > 0 ? ` Bij de laatste import ${state.rejectedFiles === 1 ? 'is 1 bestand' : `zijn ${state.rejectedFiles} bestanden`} afgewezen.` : ''}
      </p>
    </div>
  );
}
