/**
 * The mock insurer's settings for the caseworker's decisions: the server's defaults (src/server/config), so the
 * demo and the contract suite meet the same four-eyes amount as a server started without FOUR_EYES_REFUND_EUROS.
 */
export const mockFourEyesAboveCents = 500 * 100;

/** A request for documents gives at least two weeks (§ 66 Abs. 3 SGB I), like the server. */
export const minimumDeadlineDays = 14;
