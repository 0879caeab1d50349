import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { SECTOR_TYPE_NAMES } from './sector-type-names';
import { LABEL_NAMES, MESSAGES, PROPERTY_NAMES, RELATION_NAMES, VALUE_NAMES, format, type Language, type MessageKey } from './messages';

export interface I18n {
  readonly language: Language;
  readonly setLanguage: (language: Language) => void;
  readonly t: (key: MessageKey, vars?: Readonly<Record<string, string | number>>) => string;
  readonly labelName: (label: string) => string;
  /** A relationship type's name (RESPONSIBLE → 负责). */
  readonly relationName: (type: string) => string;
  readonly propertyName: (key: string) => string;
  /** An enumerated property value's name (role lead → 牵头); other values as stored. */
  readonly valueName: (key: string, value: string) => string;
  /** A sector type's name from its key or node id (modern-logistics → 现代物流); null when the key is unknown. */
  readonly sectorTypeName: (keyOrId: string) => string | null;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ language, setLanguage, children }: { language: Language; setLanguage: (l: Language) => void; children: ReactNode }) {
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en'; // screen readers and CJK font choice
  }, [language]);
  const value = useMemo<I18n>(
    () => ({
      language,
      setLanguage,
      t: (key, vars) => format(MESSAGES[language][key], vars),
      labelName: (label) => LABEL_NAMES[language][label] ?? label,
      relationName: (type) => RELATION_NAMES[language][type] ?? type,
      propertyName: (key) => PROPERTY_NAMES[language][key] ?? key,
      valueName: (key, value) => VALUE_NAMES[language][`${key}.${value}`] ?? VALUE_NAMES[language][value] ?? value,
      sectorTypeName: (keyOrId) => SECTOR_TYPE_NAMES[language][keyOrId.replace(/^sectortype:/, '')] ?? null,
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
