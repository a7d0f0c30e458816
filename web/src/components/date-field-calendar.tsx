import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, addMonths, firstDayOfWeek, monthWeeks } from './date-field-text.js';

/** A date at noon UTC, so that formatting never shifts it a day in any time zone. */
const utc = (iso: string) => new Date(`${iso}T12:00:00Z`);
const clamp = (iso: string, min: string | undefined, max: string | undefined) => (min && iso < min ? min : max && iso > max ? max : iso);

export interface DateCalendarProps {
  /** The id of the field's label, which describes the dialog. */
  readonly labelledBy: string;
  readonly locale: string;
  /** The chosen date, or '' for none; the grid opens on it (else on `today`). */
  readonly selected: string;
  readonly today: string;
  readonly min?: string | undefined;
  readonly max?: string | undefined;
  readonly onPick: (iso: string) => void;
  readonly onClose: () => void;
  /** The button that opened the calendar: a click on it is not a click outside. */
  readonly opener: HTMLElement | null;
}

/**
 * A month grid in a dialog, after the WAI-ARIA date picker pattern: arrow keys move a day or a week,
 * Home/End to the start or end of the week, PageUp/PageDown a month (with Shift a year), Enter or
 * Space picks, Escape closes. Month and weekday names come from Intl in the page's locale, and the
 * week starts on the locale's first day (Monday in nl-NL).
 */
export function DateCalendar({ labelledBy, locale, selected, today, min, max, onPick, onClose, opener }: DateCalendarProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState(() => clamp(selected || today, min, max));
  // Keys move the focus with the day; the month buttons leave it on themselves.
  const moveFocus = useRef(true);
  const year = Number(focused.slice(0, 4));
  const month = Number(focused.slice(5, 7));

  const names = useMemo(() => {
    const short = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    const start = firstDayOfWeek(locale);
    // 2024-01-01 was a Monday (ISO weekday 1).
    const days = Array.from({ length: 7 }, (_, i) => addDays('2024-01-01', (start - 1 + i) % 7));
    return { start, weekdays: days.map((d) => ({ short: short.format(utc(d)), long: long.format(utc(d)) })), title: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }) };
  }, [locale]);
  const weeks = monthWeeks(year, month, names.start);

  useEffect(() => {
    if (!moveFocus.current) return;
    dialog.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);

  useEffect(() => {
    const outside = (e: MouseEvent) => {
      const target = e.target as Node;
      if (!dialog.current?.contains(target) && !opener?.contains(target)) onClose();
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [onClose, opener]);

  const go = (iso: string, focus = true) => {
    moveFocus.current = focus;
    setFocused(clamp(iso, min, max));
  };
  const disabled = (iso: string) => (min !== undefined && iso < min) || (max !== undefined && iso > max);

  const onGridKey = (e: KeyboardEvent) => {
    const weekday = (utc(focused).getUTCDay() + 7 - (names.start % 7)) % 7;
    const moves: Record<string, () => string> = {
      ArrowLeft: () => addDays(focused, -1),
      ArrowRight: () => addDays(focused, 1),
      ArrowUp: () => addDays(focused, -7),
      ArrowDown: () => addDays(focused, 7),
      Home: () => addDays(focused, -weekday),
      End: () => addDays(focused, 6 - weekday),
      PageUp: () => addMonths(focused, e.shiftKey ? -12 : -1),
      PageDown: () => addMonths(focused, e.shiftKey ? 12 : 1),
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      go(move());
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (!disabled(focused)) onPick(focused);
    }
  };

  /** Escape closes; Tab stays inside the dialog, as in every modal dialog. */
  const onDialogKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !dialog.current) return;
    const stops = [...dialog.current.querySelectorAll<HTMLElement>('button, [tabindex="0"]')];
    const first = stops[0];
    const last = stops.at(-1);
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last?.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first?.focus();
    }
  };

  return (
    <div ref={dialog} className="date-calendar" role="dialog" aria-modal="true" aria-label={t('dateField.dialog')} aria-describedby={labelledBy} onKeyDown={onDialogKey}>
      <div className="date-calendar-head">
        <button type="button" className="btn date-calendar-nav" aria-label={t('dateField.previousMonth')} onClick={() => go(addMonths(focused, -1), false)}>
          <span aria-hidden="true">‹</span>
        </button>
        <h2 id={headingId} className="date-calendar-title" aria-live="polite">{names.title.format(utc(focused))}</h2>
        <button type="button" className="btn date-calendar-nav" aria-label={t('dateField.nextMonth')} onClick={() => go(addMonths(focused, 1), false)}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <table className="date-calendar-grid" role="grid" aria-labelledby={headingId} onKeyDown={onGridKey}>
        <thead>
          <tr>{names.weekdays.map((w) => <th key={w.long} scope="col" abbr={w.long}>{w.short}</th>)}</tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((iso, j) => (iso === undefined ? <td key={j} /> : (
                <td key={iso} data-date={iso} tabIndex={iso === focused ? 0 : -1}
                  aria-selected={iso === selected} aria-disabled={disabled(iso) || undefined} aria-current={iso === today ? 'date' : undefined}
                  onClick={() => { if (!disabled(iso)) onPick(iso); }} onFocus={() => { if (iso !== focused) go(iso); }}>
                  {Number(iso.slice(8))}
                </td>
              )))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="date-calendar-foot">
        <span className="small muted">{t('dateField.keys')}</span>
        <button type="button" className="btn" onClick={onClose}>{t('dateField.close')}</button>
      </div>
    </div>
  );
}
