import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApplicationDocument } from '../../domain/application/application-document';
import { parseApplicationDocument } from '../bundle/application-document-check';
import type { AntragContent, AntragLanguage } from './antrag-content';
import { antragContentFromApplication } from './antrag-content-from-application';

/**
 * The documented example application (docs/examples/application.json): a family of four, one
 * chronically ill, 41 receipts, incomes sent by post, attachments. Parsed with the same check the
 * server runs, so it stays a valid application.json.
 */
export const exampleApplication = (): ApplicationDocument => {
  const json: unknown = JSON.parse(
    readFileSync(join(process.cwd(), 'docs', 'examples', 'application.json'), 'utf8'),
  );
  const parsed = parseApplicationDocument(json);
  if (!parsed.ok) throw new Error(parsed.lines.map((line) => line.en).join('\n'));
  return parsed.document;
};

/** The Antrag content of an application as the app builds it: signed at home on the day it was made. */
export const exampleContent = (
  language: AntragLanguage,
  document: ApplicationDocument = exampleApplication(),
): AntragContent => {
  const content = antragContentFromApplication(document, language, {
    place: document.applicant.address.city,
    signedOn: document.createdAt.slice(0, 10),
  });
  if (!content.ok) throw new Error(content.problem.message.en);
  return content.value;
};
