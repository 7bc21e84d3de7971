"""Baseline: the whole `score` job for the default scheme `changzhou-wujin`, in pandas.

    /usr/bin/python3 bench/baseline_pandas.py <input.csv> <results.csv>

Same job as bench/contenders/duckdb.mjs: read the CSV (credit_code as str), scope, pool
benchmarks (sum numerator / sum denominator per group x county), indicator scores w * x / B
capped at 2w, total rounded half-up to 2 dp, rank per pool (total desc, taxPerMu desc,
credit_code asc), quota classes (floor(share x n); pools under 5 firms all B), write the CSV. Arithmetic is float64. The scheme is copied from
bench/contenders/scheme.mjs (the cross-check keeps them equal).
"""
import sys

import numpy as np
import pandas as pd

ABOVE = {
    "taxPerMu": 40,
    "salesPerMu": 20,
    "taxPerEnergy": 10,
    "taxPerEmission": 10,
    "laborProductivity": 10,
    "rdIntensity": 10,
}
GROUPS = {
    "above-scale": ABOVE,
    "below-scale": {"taxPerMu": 45, "salesPerMu": 35, "taxPerEnergy": 20},
    "key-polluter": ABOVE,
}
LAND_THRESHOLD_MU = 3
CAP_MULTIPLE = 2
CLASS_CUTS = (20, 60, 95)  # counts are floor(share x n), the core's 'literal' counting
MIN_POOL_SIZE = 5  # smaller pools: every firm is SMALL_POOL_CLASS
SMALL_POOL_CLASS = "B"
FORMULAS = {
    "taxPerMu": ("tax_wan", "land_mu"),
    "salesPerMu": ("sales_wan", "land_mu"),
    "taxPerEnergy": ("tax_wan", "energy_tce"),
    "taxPerEmission": ("tax_wan", "emission_eq"),
    "laborProductivity": ("value_added_wan", "employees"),
    "rdIntensity": ("rd_wan", "sales_wan"),
}
NUMERIC = [
    "land_mu", "tax_wan", "sales_wan", "value_added_wan", "energy_tce",
    "electricity_wan_kwh", "emission_eq", "rd_wan", "employees",
]


def main(src: str, out: str) -> int:
    dtype = {"credit_code": str, "name": str, "county": str, "industry_code": str, "scale": str}
    dtype.update({c: np.float64 for c in NUMERIC})
    df = pd.read_csv(src, dtype=dtype, true_values=["true"], false_values=["false"],
                     usecols=["credit_code", "county", "scale", "key_polluter"] + NUMERIC,
                     engine="c")
    kp = df["key_polluter"].astype(bool)
    grp = np.where(kp, "key-polluter",
                   np.where(df["scale"] == "above", "above-scale",
                            np.where((df["scale"] == "below") & (df["land_mu"] >= LAND_THRESHOLD_MU),
                                     "below-scale", "")))
    df["group"] = grp
    df = df[df["group"] != ""].copy()

    keys = ["group", "county"]
    sums = df.groupby(keys, sort=False)[NUMERIC].transform("sum")
    total = np.zeros(len(df))
    for group, weights in GROUPS.items():
        mask = (df["group"] == group).to_numpy()
        part = np.zeros(len(df))
        for ind, w in weights.items():
            num, den = FORMULAS[ind]
            with np.errstate(divide="ignore", invalid="ignore"):
                value = df[num].to_numpy() / df[den].to_numpy()
                bench = sums[num].to_numpy() / sums[den].to_numpy()
                score = np.clip(w * value / bench, 0, CAP_MULTIPLE * w)
            part += np.where(np.isfinite(score), score, 0.0)
        total = np.where(mask, part, total)
    df["total"] = np.floor(total * 100 + 0.5) / 100
    with np.errstate(divide="ignore", invalid="ignore"):
        df["tpm"] = df["tax_wan"] / df["land_mu"]

    df = df.sort_values(keys + ["total", "tpm", "credit_code"],
                        ascending=[True, True, False, False, True], kind="mergesort")
    g = df.groupby(keys, sort=False)
    df["rank"] = g.cumcount() + 1
    n = g["credit_code"].transform("size").to_numpy()
    r = df["rank"].to_numpy()
    a, b, c = ((p * n) // 100 for p in CLASS_CUTS)
    df["class"] = np.select([n < MIN_POOL_SIZE, r <= a, r <= b, r <= c], [SMALL_POOL_CLASS, "A", "B", "C"], "D")
    df[["credit_code", "group", "county", "total", "class", "rank"]].to_csv(
        out, index=False, float_format="%.2f")
    print('{"rows": %d}' % len(df))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: python3 bench/baseline_pandas.py <input.csv> <results.csv>", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
