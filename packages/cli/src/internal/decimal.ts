/** The CLI's one decimal.js clone (never the global Decimal.set): only for differences it shows. */
import { Decimal } from 'decimal.js';

/** Exact decimals for the CLI. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
