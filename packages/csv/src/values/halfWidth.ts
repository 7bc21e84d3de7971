const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Full-width ASCII (`１２３．４`, `（万元）`, `％`) → half-width, the ideographic space and
 * no-break space → space, the minus sign U+2212 and the full-width hyphen → "-". Other
 * characters (Chinese, `—`) are left alone. ASCII strings are returned as they are, untouched.
 */
export function halfWidth(s: string): string {
  if (!NON_ASCII.test(s)) return s;
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
