const FOLDABLE = /[\uff01-\uff5e\u3000\u00a0\u2212]/;

/**
 * Full-width ASCII (`１２３．４`, `（万元）`, `％`) → half-width, the ideographic space and
 * no-break space → space, the minus sign U+2212 and the full-width hyphen → "-". Other
 * characters (Chinese, `—`) are left alone. A string with nothing to fold is returned as it is.
 */
export function halfWidth(s: string): string {
  if (!FOLDABLE.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000 || c === 0xa0) out += ' ';
    else if (c === 0x2212) out += '-';
    else out += s[i];
  }
  return out;
}
