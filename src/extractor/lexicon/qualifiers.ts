/** Words written around a value that qualify it: approximation, bounds, ranges. */

/** Words of approximation right before a value: 近100种, 约3000人, 逾3 300名. */
export const APPROXIMATION_PREFIXES: readonly string[] = ['近', '约', '逾'];

/** Words that make a bare magnitude an approximate quantity: 上千间, 过千名, 近千家, 逾百宗. */
export const ROUND_APPROXIMATION_PREFIXES: readonly string[] = [...APPROXIMATION_PREFIXES, '上', '过', '超'];

/** Qualifiers after a value: 以上, 左右, 多... */
export const AFTER_QUALIFIERS: readonly string[] = ['及以上', '以上', '以下', '以内', '左右', '上下', '之多', '多', '余', '强'];

/** Words that join a range's two ends: 2至3%, 80-100亿元. */
export const RANGE_LINKS: readonly string[] = ['-', '~', '至', '到'];
