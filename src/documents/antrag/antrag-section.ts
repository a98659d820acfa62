import type { AntragContent, AntragLanguage } from './antrag-content';
import type { AntragMessages } from './antrag-messages';
import type { PageFlow } from './page-flow';

/** What every section renderer gets: the flow to write into, the content and the fixed copy. */
export type AntragSection = {
  flow: PageFlow;
  content: AntragContent;
  m: AntragMessages;
  language: AntragLanguage;
  memberName: (memberId: string) => string;
  yesNo: (value: boolean) => string;
};
