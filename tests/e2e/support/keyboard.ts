import type { Locator, Page } from 'playwright-core';

// Keyboard-only input, the way a person without a mouse works: focus the control (as Tab or a summary link
// would), then type, press Space on radios and checkboxes, Enter on buttons and links.

/**
 * Focuses a field, selects what is in it and enters `text` from the keyboard in one input, as a paste, an input
 * method or a quick typist's autocorrection would: the app saves on every change (encrypting the draft), so typing
 * character by character would spend the suite's time on saves; the component tests type key by key.
 */
export async function typeInto(field: Locator, text: string): Promise<void> {
  await field.focus();
  await field.page().keyboard.press('ControlOrMeta+A');
  await field.page().keyboard.insertText(text);
}

export async function choose(option: Locator): Promise<void> {
  await option.focus();
  await option.page().keyboard.press('Space');
}

export async function activate(control: Locator): Promise<void> {
  await control.focus();
  await control.page().keyboard.press('Enter');
}

export async function pressContinue(page: Page): Promise<void> {
  await activate(page.getByRole('button', { name: 'Speichern und weiter' }));
}

/** Waits for the page whose h1 is `name` (after a navigation the old page may still be shown for a moment). */
export async function expectHeading(page: Page, name: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
}
