import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { today as todayIso } from '../app/programme-context.js';
import { localeOf } from '../i18n/i18n.js';
import { DateCalendar } from './date-field-calendar.js';
import { DATE_TEXT, formatDateText, readDateText } from './date-field-text.js';
import type { DateLanguage } from './date-field-text.js';
import '../styles/date-field.css';

export interface DateFieldProps {
  readonly label: string;
  /** The date as `YYYY-MM-DD`, or '' for none. */
  readonly value: string;
  /** Called with each valid date as it is typed or picked, and with '' when the field is emptied. */
  readonly onChange: (iso: string) => void;
  /** A problem from outside, such as the server's; the field's own reading of the text comes first. */
  readonly error?: string | undefined;
  readonly hint?: ReactNode;
  readonly min?: string | undefined;
  readonly max?: string | undefined;
  readonly id?: string;
  /** The label beside the input rather than above it, for a toolbar. */
  readonly inline?: boolean;
}

/**
 * A date in the dashboard's language, not the browser's: a text field showing and taking
 * `dd-mm-jjjj` (nl) or `dd/mm/yyyy` (en), and ISO `jjjj-mm-dd` too, that says what is wrong while
 * one types, with a calendar button that opens a keyboard-operable month grid.
 *
 * @example <DateField label={t('entry.date')} value={date} onChange={setDate} error={err('date')} />
 */
export function DateField({ label, value, onChange, error, hint, min, max, id, inline = false }: DateFieldProps) {
  const { t, i18n } = useTranslation();
  const lang: DateLanguage = i18n.language === 'en' ? 'en' : 'nl';
  const locale = localeOf(lang);
  const own = useId();
  const inputId = id ?? `${own}-input`;
  const [text, setText] = useState(() => formatDateText(value, lang));
  const [touched, setTouched] = useState(false);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const { placeholder, example } = DATE_TEXT[lang];
  const shown = (iso: string) => formatDateText(iso, lang);

  // A date set from outside (a reset, "back to today", another language) shows as this field writes it.
  useEffect(() => {
    setText((current) => {
      const read = readDateText(current);
      const means = read.kind === 'date' ? read.iso : read.kind === 'empty' ? '' : undefined;
      return means === value && (read.kind !== 'date' || document.activeElement?.id === inputId) ? current : formatDateText(value, lang);
    });
  }, [value, lang, inputId]);

  const read = readDateText(text);
  const ownError = (() => {
    if (read.kind === 'invalid') return read.reason === 'no-such-day' ? t('dateField.noSuchDay', { text: text.trim() }) : t('dateField.invalid', { placeholder, example });
    if (read.kind === 'partial') return touched ? t('dateField.incomplete', { placeholder }) : undefined;
    if (read.kind === 'date' && min && read.iso < min) return t('dateField.beforeMin', { date: shown(min) });
    if (read.kind === 'date' && max && read.iso > max) return t('dateField.afterMax', { date: shown(max) });
    return undefined;
  })();
  const shownError = ownError ?? error;

  const take = (next: string) => {
    setText(next);
    const now = readDateText(next);
    if (now.kind === 'empty' && value !== '') onChange('');
    if (now.kind === 'date' && now.iso !== value && !(min && now.iso < min) && !(max && now.iso > max)) onChange(now.iso);
  };
  const close = useCallback(() => {
    setOpen(false);
    button.current?.focus();
  }, []);
  const pick = (iso: string) => {
    setText(shown(iso));
    setTouched(true);
    if (iso !== value) onChange(iso);
    close();
  };

  const formatId = `${own}-format`;
  const hintId = hint ? `${own}-hint` : undefined;
  const errorId = shownError ? `${own}-error` : undefined;
  return (
    <div className={inline ? 'date-field date-field-inline' : 'field date-field'}>
      <label id={`${own}-label`} htmlFor={inputId} className={inline ? 'muted small' : undefined}>{label}</label>
      <div className="date-field-control">
        <input id={inputId} className="input" type="text" inputMode="numeric" autoComplete="off" spellCheck={false}
          placeholder={placeholder} value={text} aria-invalid={!!shownError}
          aria-describedby={[formatId, hintId, errorId].filter(Boolean).join(' ')}
          onChange={(e) => take(e.target.value)}
          onBlur={() => {
            setTouched(true);
            if (read.kind === 'date') setText(shown(read.iso));
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && e.altKey) {
              e.preventDefault();
              setOpen(true);
            }
          }} />
        <button ref={button} type="button" className="btn date-field-button" aria-label={t('dateField.open')}
          aria-describedby={`${own}-label`} aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <rect x="3" y="5" width="18" height="16" rx="2" /><path d="M3 10h18M8 3v4M16 3v4" />
          </svg>
        </button>
        {open && (
          <DateCalendar labelledBy={`${own}-label`} locale={locale} selected={read.kind === 'date' ? read.iso : value} today={todayIso()} min={min} max={max}
            onPick={pick} onClose={close} opener={button.current} />
        )}
      </div>
      <span id={formatId} className="visually-hidden">{t('dateField.format', { placeholder, example })}</span>
      {hint && <span id={hintId} className="field-hint">{hint}</span>}
      {shownError && <span id={errorId} className="field-error">{shownError}</span>}
    </div>
  );
}
