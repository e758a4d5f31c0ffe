import { useState } from 'react';
import { Button } from './Button';

/** Copies a value to the clipboard and says so, in a live region, for everyone. */
export function CopyButton({ value, label = 'Kopiëren', targetId }: { value: string; label?: string; targetId?: string }) {
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setResult('copied');
    } catch {
      // Without clipboard permission: select the text so Ctrl+C works.
      const target = targetId ? document.getElementById(targetId) : null;
      if (target instanceof HTMLInputElement) {
        target.focus();
        target.select();
      }
      setResult('failed');
    }
  };
  return (
    <span className="dbk-copy">
      <Button appearance="secondary" onClick={() => void copy()}>
        {label}
      </Button>
      <span className="dbk-copy__result" role="status">
        {result === 'copied' ? 'Gekopieerd.' : result === 'failed' ? 'Kopiëren lukte niet. De tekst is geselecteerd: kopieer met Ctrl+C.' : ''}
      </span>
    </span>
  );
}
