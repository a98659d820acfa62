// Where the user chose to keep the draft (start page). Only the choice is stored in plain text: it holds no
// personal data, and without it the app could not know after a reload whether to look for a draft at all.
export type StorageChoice = 'device' | 'visit';

const deviceKey = 'zb.draftStorage';
// "For this visit only" keeps the draft in memory. The tab-scoped flag lets the app tell the user after a
// reload that the answers are gone, instead of silently showing an empty form.
const visitKey = 'zb.visitOnly';

export function readStorageChoice(): StorageChoice | undefined {
  try {
    if (localStorage.getItem(deviceKey) === 'device') return 'device';
    if (sessionStorage.getItem(visitKey) === 'true') return 'visit';
  } catch {
    // Storage disabled (private mode in some browsers): behave as if nothing was chosen yet.
  }
  return undefined;
}

export function saveStorageChoice(choice: StorageChoice): void {
  try {
    if (choice === 'device') {
      localStorage.setItem(deviceKey, 'device');
      sessionStorage.removeItem(visitKey);
    } else {
      localStorage.removeItem(deviceKey);
      sessionStorage.setItem(visitKey, 'true');
    }
  } catch {
    // Without Web Storage the choice lasts for this page only; the draft itself is unaffected.
  }
}

export function forgetStorageChoice(): void {
  try {
    localStorage.removeItem(deviceKey);
    sessionStorage.removeItem(visitKey);
  } catch {
    // Nothing stored, nothing to forget.
  }
}
