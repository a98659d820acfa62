import { z } from 'zod';
import { welfareKinds } from '../../belastungsgrenze/welfare';
import { welfareAnswersSchema } from '../draft-answers';
import { addProblem } from '../fields/localized-issue';

// Sozialleistungen: on Bürgergeld, Sozialhilfe, Grundsicherung or with care-home costs paid by the social-welfare
// office the flat rule applies (§ 62 Abs. 2 S. 5–6 SGB V) and incomes are not needed; the notice proves it.
const chooseKind = {
  de: 'Wählen Sie aus, ob jemand im Haushalt eine dieser Leistungen erhält.',
  en: 'Select whether someone in the household receives one of these benefits.',
};

/** The first page: which benefit, if any. The notice is asked for on its own page. */
export const welfareKindStep = () =>
  welfareAnswersSchema.pick({ kind: true }).transform((raw, ctx) => {
    if (raw.kind === undefined || !welfareKinds.includes(raw.kind)) {
      addProblem(ctx, ['kind'], chooseKind);
      return z.NEVER;
    }
    return { kind: raw.kind };
  });

export const welfareStep = () =>
  welfareAnswersSchema.transform((raw, ctx) => {
    if (raw.kind === undefined || !welfareKinds.includes(raw.kind)) {
      addProblem(ctx, ['kind'], chooseKind);
      return z.NEVER;
    }
    const noticeFileIds = raw.noticeFileIds ?? [];
    if (raw.kind !== 'none' && noticeFileIds.length === 0) {
      addProblem(ctx, ['noticeFileIds'], {
        de: 'Laden Sie den aktuellen Bescheid über die Leistung hoch.',
        en: 'Upload the current notice (Bescheid) about the benefit.',
      });
      return z.NEVER;
    }
    return { kind: raw.kind, noticeFileIds: raw.kind === 'none' ? [] : noticeFileIds };
  });
