import { translator } from '../../platform/i18n/index';
import { formatEur } from '../../domain/state-aid/money';
import type { TLocale } from '../../contract/common';
import type { TDeclaredItem } from './queries/aid-records';

/** The declaration text shown before signing, in the signer's language, with the hub's ceiling. */
export function declarationText(locale: TLocale, ceilingCents: number): string {
  return translator(locale, 'aid')('declaration.statement', { ceiling: formatEur(ceilingCents, locale) });
}

export interface TSignedStatementInput {
  locale: TLocale;
  ceilingCents: number;
  organisation: { name: string; identifier: string | null };
  items: readonly TDeclaredItem[];
  signerName: string;
  signedOn: string;
}

/** The full text the signer agreed to, stored with the declaration: the statement, the undertaking, every item and the signature. */
export function signedStatement(input: TSignedStatementInput): string {
  const t = translator(input.locale, 'aid');
  const { locale } = input;
  const lines = [
    declarationText(locale, input.ceilingCents),
    '',
    t('declaration.organisation', {
      name: input.organisation.name,
      identifier: input.organisation.identifier ?? t('declaration.noIdentifier'),
    }),
    '',
  ];
  if (input.items.length === 0) {
    lines.push(t('declaration.none'));
  } else {
    lines.push(t('declaration.itemsHeading'));
    input.items.forEach((item, i) =>
      lines.push(
        t('declaration.item', {
          index: i + 1,
          grantor: item.grantor,
          amount: formatEur(item.amountCents, locale),
          date: item.grantDate,
          regulation: t(`declaration.regulation.${item.regulation}`),
        }),
      ),
    );
    lines.push(
      t('declaration.total', {
        amount: formatEur(
          input.items.reduce((s, i) => s + i.amountCents, 0),
          locale,
        ),
      }),
    );
  }
  lines.push('', t('declaration.signature', { signerName: input.signerName, date: input.signedOn }));
  return lines.join('\n');
}
