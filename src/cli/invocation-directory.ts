// `npm run` starts scripts in the project root; npm puts the directory the user called it from
// in INIT_CWD, and limit-contract.md resolves relative paths against that directory.
export const invocationDirectory = (
  env: Readonly<Record<string, string | undefined>>,
  processCwd: string,
): string => env.INIT_CWD ?? processCwd;
