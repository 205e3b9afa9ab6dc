/**
 * Addresses we show as links (an organisation's website, an online event's meeting link) must be web
 * addresses: http or https with a host. Any other scheme (javascript:, data:, file:, vbscript:) is refused,
 * so a stored value can never run script when a visitor follows it. Shared by the API's zod schemas
 * (src/platform/http/schemas.ts ZWebUrl) and the web forms.
 */
export const WEB_URL_MESSAGE = 'an http:// or https:// address such as https://example.bg';

export function isWebUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && /^https?:\/\//i.test(value);
}

/** For rendering a stored address as a link: the address when it is a web address, else no link target. */
export function webHref(value: string | null | undefined): string | undefined {
  return value && isWebUrl(value) ? value : undefined;
}
