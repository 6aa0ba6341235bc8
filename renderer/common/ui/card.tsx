import type { HTMLAttributes, ReactNode } from 'react';

export type CardProps = HTMLAttributes<HTMLElement> & { heading?: ReactNode; headingId?: string };

/** A surface with an optional heading; the heading labels the region for screen readers. */
export function Card({ heading, headingId, className, children, ...rest }: CardProps) {
  return (
    <section
      className={`card${className ? ` ${className}` : ''}`}
      aria-labelledby={heading ? headingId : undefined}
      {...rest}
    >
      {heading ? (
        <h2 className="card__title" id={headingId}>
          {heading}
        </h2>
      ) : null}
      {children}
    </section>
  );
}
