/** @deprecated Shim for web/modules/services/enum-labels.test.tsx only: import aid types from src/contract/aid. Delete once it does. */
export type { TLedgerItem } from '../../../src/contract/aid';
