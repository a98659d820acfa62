/**
 * Where applicants send what they cannot upload: the insurer's postal address, one line per comma. Configured per
 * deployment (VITE_INSURER_ADDRESS at build time); the demo default is AOK PLUS's address for this service.
 */
const demoAddress = 'AOK PLUS, Zuzahlungsbefreiung, 01058 Dresden';

export function insurerAddressLines(
  configured: string | undefined = import.meta.env.VITE_INSURER_ADDRESS,
): string[] {
  const text = configured?.trim() ? configured : demoAddress;
  return text
    .split(',')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}
