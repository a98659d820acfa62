// The send pages' addresses, in one place for the routes, the links and the navigation between them.
export const sendPagePath = '/antrag/absenden';
export const confirmationPath = '/antrag/bestaetigung';
export const statusPath = '/antrag/status';
export const checkPagePath = '/antrag/pruefen';
// Outside the send pages: the drafts (where a further application is started) and the public status lookup.
export const draftsPath = '/antrag/entwuerfe';
export const statusLookupAddress = '/status';
