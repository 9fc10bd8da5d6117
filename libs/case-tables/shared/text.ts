import { refuseBsnInText } from '@vangrail/core';

/**
 * Titles and other case-level texts are shown to everyone at the case: a BSN in them is refused
 * (the one check of libs/core/validation, also applied to every argument by the validation pipe).
 */
export function assertNeutralText(value: string, field: string): void {
  refuseBsnInText(value, field);
}

export function isoDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}
