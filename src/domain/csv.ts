/**
 * CSV as Ruby's CSV library reads it (contact import; rails/csv writes it): RFC 4180 quoting,
 * unquoted empty fields read as nil, quoted empty fields as "".
 */

export class MalformedCsvError extends Error {}

/** Parses CSV text into rows of fields (null for an unquoted empty field). Blank lines are skipped. */
export function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let lineHasContent = false;
  const endField = () => {
    row.push(quoted || field !== '' ? field : null);
    field = '';
    quoted = false;
  };
  const endRow = () => {
    endField();
    if (lineHasContent || row.length > 1) rows.push(row);
    row = [];
    lineHasContent = false;
  };
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (inQuotes) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          inQuotes = false;
          const next = body[i + 1];
          if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
            throw new MalformedCsvError(`Any value after quoted field isn't allowed`);
          }
        }
      } else field += ch;
      continue;
    }
    if (ch === '"') {
      if (field !== '') throw new MalformedCsvError('Illegal quoting');
      inQuotes = true;
      quoted = true;
      lineHasContent = true;
    } else if (ch === ',') {
      lineHasContent = true;
      endField();
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRow();
    } else {
      field += ch;
      lineHasContent = true;
    }
  }
  if (inQuotes) throw new MalformedCsvError('Unclosed quoted field');
  if (lineHasContent || field !== '' || row.length) endRow();
  return rows;
}

/** Rows with the first one as headers (`CSV.parse(text, headers: true)`), each as header → value. */
export function parseCsvWithHeaders(text: string): {
  headers: string[];
  rows: Record<string, string | null>[];
} {
  const [head, ...rest] = parseCsv(text);
  const headers = (head ?? []).map((h) => h ?? '');
  const rows = rest.map((fields) => {
    const record: Record<string, string | null> = {};
    headers.forEach((h, i) => {
      if (!(h in record)) record[h] = fields[i] ?? null;
    });
    return record;
  });
  return { headers, rows };
}

/** Ruby's #inspect of a JSON value (Ruby 3.4 style for hashes: `{"a" => 1}`). */
export function rubyInspect(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(rubyInspect).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)} => ${rubyInspect(v)}`).join(', ')}}`;
  }
  return String(value);
}
