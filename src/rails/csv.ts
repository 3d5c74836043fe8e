/**
 * One row as Ruby's CSV writes it (CSV.generate_line, default options): nil is an empty field, ""
 * is quoted (quote_empty: true), a field with a comma, a quote, CR or LF is quoted with its quotes
 * doubled, everything else is written as is (csv/writer.rb#quote).
 *
 * With `safe`, the row is CSVSafe's (the csv-safe gem, 3.2): a field that is neither nil nor a number
 * and starts with `-`, `=`, `+`, `@`, `%`, `|`, CR or TAB is prefixed with `'`, so a spreadsheet
 * never reads it as a formula — "--" is written `'--`.
 */
export function csvLine(
  fields: readonly (string | number | null)[],
  options: { safe?: boolean } = {},
): string {
  const quote = (field: string | number | null) => {
    if (field === null) return '';
    let text = String(field);
    if (options.safe && typeof field === 'string' && /^[-=+@%|\r\t]/.test(text)) text = `'${text}`;
    return text === '' || /[,"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return fields.map(quote).join(',') + '\n';
}
