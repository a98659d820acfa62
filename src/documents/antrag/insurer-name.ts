/**
 * The health insurer this service sends applications to, as the Antrag PDF names it. The demo
 * deployment sends to AOK PLUS: the same name the first line of the postal address on the cover
 * sheet carries (features/antrag/absenden/insurer-address.ts, which should import this constant
 * rather than repeat it). A deployment for another insurer passes its name to
 * antragContentFromApplication.
 */
export const defaultInsurerName = 'AOK PLUS';
