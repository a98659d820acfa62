/**
 * The demo insurer's key for Abrufcodes. Fixed and public on purpose: the mock runs in the visitor's browser
 * and stands in for a server, so nothing it holds is secret. Codes derived with it open only the demo's own
 * submissions; the real server keeps its key out of the code (src/server).
 */
export const demoAbrufcodeSecret = 'zb-demo-abrufcode-secret-v1: not for production, known to everyone';
