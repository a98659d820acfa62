import { defineMessages } from '../../i18n/feature-messages';

/**
 * The provider area (issue 15): layout, login, registration and new letter, activation. For counter staff of
 * pharmacies, practices and transport services: short sentences, "Sie", the law behind "Warum?".
 */
export const providerMessages = defineMessages(
  {
    'area.name': 'Für Apotheken und Praxen',
    'area.nav': 'Bereich für Apotheken und Praxen',
    'area.signedInAs': 'Angemeldet: {name}, IK {ik}',
    'area.logout': 'Abmelden',
    'area.checking': 'Die Anmeldung wird geprüft …',
    'area.failed': 'Die Anmeldung konnte nicht geprüft werden.',
    'area.failedText': 'Der Server antwortet nicht. Versuchen Sie es in ein paar Minuten noch einmal.',
    'area.retry': 'Erneut versuchen',
    'nav.query': 'Status abfragen',
    'nav.history': 'Ihre Abfragen',
    'nav.apiKeys': 'Schnittstelle für Ihre Software',

    'idle.title': 'Ihre Sitzung endet bald',
    'idle.text':
      'Sie waren einige Minuten nicht aktiv. Ihre Sitzung endet um {time} Uhr. Danach müssen Sie sich neu anmelden.',
    'idle.final':
      'Ihre Sitzung endet um {time} Uhr. Sie kann nicht verlängert werden. Danach müssen Sie sich neu anmelden.',
    'idle.stay': 'Angemeldet bleiben',
    'idle.logout': 'Abmelden',
    'idle.stayFailed': 'Die Sitzung konnte nicht verlängert werden. Versuchen Sie es noch einmal.',

    'login.title': 'Zuzahlungsstatus abfragen: Anmeldung für Apotheken und Praxen',
    'login.lead':
      'Apotheken, Praxen und Fahrdienste prüfen hier, ob eine Patientin oder ein Patient von Zuzahlungen befreit ist. Melden Sie sich mit dem Institutionskennzeichen (IK) Ihrer Einrichtung und Ihrem Passwort an.',
    'login.ik.label': 'Institutionskennzeichen (IK)',
    'login.ik.hint': '9 Ziffern, zum Beispiel 101575519.',
    'login.password.label': 'Passwort',
    'login.password.hint': 'Bei der ersten Anmeldung: das Erstpasswort aus unserem Brief.',
    'login.submit': 'Anmelden',
    'login.pending': 'Sie werden angemeldet …',
    'login.error.summary': 'Bitte prüfen Sie Ihre Angaben',
    'login.error.password.required': 'Geben Sie Ihr Passwort ein.',
    'login.failed.title': 'Anmeldung nicht möglich',
    'login.failed.text':
      'IK oder Passwort stimmen nicht. Prüfen Sie beides. Das Erstpasswort aus dem Brief gilt nur eine begrenzte Zeit.',
    'login.dormant.title': 'Ihr Zugang wurde lange nicht genutzt',
    'login.dormant.text':
      'Zu Ihrer Sicherheit ist der Zugang deshalb gesperrt. Fordern Sie einen neuen Brief mit einer neuen Prüfnummer an.',
    'login.locked.title': 'Anmeldung vorübergehend gesperrt',
    'login.locked.text.one':
      'Es gab zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in 1 Minute noch einmal.',
    'login.locked.text.other':
      'Es gab zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in {count} Minuten noch einmal.',
    'login.locked.unknown':
      'Es gab zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es später noch einmal.',
    'login.error.title': 'Anmeldung nicht möglich',
    'login.error.text': 'Der Server antwortet nicht. Versuchen Sie es in ein paar Minuten noch einmal.',
    'login.ended.idle.title': 'Sitzung beendet',
    'login.ended.idle.text':
      'Sie waren zu lange nicht aktiv. Zum Schutz der Daten wurde Ihre Sitzung beendet. Melden Sie sich neu an.',
    'login.ended.logout.title': 'Abgemeldet',
    'login.ended.logout.text': 'Sie haben sich abgemeldet.',
    'login.ended.expired.title': 'Sitzung beendet',
    'login.ended.expired.text': 'Ihre Sitzung ist abgelaufen. Melden Sie sich neu an.',
    'login.noAccess.title': 'Noch kein Zugang?',
    'login.register': 'Zugang beantragen',
    'login.lost': 'Passwort vergessen oder Zugang gesperrt? Neuen Brief anfordern',

    'ik.error.required': 'Geben Sie das Institutionskennzeichen (IK) ein.',
    'ik.error.format': 'Das Institutionskennzeichen (IK) hat genau 9 Ziffern, zum Beispiel 101575519.',
    'ik.error.checkDigit':
      'Dieses Institutionskennzeichen (IK) gibt es nicht. Wahrscheinlich ist eine Ziffer vertippt. Bitte prüfen Sie es.',

    'register.title': 'Zugang für Apotheken und Praxen beantragen',
    'register.lead':
      'Geben Sie das Institutionskennzeichen (IK) Ihrer Apotheke, Praxis oder Ihres Fahrdienstes ein. Wir schicken die Zugangsdaten per Post.',
    'register.post':
      'Der Brief geht an die Anschrift, die zu diesem IK bei uns hinterlegt ist. Eine andere Anschrift können Sie nicht angeben.',
    'register.ik.hint': '9 Ziffern. Sie finden das IK zum Beispiel auf Ihren Abrechnungen.',
    'register.terms.title': 'Nutzungsbedingungen',
    'register.terms.intro': 'Mit dem Zugang verpflichten Sie sich:',
    'register.terms.consent':
      'Sie fragen nur ab, wenn die Patientin oder der Patient eingewilligt hat. Sie geben bei jeder Abfrage an, wie.',
    'register.terms.purpose':
      'Sie fragen nur ab, um für eine eigene Leistung die Zuzahlung richtig zu berechnen.',
    'register.terms.log':
      'Jede Abfrage wird gespeichert. Die Versicherten können sehen, welche Einrichtung ihren Status abgefragt hat. Sie können der Abfrage widersprechen.',
    'register.terms.limit': 'Die Zahl der Abfragen am Tag ist begrenzt.',
    'register.terms.secret': 'Sie geben Passwort und Schlüssel nicht an andere weiter.',
    'register.terms.label': 'Ich habe die Nutzungsbedingungen gelesen und stimme ihnen zu.',
    'register.error.terms':
      'Stimmen Sie den Nutzungsbedingungen zu. Sonst können wir keinen Zugang einrichten.',
    'register.why.about': 'zur Einwilligung',
    'register.why':
      'Wer von Zuzahlungen befreit ist, regelt § 62 SGB V. Der Status ist eine Gesundheitsangabe. Sie dürfen ihn nur mit Einwilligung der versicherten Person abfragen. Sie müssen nachweisen können, dass sie eingewilligt hat (Art. 7 Abs. 1 DSGVO).',
    'register.submit': 'Zugang beantragen',

    'newLetter.title': 'Neuen Brief mit Zugangsdaten anfordern',
    'newLetter.lead':
      'Sie haben Ihr Passwort vergessen? Oder Ihr Zugang wurde lange nicht genutzt? Dann schicken wir Ihnen einen neuen Brief. Darin stehen ein Erstpasswort für die nächste Anmeldung und eine neue Prüfnummer.',
    'newLetter.keep': 'Ihr bisheriges Passwort gilt weiter, bis Sie die neue Prüfnummer eingeben.',
    'newLetter.submit': 'Neuen Brief anfordern',

    'letter.checking': 'Ihre Anfrage wird geprüft …',
    'letter.sent.title': 'Ihre Anfrage ist angekommen',
    'letter.sent.text':
      'Wir schicken Ihnen einen Brief an die Anschrift, die zu diesem IK bei uns hinterlegt ist. Darin stehen ein Erstpasswort für die erste Anmeldung und eine Prüfnummer. Der Brief kommt in den nächsten Tagen.',
    'letter.sent.none':
      'Kommt kein Brief, ist das IK bei uns vielleicht nicht hinterlegt. Wenden Sie sich dann an uns.',
    'letter.sent.login': 'Zur Anmeldung',
    'letter.demo': 'Demo: Den Brief finden Sie im Demo-Briefkasten.',
    'letter.challenge.title': 'Die Prüfung hat nicht geklappt',
    'letter.challenge.text': 'Bitte senden Sie das Formular noch einmal. Ihre Eingaben sind noch da.',
    'letter.unsolved.title': 'Die Prüfung hat nicht geklappt',
    'letter.unsolved.text':
      'Ihr Browser konnte die Prüfung nicht abschließen. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
    'letter.tooMany.title': 'Zu viele Anfragen',
    'letter.tooMany.text': 'Bitte warten Sie einige Minuten und versuchen Sie es dann noch einmal.',
    'letter.failed.title': 'Die Anfrage ist nicht angekommen',
    'letter.failed.text':
      'Der Server antwortet nicht. Versuchen Sie es in ein paar Minuten noch einmal. Ihre Eingaben sind noch da.',

    'activate.title': 'Zugang einrichten',
    'activate.lead':
      'Sie haben sich mit dem Erstpasswort aus dem Brief angemeldet. Geben Sie jetzt die Prüfnummer aus dem Brief ein. Dann legen Sie Ihr eigenes Passwort fest.',
    'activate.pruefnummer.label': 'Prüfnummer',
    'activate.pruefnummer.hint': 'Sie steht in unserem Brief. Jede Prüfnummer gilt nur einmal.',
    'activate.password.label': 'Neues Passwort',
    'activate.password.hint.title': 'So ist Ihr Passwort sicher:',
    'activate.password.hint.length': 'mindestens 12 Zeichen',
    'activate.password.hint.ik': 'nicht Ihr IK und kein Teil davon',
    'activate.password.hint.words':
      'am besten mehrere Wörter, die nicht zusammengehören. So ist es lang und trotzdem gut zu merken.',
    'activate.repeat.label': 'Neues Passwort wiederholen',
    'activate.submit': 'Zugang einrichten',
    'activate.pending': 'Ihr Zugang wird eingerichtet …',
    'activate.error.pruefnummer.required': 'Geben Sie die Prüfnummer aus dem Brief ein.',
    'activate.error.password.required': 'Geben Sie ein neues Passwort ein.',
    'activate.error.password.short': 'Das neue Passwort muss mindestens 12 Zeichen lang sein.',
    'activate.error.password.ik': 'Das neue Passwort darf Ihr IK nicht enthalten.',
    'activate.error.repeat.required': 'Geben Sie das neue Passwort noch einmal ein.',
    'activate.error.repeat.different':
      'Die beiden Passwörter sind verschieden. Geben Sie zweimal dasselbe ein.',
    'activate.pruefnummerInvalid.title': 'Die Prüfnummer stimmt nicht',
    'activate.pruefnummerInvalid.text':
      'Prüfen Sie die Prüfnummer im Brief. Jede Prüfnummer gilt nur einmal. Haben Sie sie schon verwendet, fordern Sie einen neuen Brief an.',
    'activate.weak.title': 'Das Passwort ist zu leicht zu erraten',
    'activate.weak.text': 'Wählen Sie ein anderes Passwort, zum Beispiel aus mehreren Wörtern.',
    'activate.failed.title': 'Der Zugang konnte nicht eingerichtet werden',
    'activate.failed.text':
      'Der Server antwortet nicht. Versuchen Sie es in ein paar Minuten noch einmal. Ihre Eingaben sind noch da.',
    'activate.done': 'Ihr Zugang ist eingerichtet. Ab jetzt melden Sie sich mit Ihrem eigenen Passwort an.',
  },
  {
    'area.name': 'For pharmacies and practices',
    'area.nav': 'Area for pharmacies and practices',
    'area.signedInAs': 'Signed in: {name}, IK {ik}',
    'area.logout': 'Sign out',
    'area.checking': 'Checking your sign-in …',
    'area.failed': 'Your sign-in could not be checked.',
    'area.failedText': 'The server is not responding. Please try again in a few minutes.',
    'area.retry': 'Try again',
    'nav.query': 'Check a status',
    'nav.history': 'Your checks',
    'nav.apiKeys': 'Interface for your software',

    'idle.title': 'Your session will end soon',
    'idle.text':
      'You have not been active for a few minutes. Your session ends at {time}. After that you need to sign in again.',
    'idle.final': 'Your session ends at {time}. It cannot be extended. After that you need to sign in again.',
    'idle.stay': 'Stay signed in',
    'idle.logout': 'Sign out',
    'idle.stayFailed': 'The session could not be extended. Please try again.',

    'login.title': 'Check a co-payment status: sign-in for pharmacies and practices',
    'login.lead':
      'Pharmacies, practices and patient transport services check here whether a patient is exempt from co-payments. Sign in with the institution code (IK) of your organisation and your password.',
    'login.ik.label': 'Institution code (IK)',
    'login.ik.hint': '9 digits, for example 101575519.',
    'login.password.label': 'Password',
    'login.password.hint': 'The first time: the initial password from our letter.',
    'login.submit': 'Sign in',
    'login.pending': 'Signing you in …',
    'login.error.summary': 'Please check your entries',
    'login.error.password.required': 'Enter your password.',
    'login.failed.title': 'Sign-in not possible',
    'login.failed.text':
      'The IK or the password is wrong. Please check both. The initial password from the letter is valid for a limited time only.',
    'login.dormant.title': 'Your access has not been used for a long time',
    'login.dormant.text':
      'For your security it is therefore locked. Request a new letter with a new verification number (Prüfnummer).',
    'login.locked.title': 'Sign-in temporarily locked',
    'login.locked.text.one': 'There were too many failed sign-ins. Please try again in 1 minute.',
    'login.locked.text.other': 'There were too many failed sign-ins. Please try again in {count} minutes.',
    'login.locked.unknown': 'There were too many failed sign-ins. Please try again later.',
    'login.error.title': 'Sign-in not possible',
    'login.error.text': 'The server is not responding. Please try again in a few minutes.',
    'login.ended.idle.title': 'Session ended',
    'login.ended.idle.text':
      'You were inactive for too long. To protect the data, your session was ended. Please sign in again.',
    'login.ended.logout.title': 'Signed out',
    'login.ended.logout.text': 'You have signed out.',
    'login.ended.expired.title': 'Session ended',
    'login.ended.expired.text': 'Your session has expired. Please sign in again.',
    'login.noAccess.title': 'No access yet?',
    'login.register': 'Apply for access',
    'login.lost': 'Forgot your password or access locked? Request a new letter',

    'ik.error.required': 'Enter the institution code (IK).',
    'ik.error.format': 'The institution code (IK) has exactly 9 digits, for example 101575519.',
    'ik.error.checkDigit':
      'This institution code (IK) does not exist. Probably a digit was mistyped. Please check it.',

    'register.title': 'Apply for access for pharmacies and practices',
    'register.lead':
      'Enter the institution code (IK) of your pharmacy, practice or patient transport service. We send the access details by post.',
    'register.post': 'The letter goes to the address we hold for this IK. You cannot give another address.',
    'register.ik.hint': '9 digits. You find the IK on your invoices to health insurers, for example.',
    'register.terms.title': 'Terms of use',
    'register.terms.intro': 'With the access you agree to the following:',
    'register.terms.consent':
      'You only check when the patient has agreed. With every check you say how they agreed.',
    'register.terms.purpose': 'You only check to charge the right co-payment for your own service.',
    'register.terms.log':
      'Every check is recorded. Insured people can see which organisation checked their status. They can object to the checks.',
    'register.terms.limit': 'The number of checks per day is limited.',
    'register.terms.secret': 'You do not pass on your password or keys to anyone.',
    'register.terms.label': 'I have read the terms of use and agree to them.',
    'register.error.terms': 'Agree to the terms of use. Otherwise we cannot set up access.',
    'register.why.about': 'about the consent',
    'register.why':
      'Who is exempt from co-payments is set out in § 62 SGB V. The status is health data. You may only check it with the consent of the insured person. You must be able to show that they consented (Art. 7(1) GDPR).',
    'register.submit': 'Apply for access',

    'newLetter.title': 'Request a new letter with access details',
    'newLetter.lead':
      'Forgot your password? Or has your access not been used for a long time? Then we send you a new letter. It contains an initial password for the next sign-in and a new verification number (Prüfnummer).',
    'newLetter.keep': 'Your current password stays valid until you enter the new verification number.',
    'newLetter.submit': 'Request a new letter',

    'letter.checking': 'Your request is being checked …',
    'letter.sent.title': 'Your request has arrived',
    'letter.sent.text':
      'We will send you a letter to the address we hold for this IK. It contains an initial password for the first sign-in and a verification number (Prüfnummer). The letter will arrive in the next few days.',
    'letter.sent.none': 'If no letter comes, we may not hold this IK. Then please contact us.',
    'letter.sent.login': 'Go to sign-in',
    'letter.demo': 'Demo: you find the letter in the demo mailbox.',
    'letter.challenge.title': 'The check did not work',
    'letter.challenge.text': 'Please send the form again. Your entries are still there.',
    'letter.unsolved.title': 'The check did not work',
    'letter.unsolved.text': 'Your browser could not complete the check. Reload the page and try again.',
    'letter.tooMany.title': 'Too many requests',
    'letter.tooMany.text': 'Please wait a few minutes and then try again.',
    'letter.failed.title': 'The request did not arrive',
    'letter.failed.text':
      'The server is not responding. Please try again in a few minutes. Your entries are still there.',

    'activate.title': 'Set up your access',
    'activate.lead':
      'You signed in with the initial password from the letter. Now enter the verification number (Prüfnummer) from the letter. Then choose your own password.',
    'activate.pruefnummer.label': 'Verification number (Prüfnummer)',
    'activate.pruefnummer.hint': 'It is printed in our letter. Each verification number works only once.',
    'activate.password.label': 'New password',
    'activate.password.hint.title': 'A safe password:',
    'activate.password.hint.length': 'has at least 12 characters',
    'activate.password.hint.ik': 'is not your IK and contains no part of it',
    'activate.password.hint.words':
      'is best made of several unrelated words. That makes it long and still easy to remember.',
    'activate.repeat.label': 'Repeat the new password',
    'activate.submit': 'Set up access',
    'activate.pending': 'Setting up your access …',
    'activate.error.pruefnummer.required': 'Enter the verification number (Prüfnummer) from the letter.',
    'activate.error.password.required': 'Enter a new password.',
    'activate.error.password.short': 'The new password must have at least 12 characters.',
    'activate.error.password.ik': 'The new password must not contain your IK.',
    'activate.error.repeat.required': 'Enter the new password again.',
    'activate.error.repeat.different': 'The two passwords differ. Enter the same password twice.',
    'activate.pruefnummerInvalid.title': 'The verification number is wrong',
    'activate.pruefnummerInvalid.text':
      'Check the verification number in the letter. Each one works only once. If you have used it already, request a new letter.',
    'activate.weak.title': 'The password is too easy to guess',
    'activate.weak.text': 'Choose another password, for example made of several words.',
    'activate.failed.title': 'Your access could not be set up',
    'activate.failed.text':
      'The server is not responding. Please try again in a few minutes. Your entries are still there.',
    'activate.done': 'Your access is set up. From now on, sign in with your own password.',
  },
);

export type ProviderMessageKey = keyof typeof providerMessages.de;
