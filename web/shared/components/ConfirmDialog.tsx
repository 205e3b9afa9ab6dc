/** Confirmation before destructive actions: a native modal <dialog> (focus kept inside, Esc cancels). */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface TConfirmRequest {
  message: string;
  confirmLabel?: string;
  danger?: boolean;
  resolve: (ok: boolean) => void;
}

type TConfirm = (message: string, opts?: { confirmLabel?: string; danger?: boolean }) => Promise<boolean>;

const ConfirmContext = createContext<TConfirm | null>(null);

/** Asks the user to confirm; resolves true only on the explicit confirm button. */
export function useConfirm(): TConfirm {
  const c = useContext(ConfirmContext);
  if (!c) throw new Error('useConfirm outside <ConfirmProvider>');
  return c;
}

export function ConfirmProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<TConfirmRequest | null>(null);
  const confirm = useCallback<TConfirm>(
    (message, opts) => new Promise<boolean>((resolve) => setRequest({ message, ...opts, resolve })),
    [],
  );
  const close = (ok: boolean) => {
    request?.resolve(ok);
    setRequest(null);
  };
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      {request ? <ConfirmDialog request={request} onClose={close} /> : null}
    </ConfirmContext.Provider>
  );
}

function ConfirmDialog({ request, onClose }: { request: TConfirmRequest; onClose: (ok: boolean) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<Element | null>(null);
  useEffect(() => {
    returnFocus.current = document.activeElement;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
    >
      <h2 id="confirm-title" className="dialog__title">
        {t('confirm.title')}
      </h2>
      <p id="confirm-message">{request.message}</p>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={() => onClose(false)} autoFocus>
          {t('confirm.cancel')}
        </button>
        <button
          type="button"
          className={`button${request.danger === false ? '' : ' button--danger'}`}
          onClick={() => onClose(true)}
        >
          {request.confirmLabel ?? t('confirm.confirm')}
        </button>
      </div>
    </dialog>
  );
}
