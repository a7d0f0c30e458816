import { useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

/** ARIA tabs: arrow keys move between tabs, only the active tab is in the tab order. */
export function Tabs<K extends string>({ label, tabs, active, onChange, children }: {
  readonly label: string;
  readonly tabs: readonly { readonly key: K; readonly label: string }[];
  readonly active: K;
  readonly onChange: (key: K) => void;
  readonly children: ReactNode;
}) {
  const id = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const onKey = (e: KeyboardEvent) => {
    const i = tabs.findIndex((t) => t.key === active);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? tabs.length - 1 : undefined;
    if (next === undefined) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onChange(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  return (
    <div className="stack">
      <div className="tabs" role="tablist" aria-label={label} onKeyDown={onKey}>
        {tabs.map((t) => (
          <button key={t.key} type="button" role="tab" id={`${id}-${t.key}`} aria-selected={t.key === active}
            aria-controls={`${id}-panel`} tabIndex={t.key === active ? 0 : -1} onClick={() => onChange(t.key)}
            ref={(el) => { if (el) refs.current.set(t.key, el); }}>
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${active}`}>{children}</div>
    </div>
  );
}
