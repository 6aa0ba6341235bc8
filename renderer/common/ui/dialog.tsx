// A modal dialog on the native <dialog> element: the browser traps focus, Escape cancels,
// and focus returns to the opener when it closes. Mark the button to focus first with
// data-autofocus (React's autoFocus runs before showModal and is overridden by it).
import { useEffect, useId, useRef, type ReactNode } from 'react';

export type DialogProps = {
  open: boolean;
  title: ReactNode;
  children?: ReactNode;
  actions: ReactNode;
  onClose: () => void;
};

export function Dialog({ open, title, children, actions, onClose }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // showModal focuses the first button; the dialog may name a better one.
      d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {open ? (
        <>
          <h2 className="dialog__title" id={titleId}>
            {title}
          </h2>
          {children}
          <div className="dialog__actions">{actions}</div>
        </>
      ) : null}
    </dialog>
  );
}
