/** Reading CSV back in tests, strictly, to check what the exports write. */

/**
 * A strict RFC 4180 reader for checking what was written: fields separated by
 * commas, records ended by CRLF, quoted fields with doubled quotes inside.
 */
export function parseCsv(content: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < content.length) {
    let field = '';
    if (content[i] === '"') {
      i++;
      for (;;) {
        if (i >= content.length) throw new Error('unterminated quoted field');
        if (content[i] === '"') {
          if (content[i + 1] !== '"') break;
          i++;
        }
        field += content[i++];
      }
      i++;
    } else {
      while (i < content.length && !/[,\r\n"]/.test(content[i]!)) field += content[i++];
      if (content[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
    }
    record.push(field);
    if (content[i] === ',') {
      i++;
    } else if (content.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      throw new Error(`expected a comma or CRLF at ${i}, got ${JSON.stringify(content[i])}`);
    }
  }
  if (record.length > 0) throw new Error('last record not ended by CRLF');
  return records;
}

