export function LoadingPage() {
  // Shown before the router has its first page; the i18n context may not exist yet, so both languages.
  return (
    <p className="container" role="status">
      Wird geladen … / Loading …
    </p>
  );
}
