import type { ReactNode } from 'react';

/**
 * A scrolling box the keyboard can reach: focusable (Tab, then the arrow keys scroll it) and named as a region, for
 * tables with no control inside (a box of links or buttons is reached through them).
 */
export function ScrollFrame({ className, label, children }: { className: string; label: string; children: ReactNode }) {
  return (
    <div className={className} tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}
