import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './messages-en.js';
import { nl } from './messages-nl.js';

/** The dashboard's languages; Dutch is the default. */
export type Language = 'nl' | 'en';
export const LANGUAGES: readonly Language[] = ['nl', 'en'];

const STORAGE_KEY = 'koers.lang';

/** The BCP 47 locale that dates and numbers follow in a language. */
export const localeOf = (lang: Language): string => (lang === 'nl' ? 'nl-NL' : 'en-GB');

function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'nl' || fromUrl === 'en') return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'nl';
}

/** Starts i18next with both languages bundled (they are small), so a switch never waits on the network. */
export function startI18n(): typeof i18next {
  const lng = initialLanguage();
  void i18next.use(initReactI18next).init({
    lng,
    fallbackLng: 'nl',
    resources: { nl: { translation: nl }, en: { translation: en } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  i18next.on('languageChanged', (l) => {
    document.documentElement.lang = l;
    window.localStorage.setItem(STORAGE_KEY, l);
  });
  return i18next;
}
