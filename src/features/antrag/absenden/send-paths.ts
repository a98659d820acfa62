// The send pages' addresses, in one place for the routes, the links and the navigation between them.
export const sendPagePath = '/antrag/absenden';
export const confirmationPath = '/antrag/bestaetigung';
export const statusPath = '/antrag/status';
export const checkPagePath = '/antrag/pruefen';
