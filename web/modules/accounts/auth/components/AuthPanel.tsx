import type { ReactNode } from 'react';

/** The narrow card that holds the sign-in, sign-up and password forms. */
export function AuthPanel({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <div className="container section">
      <section className="panel panel--narrow" aria-labelledby={id}>
        <h1 id={id}>{title}</h1>
        {children}
      </section>
    </div>
  );
}
