export const ROOT: string;
export const STAMP: string;
export const OUTPUTS: string[];
export function buildIsStale(): boolean;
