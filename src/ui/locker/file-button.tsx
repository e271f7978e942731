import { useRef } from 'react';

interface Props {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: File[]) => void;
}

/**
 * A file picker that looks like a button: the input itself stays in the page (visually hidden,
 * still focusable and labelled, so keyboard users and tests reach it as "<label>").
 */
export function FileButton({ label, accept, multiple = false, disabled = false, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <label className={`button file-button${disabled ? ' is-disabled' : ''}`}>
      {label}
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared so choosing the same file again is a change too.
          if (input.current) input.current.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}
