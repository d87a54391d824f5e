import {useCallback, useEffect, useRef, useState} from 'react';

/**
 * A message that clears itself after `durationMs`. Showing a new one cancels
 * the earlier timer, so an old timer never wipes a newer message (the
 * pattern of Docusaurus's CopyButton).
 */
export function useTimedMessage(
  durationMs: number,
): [message: string, show: (message: string) => void] {
  const [message, setMessage] = useState('');
  const timeout = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timeout.current), []);
  const show = useCallback(
    (next: string) => {
      window.clearTimeout(timeout.current);
      setMessage(next);
      timeout.current = window.setTimeout(() => setMessage(''), durationMs);
    },
    [durationMs],
  );
  return [message, show];
}
