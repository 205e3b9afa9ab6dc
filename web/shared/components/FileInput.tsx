/**
 * A file control in the UI language: the browser's own button reads "Choose File" in the browser's language, so
 * the native input is laid invisibly over a translated button, with the chosen file's name beside it. The input
 * keeps its field label, focus and keyboard behaviour; the button shows its focus.
 */
import { useState, type ChangeEvent, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';

type TProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'> & {
  inputRef?: Ref<HTMLInputElement>;
  /** The chosen file's name when the form holds it (so clearing the form clears the name too). */
  fileName?: string | null;
};

export function FileInput({ onChange, inputRef, id, fileName, ...rest }: TProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  return (
    <span className="file-input">
      <span className="file-input__pick">
        <input
          {...rest}
          ref={inputRef}
          id={id}
          type="file"
          className="file-input__native"
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            setName([...(e.target.files ?? [])].map((f) => f.name).join(', '));
            onChange?.(e);
          }}
        />
        <span className="button button--secondary button--small file-input__button" aria-hidden="true">
          {t('form.chooseFile')}
        </span>
      </span>
      <span className="file-input__name" id={id ? `${id}-chosen` : undefined}>
        {(fileName !== undefined ? fileName : name) || t('form.noFile')}
      </span>
    </span>
  );
}
