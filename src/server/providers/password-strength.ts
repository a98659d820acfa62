import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as germanDictionary } from '@zxcvbn-ts/language-de';

/**
 * Whether a provider's new personal password is strong enough (issue 15): at least 12 characters, not containing
 * the IK, and not easy to guess — zxcvbn-ts (a realistic estimate of guesses: dictionaries, keyboard patterns,
 * dates, repeats) with the common and the German dictionaries must give a score of at least 3 of 4 ("safely
 * unguessable: moderate protection from offline slow-hash attacks", which scrypt is). The name on file and the
 * IK count as words an attacker tries first. The German package (3.x) works with core 4: it only supplies word
 * lists; its feedback texts are not used, the reasons below are ours, in German and English.
 */
export type PasswordWeakness = {
  /** For the UI's own texts. */
  reason: 'tooShort' | 'containsIk' | 'tooGuessable';
  de: string;
  en: string;
};

export const minimumPasswordLength = 12;
const minimumScore = 3;

let factory: ZxcvbnFactory | undefined;
/** Built on first use: ranking the dictionaries takes a moment, and most processes never need it. */
const zxcvbn = (): ZxcvbnFactory =>
  (factory ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...germanDictionary },
    graphs: adjacencyGraphs,
  }));

export function passwordWeakness(
  password: string,
  provider: { ik: string; name: string },
): PasswordWeakness | undefined {
  if ([...password].length < minimumPasswordLength) {
    return {
      reason: 'tooShort',
      de: `Das Passwort ist zu kurz. Es muss mindestens ${minimumPasswordLength} Zeichen haben.`,
      en: `The password is too short. It must have at least ${minimumPasswordLength} characters.`,
    };
  }
  if (password.replace(/\s+/g, '').includes(provider.ik)) {
    return {
      reason: 'containsIk',
      de: 'Das Passwort darf Ihr Institutionskennzeichen (IK) nicht enthalten.',
      en: 'The password must not contain your institution code (IK).',
    };
  }
  const userInputs = [provider.ik, ...provider.name.split(/[\s,.\-–]+/).filter((word) => word.length > 2)];
  if (zxcvbn().check(password, userInputs).score < minimumScore) {
    return {
      reason: 'tooGuessable',
      de: 'Das Passwort ist zu leicht zu erraten. Nehmen Sie zum Beispiel mehrere Wörter, die nicht zusammengehören.',
      en: 'The password is too easy to guess. Use, for example, several words that do not belong together.',
    };
  }
  return undefined;
}
