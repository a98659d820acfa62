import { apiFetch } from './api-fetch';
import {
  demoProviderLettersPath,
  demoProviderLettersSchema,
  type DemoProviderLetters,
} from './contracts/provider-check';

/**
 * Demo only (the server registers the route in demo mode, the msw twin always): the letters the insurer "posted"
 * to an IK, standing in for the print service. The IK is an institution's number, not personal data: a query
 * parameter is fine here.
 */
export function fetchDemoProviderLetters(ik: string): Promise<DemoProviderLetters> {
  return apiFetch(
    `${demoProviderLettersPath}?${new URLSearchParams({ ik }).toString()}`,
    demoProviderLettersSchema,
  );
}
