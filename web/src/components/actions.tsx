import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../api/client';
import { useSession } from '../app/session';

/**
 * A write from a page: runs `fn`, keeps the server's error message (the one error body's `message`,
 * e.g. a 400's validation text or maintenance mode's 503), and marks `invalidate` stale on success.
 */
export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>, invalidate: string[][] = []) {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (args: A) => fn(...args),
    onSuccess: () => Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
  return {
    /** Resolves with the result, or undefined when the write failed (the message is in `error`). */
    run: (...args: A): Promise<R | undefined> => mutation.mutateAsync(args).catch(() => undefined),
    pending: mutation.isPending,
    error: mutation.error ? mutation.error.message : null,
    data: mutation.data,
    reset: mutation.reset,
  };
}

/** The server's refusal next to the control that caused it. */
export function ActionError({ error, testId }: { error: string | null; testId?: string }) {
  if (!error) return null;
  return (
    <p className="error" role="alert" data-testid={testId}>
      {error}
    </p>
  );
}

/** The viewer's reason, shown where write controls would be. */
export function ReadOnlyNote() {
  const { readOnlyReason } = useSession();
  if (!readOnlyReason) return null;
  return (
    <p className="hint read-only" data-testid="read-only">
      {readOnlyReason}
    </p>
  );
}

/** A button that asks once more before acting: the first click shows the question and Confirm / Cancel. */
export function ConfirmButton({
  label,
  question,
  confirmLabel = 'Confirm',
  onConfirm,
  disabled,
  danger,
  children,
}: {
  label: string;
  question: string;
  confirmLabel?: string;
  onConfirm: () => unknown;
  disabled?: boolean;
  danger?: boolean;
  children?: ReactNode;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button className={danger ? 'danger' : undefined} disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>
      {children}
      <button
        className={danger ? 'danger' : undefined}
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          void onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button className="link-button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}

/** A founder-only read refused to a viewer: the page says so (the server never sends the data). */
export function FounderOnlyNotice({ error, what }: { error: Error; what: string }) {
  if (error instanceof ApiError && error.status === 403) {
    return (
      <p className="card muted" data-testid="founder-only">
        {what} is founder-only: a viewer token cannot read it.
      </p>
    );
  }
  return (
    <p role="alert" className="error">
      {error.message}
    </p>
  );
}

