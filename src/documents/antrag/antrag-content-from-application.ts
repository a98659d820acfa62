import type { ApplicationDocument } from '../../domain/application/application-document';
import { applicationDocumentLimitCase } from '../../domain/application/application-document-limit-case';
import { welfareLabels } from '../../domain/belastungsgrenze/welfare';
import { incomeTypeInfo } from '../../domain/income/income-catalogue';
import { computeLimitCase, type LimitCaseOutput } from '../../domain/limit-case/compute-limit-case';
import { ok, type LocalizedText, type Result } from '../../domain/validation/result';
import { sumCents } from '../../domain/money/cents';
import { countsTowardLimit, paymentCategories } from '../../domain/zuzahlung/payment-category';
import type { AntragContent, AntragLanguage, AntragPostItem } from './antrag-content';
import { formatCents, formatDate } from './antrag-format';
import { antragMessages } from './antrag-messages';
import { defaultInsurerName } from './insurer-name';

type Texts = Record<AntragLanguage, string>;

// The two declarations exactly as the check page words them (features/antrag/pruefen/check-messages.ts, which
// documents may not import): the PDF repeats what the applicant confirmed, nothing more.
const declarationTexts: readonly Texts[] = [
  {
    de: 'Ich versichere, dass meine Angaben nach bestem Wissen richtig und vollständig sind. Ändert sich etwas, zum Beispiel Einnahmen oder wer im Haushalt lebt, teile ich das der Krankenkasse mit.',
    en: 'I declare that my answers are correct and complete to the best of my knowledge. If anything changes, for example income or who lives in the household, I will tell the health insurer.',
  },
  {
    de: 'Ich willige ein, dass die Krankenkasse die Gesundheitsangaben in diesem Antrag (chronische Erkrankung, Zuzahlungen) verarbeitet, um über die Befreiung zu entscheiden.',
    en: 'I consent to the health insurer processing the health details in this application (chronic illness, co-payments) to decide on the exemption.',
  },
];

// The PDF speaks about the applicant, never to them (issue 11): third person in what we add, first person only in
// the declarations the applicant made.
const t = {
  relation: {
    applicant: { de: 'antragstellende Person', en: 'applicant' },
    spouse: { de: 'Ehegatte oder Lebenspartner/in', en: 'spouse or partner' },
    child: { de: 'Kind', en: 'child' },
    other: { de: 'Angehörige/r', en: 'dependant' },
  },
  months: { de: (n: number) => `in ${n} Monaten`, en: (n: number) => `for ${n} months` },
  receipt: { de: 'Zuzahlungsbeleg', en: 'Co-payment receipt' },
  of: { de: 'vom', en: 'of' },
  summary: { de: 'Jahresbescheinigung', en: 'Annual co-payment summary' },
  income: { de: 'Einkommensnachweis', en: 'Proof of income' },
  notice: { de: 'Bescheid', en: 'Notice' },
  muster55: { de: 'Bescheinigung Muster 55', en: 'Certificate Muster 55' },
  vollmacht: { de: 'Vollmacht', en: 'Power of attorney' },
  betreuung: { de: 'Betreuerausweis', en: 'Guardianship certificate' },
  incomeByPost: {
    de: 'Die antragstellende Person schickt diesen Nachweis per Post.',
    en: 'The applicant sends this proof by post.',
  },
  doctorSends: {
    de: 'Die Arztpraxis schickt die Bescheinigung direkt an die Krankenkasse.',
    en: 'The doctor’s practice sends the certificate directly to the health insurer.',
  },
  receiptNo: { de: 'Beleg Nr.', en: 'Receipt no.' },
} as const;

export type AntragContentOptions = {
  /** The insurer the application goes to (insurer-name.ts); "same insurer" answers show this name. */
  insurerName?: string;
};

export type AntragSigning = {
  /** Where the applicant signs; null leaves the line empty to be filled in by hand. */
  place: string | null;
  /** ISO date of the signature. */
  signedOn: string;
};

/**
 * The Antrag PDF's view model from a sent application. The calculation is recomputed with the engine from the
 * document's facts (applicationDocumentLimitCase), so the PDF shows exactly what the app showed; it fails only
 * for a year without figures of law.
 */
export function antragContentFromApplication(
  document: ApplicationDocument,
  language: AntragLanguage,
  signing: AntragSigning,
  { insurerName = defaultInsurerName }: AntragContentOptions = {},
): Result<AntragContent> {
  const computed = computeLimitCase(applicationDocumentLimitCase(document));
  if (!computed.ok) return computed;
  const engine = computed.value;
  const counted = new Set(engine.countedMemberIds);
  const decisions = new Map(engine.explanation.members.map((d) => [d.memberId, d]));
  const nameOf = (m: { givenName: string; familyName: string }) => `${m.givenName} ${m.familyName}`.trim();
  // Names, never "Person 2"; a member without a name is called by the relation ("Kind"), numbered when two share it.
  const relationWord = (member: ApplicationDocument['members'][number]) => {
    const word = t.relation[member.relation][language];
    const same = document.members.filter((m) => m.relation === member.relation);
    return same.length > 1 ? `${word} ${same.indexOf(member) + 1}` : word;
  };
  const memberNames = Object.fromEntries(
    document.members.map((m) => [m.id, nameOf(m) === '' ? relationWord(m) : nameOf(m)]),
  );
  const person = (memberId: string) => memberNames[memberId] ?? memberId;
  const incomeLabel = (income: Income) => {
    const label = incomeTypeInfo(income.type).label[language];
    const described = income.description === '' ? label : `${label}: ${income.description}`;
    const partYear = income.period === 'month' && income.months !== null && income.months !== 12;
    return partYear ? `${described} (${t.months[language](income.months ?? 12)})` : described;
  };
  // Two wage entries of one person (monthly pay, a one-off bonus) need their amounts to tell their proofs apart.
  const incomeProof = (income: Income) =>
    `${t.income[language]}: ${incomeLabel(income)}, ${formatCents(income.amountCents, language)} ${antragMessages[language].period[income.period]} (${person(income.memberId)})`;
  const { applicant, representative } = document;
  return ok({
    language,
    insurerName,
    applicationId: document.applicationId,
    furtherApplicationTo: document.furtherApplicationTo?.reference ?? null,
    year: document.year,
    provisional: engine.provisional,
    applicant: {
      name: nameOf(applicant),
      birthDate: applicant.birthDate,
      kvnr: applicant.kvnr,
      address: applicant.address,
      phone: applicant.phone,
      email: applicant.email,
      representative: representative && {
        kind: representative.kind,
        name: nameOf(representative),
        address: representative.address,
      },
      // antrag-content.ts: the account only matters when something is to be refunded.
      bank:
        engine.refundCents > 0 && document.bank.iban !== ''
          ? { iban: document.bank.iban, holder: document.bank.accountHolder }
          : null,
    },
    household: document.members.map((member) => ({
      id: member.id,
      name: person(member.id),
      relation: member.relation,
      birthDate: member.birthDate,
      kvnr: member.kvnr,
      insurer: member.insurer === 'same' ? insurerName : member.insurer.other,
      familyInsured: member.familyInsured,
      counts: counted.has(member.id),
      reason: decisions.get(member.id)?.text[language] ?? '',
    })),
    welfare:
      document.welfare.kind === 'none' ? null : { label: welfareLabels[document.welfare.kind][language] },
    incomes: document.incomes.map((income) => {
      const info = incomeTypeInfo(income.type);
      return {
        memberId: income.memberId,
        typeLabel: incomeLabel(income),
        counts: info.counts,
        reason: info.explanation[language],
        amountCents: income.amountCents,
        period: income.period,
        annualCents: income.annualCents,
      };
    }),
    chronicIllness: document.chronic.map((entry) => ({
      memberId: entry.memberId,
      chronicallyIll: entry.chronicallyIll,
      proof: !entry.chronicallyIll ? null : entry.certificate === 'doctorSends' ? 'doctorSends' : 'uploaded',
    })),
    receipts: document.receipts.map((receipt) => ({
      date:
        receipt.periodFrom !== null && receipt.periodTo !== null
          ? { from: receipt.periodFrom, to: receipt.periodTo }
          : { on: receipt.countsOn },
      memberId: receipt.memberId,
      categoryLabel: paymentCategories[receipt.category].label[language],
      counts: counted.has(receipt.memberId) && countsTowardLimit(receipt.category),
      provider: receipt.provider,
      amountCents: receipt.amountCents,
      description: receipt.description === '' ? null : receipt.description,
    })),
    // Only what the applicant's app received of a member's own part (ADR 0024): the sums, never the receipts.
    memberParts: document.memberParts.map((part) => ({
      memberId: part.memberId,
      name: person(part.memberId),
      incomeCents: part.incomeCents,
      coPaymentCount: part.coPayments.length,
      coPaymentsCents: sumCents(part.coPayments.map((p) => p.amountCents)),
      reducedRate: part.reducedRate,
      sha256: part.sha256,
    })),
    calculation: { output: withReceiptNumbers(engine, document, memberNames), memberNames },
    advancePayment: document.advancePayment ?? null,
    declarations: declarationTexts.map((text) => ({ text: text[language], accepted: true })),
    electronicNotification: document.declarations.electronicNotification ?? null,
    signature: { place: signing.place ?? '', date: signing.signedOn },
    attachments: document.attachments.map((attachment) => ({
      fileName: attachment.name,
      proves: proves(attachment, document, language, person, incomeProof),
    })),
    toSendByPost: toSendByPost(document, language, person, incomeProof),
    createdAt: document.createdAt,
  });
}

/**
 * The engine names receipts as the CLI's input does ("payments[3]: s1 zählt nicht …"); the PDF numbers them from
 * 1 in the receipts table and names people, so "Beleg Nr. 4: Maria … zählt nicht …". The payments after the
 * receipts are the members' own parts' co-payments (applicationDocumentLimitCase), which have no number here.
 */
function withReceiptNumbers(
  output: LimitCaseOutput,
  document: ApplicationDocument,
  names: Readonly<Record<string, string>>,
): LimitCaseOutput {
  const partPayments = document.memberParts.flatMap((part) => part.coPayments.map(() => part.memberId));
  const rewrite = (text: string, language: AntragLanguage): string => {
    const match = /^payments\[(\d+)\]: /.exec(text);
    if (!match) return text;
    const index = Number(match[1]);
    const partMember = partPayments[index - document.receipts.length];
    const memberId = document.receipts[index]?.memberId ?? partMember;
    let rest = text.slice(match[0].length);
    if (memberId !== undefined && rest.startsWith(`${memberId} `))
      rest = `${names[memberId] ?? memberId}${rest.slice(memberId.length)}`;
    if (index >= document.receipts.length && partMember !== undefined)
      return `${antragMessages[language].memberPart.part(names[partMember] ?? partMember)}: ${rest}`;
    return `${t.receiptNo[language]} ${index + 1}: ${rest}`;
  };
  const warnings = output.warnings.map((warning) => ({
    ...warning,
    message: { de: rewrite(warning.message.de, 'de'), en: rewrite(warning.message.en, 'en') },
  }));
  return { ...output, warnings };
}

type Income = ApplicationDocument['incomes'][number];
type Describe = { person: (memberId: string) => string; income: (income: Income) => string };

/** What one attached file proves, e.g. "Zuzahlungsbeleg vom 04.03.2026, Löwen-Apotheke (Maria Ørsted-Nguyễn)". */
function proves(
  attachment: ApplicationDocument['attachments'][number],
  document: ApplicationDocument,
  language: AntragLanguage,
  person: Describe['person'],
  incomeProof: Describe['income'],
): string {
  const pick = (text: LocalizedText) => text[language];
  switch (attachment.purpose) {
    case 'receipt': {
      const receipt = document.receipts.find((r) => r.id === attachment.refId);
      if (!receipt) return pick(t.receipt);
      const who = `${receipt.provider} (${person(receipt.memberId)})`;
      if (receipt.periodFrom !== null && receipt.periodTo !== null) {
        const period = `${formatDate(receipt.periodFrom, language)} – ${formatDate(receipt.periodTo, language)}`;
        return `${pick(t.summary)} ${period}, ${who}`;
      }
      return `${pick(t.receipt)} ${pick(t.of)} ${formatDate(receipt.countsOn, language)}, ${who}`;
    }
    case 'income': {
      const income = document.incomes.find((i) => i.id === attachment.refId);
      return income ? incomeProof(income) : pick(t.income);
    }
    case 'welfare':
      return `${pick(t.notice)}: ${welfareLabels[document.welfare.kind][language]}`;
    case 'certificate':
      return attachment.refId === null
        ? pick(t.muster55)
        : `${pick(t.muster55)} (${person(attachment.refId)})`;
    case 'representation':
      return pick(document.representative?.kind === 'betreuung' ? t.betreuung : t.vollmacht);
  }
}

/** Only what the applicant said comes by post: income proofs marked 'post' and Muster 55 from the doctor. */
function toSendByPost(
  document: ApplicationDocument,
  language: AntragLanguage,
  person: Describe['person'],
  incomeProof: Describe['income'],
): AntragPostItem[] {
  return [
    ...document.incomes
      .filter((income) => income.proof === 'post')
      .map((income) => ({
        document: incomeProof(income),
        reason: t.incomeByPost[language],
      })),
    ...document.chronic
      .filter((entry) => entry.chronicallyIll && entry.certificate === 'doctorSends')
      .map((entry) => ({
        document: `${t.muster55[language]} (${person(entry.memberId)})`,
        reason: t.doctorSends[language],
      })),
  ];
}
