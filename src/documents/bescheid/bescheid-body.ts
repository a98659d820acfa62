import type { LimitCaseOutput } from '../../domain/limit-case/compute-limit-case';
import type { AntragContent } from '../antrag/antrag-content';
import { formatCents, formatDate } from '../antrag/antrag-format';
import { antragMessages } from '../antrag/antrag-messages';
import type { PageFlow } from '../antrag/page-flow';
import { renderCalculation } from '../antrag/section-calculation';
import type { BescheidLetter } from './bescheid-letter';
import type { BescheidMessages } from './bescheid-messages';

type Decision<K extends BescheidLetter['decision']['kind']> = Extract<
  BescheidLetter['decision'],
  { kind: K }
>;

/** What the parts of the letter write with: the flow of the page, the letter and its copy. */
type Body = {
  flow: PageFlow;
  letter: BescheidLetter;
  m: BescheidMessages;
  /** One paragraph with room after it. */
  say: (text: string) => void;
  /** A list of short items, one a line. */
  list: (items: readonly string[]) => void;
};

const date = (iso: string) => formatDate(iso, 'de');
const money = (cents: number) => formatCents(cents, 'de');
const postalAddress = (letter: BescheidLetter) => letter.insurer.postalAddress.join(', ');

/**
 * The letter from the greeting to the signature, by kind (docs/rules/bescheid.md). A decision states what was
 * decided, then why (§ 35 Abs. 1 SGB X: the essential facts and the law), then the Rechtsbehelfsbelehrung
 * (§ 36 SGB X); a request for documents (§ 60 SGB I) states what is missing, by when, and the consequences
 * (§ 66 Abs. 3 SGB I), and has no Rechtsbehelfsbelehrung because it decides nothing.
 */
export const renderBody = (flow: PageFlow, letter: BescheidLetter, m: BescheidMessages): void => {
  const body: Body = {
    flow,
    letter,
    m,
    say: (text) => {
      flow.paragraph(text, { size: 10 });
      flow.gap(5);
    },
    list: (items) => {
      for (const item of items) flow.paragraph(`•\u00a0${item}`, { size: 10 });
      flow.gap(5);
    },
  };
  body.say(m.greeting(letter.recipient.name));
  const { decision } = letter;
  switch (decision.kind) {
    case 'befreit':
      exempted(body, decision);
      break;
    case 'vorauszahlung-bestaetigt':
      advanceConfirmed(body, decision);
      break;
    case 'abgelehnt':
      rejected(body, decision);
      break;
    case 'unterlagen-angefordert':
      documentsRequested(body, decision);
      break;
  }
  if (decision.kind !== 'unterlagen-angefordert') remedy(body);
  signature(body);
};

const exempted = (body: Body, decision: Decision<'befreit'>) => {
  const { flow, letter, m, say, list } = body;
  const out = decision.calculation;
  say(m.checked(letter.year));
  flow.heading(m.heading.decision);
  say(m.exemptPeriod(date(decision.exemptFrom), date(decision.exemptUntil)));
  say(m.coveredIntro);
  list(decision.covered.map((person) => person.name));
  say(decision.refundCents > 0 ? m.refund(money(decision.refundCents)) : m.noRefund);
  say(m.scope);

  flow.heading(m.heading.reasons);
  say(m.limitRule);
  say(m.reached(money(out.paidCents), money(out.limitCents), reachedOn(out)));
  say(m.seeCalculation);
  say(m.legalBasisDecision);
  calculation(body, out);

  flow.heading(m.heading.notCounted);
  if (decision.notCounted.length === 0) {
    say(m.allCounted);
    return;
  }
  say(m.notCountedIntro);
  const c = m.notCountedColumns;
  const [description, amount] = [170, 70] as const;
  const reason = flow.width - description - amount;
  const header = [
    { text: c.description, width: description, weight: 'bold' as const },
    { text: c.amount, width: amount, weight: 'bold' as const, align: 'right' as const },
    { text: c.reason, width: reason, weight: 'bold' as const },
  ];
  flow.row(header, { head: true });
  for (const receipt of decision.notCounted) {
    flow.row(
      [
        { text: receipt.description, width: description },
        { text: money(receipt.amountCents), width: amount, align: 'right' },
        { text: receipt.reason, width: reason },
      ],
      { header },
    );
  }
};

const advanceConfirmed = (body: Body, decision: Decision<'vorauszahlung-bestaetigt'>) => {
  const { flow, letter, m, say, list } = body;
  const out = decision.calculation;
  say(m.advanceReceived(money(decision.amountCents)));
  flow.heading(m.heading.decision);
  say(m.exemptPeriod(date(decision.exemptFrom), date(decision.exemptUntil)));
  say(m.coveredIntro);
  list(decision.covered.map((person) => person.name));
  say(m.scope);
  say(m.advanceNoRefund);
  say(m.advanceChanges);

  flow.heading(m.heading.reasons);
  say(m.advanceReasons(letter.year, money(out.limitCents)));
  // Only the rest was paid (docs/rules/rules.md § 7): the co-payments already made make up the difference.
  if (decision.amountCents < out.limitCents) say(m.advanceRest(money(out.limitCents - decision.amountCents)));
  say(m.advanceStart);
  say(m.legalBasisDecision);
  calculation(body, out);
};

const rejected = (body: Body, decision: Decision<'abgelehnt'>) => {
  const { flow, letter, m, say } = body;
  say(m.checked(letter.year));
  flow.heading(m.heading.decision);
  say(m.rejected(letter.year));
  flow.heading(m.heading.reasons);
  say(decision.reason);
  say(m.newApplication);
  say(m.legalBasisDecision);
  if (decision.calculation) calculation(body, decision.calculation);
};

const documentsRequested = (body: Body, decision: Decision<'unterlagen-angefordert'>) => {
  const { flow, letter, m, say, list } = body;
  const due = date(decision.dueOn);
  say(m.requestIntro(letter.year));
  say(m.notADecision);
  flow.heading(m.heading.documents);
  list(decision.documents);
  say(m.sendBy(due));
  say(m.sendTo(letter.reference, `${letter.insurer.name}, ${postalAddress(letter)}`));
  say(m.needTime(due, letter.insurer.phone, letter.insurer.email));
  // § 66 Abs. 1 and 3 SGB I: benefits may be refused, in whole or in part and until the cooperation is made up, only
  // after a written notice of exactly this consequence and a reasonable deadline; § 67 SGB I: granted later.
  flow.heading(m.heading.consequences);
  say(m.duty);
  say(m.consequence(due));
  say(m.lateDocuments);
  say(m.consequenceNotice);
  say(m.legalBasisRequest);
};

/**
 * § 36 SGB X, § 84 Abs. 1 and § 66 SGG: the remedy, where and in which forms to lodge it, and the deadline; a
 * Belehrung that leaves one out makes the deadline a year (§ 66 Abs. 2 SGG). The insurer's e-mail address in the
 * letterhead opens electronic access, so the electronic form must be named; the ways offered are those of
 * § 36a Abs. 2 and 2a SGB I that this insurer actually has (docs/rules/bescheid.md, "Rechtsbehelfsbelehrung").
 */
const remedy = ({ flow, letter, m, say, list }: Body) => {
  const r = m.remedy;
  const { insurer } = letter;
  flow.heading(m.heading.remedy);
  say(r.objection(insurer.name, postalAddress(letter)));
  say(r.electronicIntro);
  list([
    r.signature(insurer.email),
    ...(insurer.objectionFormUrl === undefined ? [] : [r.onlineForm(insurer.objectionFormUrl)]),
    ...(insurer.deMail === undefined ? [] : [r.deMail(insurer.deMail)]),
  ]);
  say(r.plainEmail);
};

/** § 33 Abs. 3 SGB X: the issuing authority and the name of the person who signs for it. */
const signature = ({ flow, letter, m }: Body) => {
  flow.gap(8);
  flow.keep(flow.lineHeight(10) * 4);
  flow.paragraph(`${m.closing}\n\n${letter.caseworkerName}\n${letter.insurer.name}`, { size: 10 });
};

const reachedOn = (out: LimitCaseOutput): string | null =>
  out.limitReachedOn === null ? null : date(out.limitReachedOn);

/**
 * The arithmetic exactly as the Antrag shows it (section-calculation.ts), under this letter's heading. The rule
 * engine's warnings are left out: they help while receipts are entered, a decision has dealt with them.
 */
const calculation = ({ flow, letter, m }: Body, output: LimitCaseOutput) => {
  const antrag = antragMessages.de;
  // Keep the table on one page where it fits: a heading and about fourteen rows.
  flow.keep(flow.lineHeight(11) + flow.lineHeight(9) * 14);
  // The flat rule for welfare households shows itself in the figures used: the Regelbedarfsstufe 1 and no other.
  const welfare = output.explanation.figures.some((figure) => figure.key === 'regelbedarfsstufe1');
  const content: Pick<AntragContent, 'year' | 'welfare' | 'calculation'> = {
    year: letter.year,
    welfare: welfare ? { label: '' } : null,
    calculation: { output: { ...output, warnings: [] }, memberNames: letter.memberNames ?? {} },
  };
  renderCalculation({
    flow,
    // The calculation section reads only these three fields of the Antrag's content.
    content: content as AntragContent,
    m: { ...antrag, sections: { ...antrag.sections, calculation: m.heading.calculation } },
    language: 'de',
    memberName: () => '',
    yesNo: (value) => (value ? antrag.yes : antrag.no),
  });
};
