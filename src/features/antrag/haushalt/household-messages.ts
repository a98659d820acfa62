import { defineMessages } from '../../../i18n/feature-messages';

// Who belongs to the household follows § 62 Abs. 2 S. 1 and 7 SGB V (docs/rules/rules.md § 2); the texts name the law
// where it decides, so that people can check it.
export const householdMessages = defineMessages(
  {
    caption: 'Haushalt',
    'overview.title': 'Wer lebt mit Ihnen in einem Haushalt?',
    'overview.intro':
      'Die Belastungsgrenze gilt für Sie und Ihre Angehörigen. Die Angehörigen müssen mit Ihnen in einem Haushalt leben. Geben Sie an:',
    'overview.belongs.spouse':
      'Ihren Ehegatten oder Ihre eingetragene Lebenspartnerin oder Ihren eingetragenen Lebenspartner – auch wenn sie oder er dauerhaft in einem Pflegeheim lebt',
    'overview.belongs.children':
      'Ihre Kinder und die Kinder Ihres Ehe- oder Lebenspartners, wenn sie bei Ihnen leben. Dazu gehören auch Stief-, Pflege- und Enkelkinder.',
    'overview.belongs.other': 'weitere Angehörige, die bei Ihnen familienversichert sind',
    'overview.notBelongs':
      'Nicht angeben: Partnerinnen oder Partner ohne Trauschein oder eingetragene Partnerschaft, geschiedene Ehegatten, Eltern und Mitbewohner. Sie zählen nicht mit.',
    'overview.listTitle': 'Personen in Ihrem Haushalt',
    'overview.you': 'Sie',
    'overview.youUnnamed': 'Ihr Name fehlt noch',
    'overview.unnamed': 'Person ohne Namen',
    'overview.born': 'geboren am {date}',
    'overview.insurer.same': 'versichert bei derselben Krankenkasse wie Sie',
    'overview.insurer.other': 'versichert bei {name}',
    'overview.counts': 'Zählt {year} mit.',
    'overview.countsNot': 'Zählt {year} nicht mit.',
    'overview.incomplete': 'Angaben unvollständig',
    'overview.complete': 'Angaben ergänzen',
    'overview.change': 'Ändern',
    'overview.remove': 'Entfernen',
    'overview.more': 'Leben weitere Personen in Ihrem Haushalt, die Sie angeben müssen?',
    'overview.more.hint': 'Geben Sie jede Person einzeln an.',
    'overview.more.limit': 'Sie haben die Höchstzahl von {max} Personen erreicht.',
    'overview.yes': 'Ja',
    'overview.no': 'Nein',
    'overview.removed.title': 'Erledigt',
    'overview.removed.text': '{name} wurde aus Ihrem Haushalt entfernt.',
    'relation.spouse': 'Ehegatte oder eingetragene Lebenspartnerschaft',
    'relation.child': 'Kind',
    'relation.other': 'Weitere Angehörige oder weiterer Angehöriger',
    'member.title': 'Angaben zur Person in Ihrem Haushalt',
    'member.intro':
      'Jede Person bekommt ihren eigenen Befreiungsausweis. Deshalb brauchen wir ihre Angaben so, wie sie auf ihrer Gesundheitskarte stehen.',
    'member.relation': 'Wer ist die Person für Sie?',
    'member.relation.spouse':
      'Ehefrau, Ehemann oder eingetragene Lebenspartnerin, eingetragener Lebenspartner',
    'member.relation.spouse.hint': 'Auch wenn sie oder er dauerhaft in einem Pflegeheim lebt.',
    'member.relation.child': 'Kind',
    'member.relation.child.hint':
      'Ihr Kind oder das Ihres Ehegatten oder Lebenspartners, auch Stief-, Pflege- oder Enkelkind.',
    'member.relation.other': 'Andere Angehörige oder anderer Angehöriger',
    'member.relation.other.hint':
      'Nur wenn die Person bei Ihnen familienversichert ist. Ein Beispiel ist die landwirtschaftliche Krankenversicherung. Eltern gehören nicht dazu.',
    'member.givenName': 'Vorname',
    'member.familyName': 'Nachname',
    'member.birthDate': 'Geburtsdatum',
    'member.birthDate.hint': 'Zum Beispiel 3.2.2012',
    'member.insurer': 'Wo ist die Person krankenversichert?',
    'member.insurer.same': 'Bei derselben Krankenkasse wie Sie',
    'member.insurer.other': 'Bei einer anderen Krankenkasse',
    'member.insurerName': 'Name der Krankenkasse',
    'member.insurerName.hint': 'Er steht auf der Gesundheitskarte der Person, zum Beispiel AOK Plus.',
    'member.kvnr': 'Krankenversichertennummer der Person',
    'member.kvnrOptional': 'Krankenversichertennummer der Person (freiwillig)',
    'member.kvnr.hint':
      'Sie steht auf der Vorderseite der Gesundheitskarte dieser Person, rechts unter dem Namen: ein Buchstabe und 9 Ziffern, zum Beispiel A123456780.',
    'member.kvnrOptional.hint':
      'Sie steht vorne auf der Gesundheitskarte dieser Person, rechts unter dem Namen. Mit der Nummer findet die andere Krankenkasse die Person leichter.',
    'member.familyInsured': 'Ist die Person familienversichert?',
    'member.familyInsured.hint':
      'Familienversichert heißt: Die Person ist über ein Familienmitglied mitversichert. Sie zahlt keine eigenen Beiträge. Wer selbst Beiträge zahlt, ist nicht familienversichert. Das gilt zum Beispiel bei Arbeit, Ausbildung, Rente oder im Studium. Bei Kindern ab dem Jahr, in dem sie 19 werden, entscheidet das, ob sie mitzählen.',
    'member.careHome': 'Lebt die Person dauerhaft in einem Pflegeheim?',
    'member.careHome.hint':
      'Gemeint ist ein dauerhafter Platz in einem Pflegeheim. Ihr Ehe- oder Lebenspartner zählt dann trotzdem zu Ihrem Haushalt.',
    'member.yes': 'Ja',
    'member.no': 'Nein',
    'remove.title': 'Möchten Sie {name} aus Ihrem Haushalt entfernen?',
    'remove.warning':
      'Dabei werden auch die Einnahmen und die Angaben zur chronischen Erkrankung dieser Person gelöscht, mit den dazu hochgeladenen Nachweisen.',
    'remove.yes': 'Ja, entfernen',
    'remove.no': 'Nein, behalten',
    'remove.choose': 'Wählen Sie aus, ob Sie {name} entfernen möchten.',
    'error.more': 'Wählen Sie aus, ob weitere Personen in Ihrem Haushalt leben.',
    'error.memberIncomplete': 'Vervollständigen Sie die Angaben zu {name}.',
    'error.tooMany': 'Sie können höchstens {max} Personen angeben. Wählen Sie „Nein“.',
  },
  {
    caption: 'Household',
    'overview.title': 'Who lives in your household?',
    'overview.intro':
      'The limit applies to you and your dependants. They must live with you in one household. Enter:',
    'overview.belongs.spouse':
      'your spouse or registered partner – also when they live permanently in a care home',
    'overview.belongs.children':
      'your children and the children of your spouse or partner, if they live with you. This includes stepchildren, foster children and grandchildren.',
    'overview.belongs.other': 'further relatives who are family-insured with you',
    'overview.notBelongs':
      'Do not enter: partners you are not married to or in a registered partnership with, divorced spouses, parents or flatmates. They do not count.',
    'overview.listTitle': 'People in your household',
    'overview.you': 'You',
    'overview.youUnnamed': 'Your name is still missing',
    'overview.unnamed': 'Person without a name',
    'overview.born': 'born {date}',
    'overview.insurer.same': 'insured with the same health insurer as you',
    'overview.insurer.other': 'insured with {name}',
    'overview.counts': 'Counts for {year}.',
    'overview.countsNot': 'Does not count for {year}.',
    'overview.incomplete': 'Details incomplete',
    'overview.complete': 'Complete the details',
    'overview.change': 'Change',
    'overview.remove': 'Remove',
    'overview.more': 'Do any other people live in your household whom you need to enter?',
    'overview.more.hint': 'Enter each person separately.',
    'overview.more.limit': 'You have reached the maximum of {max} people.',
    'overview.yes': 'Yes',
    'overview.no': 'No',
    'overview.removed.title': 'Done',
    'overview.removed.text': '{name} has been removed from your household.',
    'relation.spouse': 'Spouse or registered partner',
    'relation.child': 'Child',
    'relation.other': 'Further relative',
    'member.title': 'Details of a person in your household',
    'member.intro':
      'Each person gets their own exemption card. That is why we need their details as they appear on their health card.',
    'member.relation': 'Who is this person to you?',
    'member.relation.spouse': 'Wife, husband or registered partner',
    'member.relation.spouse.hint': 'Also when they live permanently in a care home.',
    'member.relation.child': 'Child',
    'member.relation.child.hint':
      'Your child or your spouse’s or partner’s child, including a stepchild, foster child or grandchild.',
    'member.relation.other': 'Other relative',
    'member.relation.other.hint':
      'Only if the person is family-insured with you. An example is farmers’ health insurance. Parents do not count.',
    'member.givenName': 'First name',
    'member.familyName': 'Last name',
    'member.birthDate': 'Date of birth',
    'member.birthDate.hint': 'For example 3.2.2012',
    'member.insurer': 'Where does the person have health insurance?',
    'member.insurer.same': 'With the same health insurer as you',
    'member.insurer.other': 'With another health insurer',
    'member.insurerName': 'Name of the health insurer',
    'member.insurerName.hint': 'It is on the person’s health card, for example AOK Plus.',
    'member.kvnr': 'The person’s health insurance number (Krankenversichertennummer)',
    'member.kvnrOptional': 'The person’s health insurance number (Krankenversichertennummer, optional)',
    'member.kvnr.hint':
      'It is on the front of this person’s health card, on the right below the name: one letter and 9 digits, for example A123456780.',
    'member.kvnrOptional.hint':
      'It is on the front of this person’s health card, on the right below the name. With the number the other health insurer finds the person more easily.',
    'member.familyInsured': 'Is the person family-insured?',
    'member.familyInsured.hint':
      'Family-insured means: the person is covered through a family member. They pay no contributions of their own. Anyone who pays contributions is not family-insured. This applies, for example, to work, training, a pension or studies. For children from the year they turn 19, this decides whether they count.',
    'member.careHome': 'Does the person live permanently in a care home?',
    'member.careHome.hint':
      'This means a permanent place in a care home. Your spouse or partner then still belongs to your household.',
    'member.yes': 'Yes',
    'member.no': 'No',
    'remove.title': 'Do you want to remove {name} from your household?',
    'remove.warning':
      'This also deletes this person’s income and chronic-illness details, together with the proofs uploaded for them.',
    'remove.yes': 'Yes, remove',
    'remove.no': 'No, keep',
    'remove.choose': 'Select whether you want to remove {name}.',
    'error.more': 'Select whether other people live in your household.',
    'error.memberIncomplete': 'Complete the details of {name}.',
    'error.tooMany': 'You can enter at most {max} people. Select “No”.',
  },
);
