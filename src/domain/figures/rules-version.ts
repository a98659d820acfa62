/**
 * The version of the rules and figures this code applies (docs/rules/rules.md as implemented in src/domain).
 * It travels in every bundle and application.json, so a caseworker knows which table a result came from.
 * Raise it with every change of a figure of law or of a rule's decision.
 */
export const rulesVersion = '2026.11';
