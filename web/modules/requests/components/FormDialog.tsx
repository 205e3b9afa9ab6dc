/** A modal <dialog> holding a small form (a reason, an expert): focus stays inside, Esc cancels, focus returns after. */
import { useEffect, useRef, type ReactNode } from 'react';

export function FormDialog({
  titleId,
  title,
  onCancel,
  children,
}: {
  titleId: string;
  title: string;
  onCancel: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const returnFocus = document.activeElement;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      if (returnFocus instanceof HTMLElement) returnFocus.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog request-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
