import { useEffect, useState } from 'react';

/**
 * A visible loading state for anything slower than 300 ms (none before, so fast answers don't
 * flicker). It holds its space from the start, so nothing shifts when it appears.
 */
export function LoadingState({ label = 'Bezig met laden…', minHeight = '6rem' }: { label?: string; minHeight?: string }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => setVisible(true), 300);
    return () => window.clearTimeout(timer);
  }, []);
  return (
    <div className="vangrail-loading" style={{ minBlockSize: minHeight }} role="status" aria-live="polite" aria-busy="true">
      {visible ? <span className="vangrail-loading__label">{label}</span> : null}
    </div>
  );
}
