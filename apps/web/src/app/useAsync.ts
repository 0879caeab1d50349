import { useCallback, useEffect, useRef, useState } from 'react';
import { toApiError, type ApiError } from '../api/graphql-request';

export interface AsyncState<T> {
  readonly data: T | null;
  readonly error: ApiError | null;
  readonly loading: boolean;
  readonly reload: () => void;
}

/** Runs `load` on mount and whenever `deps` change; stale answers are dropped. Every data hook exposes this shape. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): AsyncState<T> {
  const [state, setState] = useState<{ data: T | null; error: ApiError | null; loading: boolean }>({ data: null, error: null, loading: true });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  // The caller's deps decide when to reload, not the identity of `load`.
  const stableLoad = useCallback(load, deps);
  useEffect(() => {
    const call = ++latest.current;
    setState((previous) => ({ ...previous, loading: true, error: null }));
    stableLoad().then(
      (data) => call === latest.current && setState({ data, error: null, loading: false }),
      (error: unknown) => call === latest.current && setState({ data: null, error: toApiError(error), loading: false }),
    );
  }, [stableLoad, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
