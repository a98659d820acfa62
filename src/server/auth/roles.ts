/**
 * Who calls. 'none' is anybody without a login (applicants reach their application by reference and Abrufcode,
 * insured people their status checks by KVNR and card number); the other roles log in on the server: members by
 * an invitation, caseworkers by password and TOTP, providers (pharmacies, therapists, transport services; issue
 * 15) by IK and password — or, only where a route admits it, by an API key of their software. Every endpoint
 * declares whom it admits, and the role × endpoint matrix test (tests/server/role-matrix.test.ts) checks each pair.
 */
export const roles = ['none', 'member', 'caseworker', 'provider'] as const;
export type Role = (typeof roles)[number];

/** 'public': anyone; 'demo': only in demo mode, for anyone (the demo has no secrets); else the roles admitted. */
export type Access = 'public' | 'demo' | readonly Exclude<Role, 'none'>[];
