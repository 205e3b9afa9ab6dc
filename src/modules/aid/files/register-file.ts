/** The national de minimis register file (state-aid.md): beneficiary, ID, amount, grant date, legal basis, service. */
import type { TAidBasis } from '../../../domain/state-aid/aid';
import type { TRegisterRow } from '../queries/list-ledger';
import type { TColumn } from './table-file';

export const REGISTER_SHEET = 'De minimis register';

const LEGAL_BASIS: Record<TAidBasis, string> = {
  de_minimis: 'Regulation (EU) 2023/2831',
  de_minimis_1407: 'Regulation (EU) No 1407/2013',
  gber: 'Regulation (EU) No 651/2014',
  none: 'No aid',
};

export const REGISTER_COLUMNS: readonly TColumn<TRegisterRow>[] = [
  { header: 'Beneficiary', kind: 'text', value: (r) => r.beneficiary, width: 40 },
  { header: 'EIK', kind: 'text', value: (r) => r.identifier, width: 16 },
  { header: 'Amount (EUR)', kind: 'money', value: (r) => r.amountCents, width: 14 },
  { header: 'Grant date', kind: 'text', value: (r) => r.grantDate, width: 12 },
  { header: 'Legal basis', kind: 'text', value: (r) => LEGAL_BASIS[r.basis], width: 30 },
  { header: 'Service', kind: 'text', value: (r) => r.service, width: 50 },
];
