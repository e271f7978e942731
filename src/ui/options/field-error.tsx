/** The inline half of a problem (the summary above Save lists it too); `id` is what aria-describedby names. */
export function FieldError({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null;
  return (
    <p id={id} className="field-error">
      {text}
    </p>
  );
}
