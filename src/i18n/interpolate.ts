export type MessageParams = Record<string, string | number>;

/** Replaces `{name}` placeholders; a missing parameter stays visible instead of vanishing silently. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
