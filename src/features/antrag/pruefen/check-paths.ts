// The check page's own address (change links return here) and where "Antrag absenden" leads. Sending itself is
// built separately; the route is wired by the wizard's routes, so the target lives in this one constant.
export const checkPath = '/antrag/pruefen';
export const sendPath = '/antrag/absenden';
