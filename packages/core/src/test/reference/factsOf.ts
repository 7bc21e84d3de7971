import type { Dec } from '../../arithmetic/decimal.js';
import { emissionFigure, opt, type FactRules, type Facts } from '../../evaluate/facts.js';
import type { EnterpriseRecord } from '../../schema/record.js';

/** Parse a record's figures once. */
export function factsOf(record: EnterpriseRecord, landMu: Dec, rules: FactRules): Facts {
  return {
    landMu,
    tax: opt(record.taxWan),
    sales: opt(record.salesWan),
    valueAdded: opt(record.valueAddedWan),
    energy: opt(record.energyTce),
    electricity: opt(record.electricityWanKwh),
    emission: emissionFigure(record, rules),
    employees: opt(record.employees),
    rd: opt(record.rdWan),
    techInvestment: opt(record.techInvestmentWan),
  };
}
