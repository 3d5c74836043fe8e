/**
 * One row as Ruby's CSV writes it (CSV.generate_line, default options): nil is an empty field, ""
 * is quoted (quote_empty: true), a field with a comma, a quote, CR or LF is quoted with its quotes
 * doubled, everything else is written as is (csv/writer.rb#quote).
 */
export function csvLine(fields: readonly (string | number | null)[]): string {
  const quote = (field: string | number | null) => {
    if (field === null) return '';
    const text = String(field);
    return text === '' || /[,"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return fields.map(quote).join(',') + '\n';
}
