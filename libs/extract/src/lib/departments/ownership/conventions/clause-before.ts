/**
 * The clause of running text right before `at`, from the last 。 ； ， ： or line break at most `window` characters back:
 * where prose names the units before its verb (A负责…, A要会同B…). Null where no clause starts within the window, or
 * where an open bracket holds `at` ((A负责), 〔A负责〕 and 【A负责】 are the bracketed conventions' to read).
 */
export function clauseBefore(text: string, at: number, window: number): string | null {
  const before = text.slice(Math.max(0, at - window), at);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('；'), before.lastIndexOf('，'), before.lastIndexOf('\n'), before.lastIndexOf('：'));
  if (cut < 0 && at > window) return null;
  if (before.lastIndexOf('（') > before.lastIndexOf('）')) return null;
  if (before.lastIndexOf('〔') > before.lastIndexOf('〕') || before.lastIndexOf('【') > before.lastIndexOf('】')) return null;
  return before.slice(cut + 1);
}
