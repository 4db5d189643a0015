namespace SovietFilms.Data.Csv;

/// <summary>
/// A leading apostrophe before a cell that a spreadsheet would run as a formula, and before one that starts with an
/// apostrophe, so that taking one apostrophe off every cell that starts with one gives back each value. A formula is
/// a cell whose first character past any white space is <c>= + - @</c> or its full-width form (spreadsheets take
/// <c>＝</c> and <c> =</c> as formulas too). Tabs and carriage returns, which spreadsheets also run, cannot be in
/// catalogue text.
/// </summary>
internal static class FormulaEscape
{
    public static bool Needed(string cell)
    {
        if (cell.Length > 0 && cell[0] == '\'')
        {
            return true;
        }

        foreach (var c in cell)
        {
            if (!char.IsWhiteSpace(c))
            {
                return c is '=' or '+' or '-' or '@' or '＝' or '＋' or '－' or '＠';
            }
        }

        return false;
    }

    public static string Unescape(string cell) => cell.Length > 0 && cell[0] == '\'' ? cell.Substring(1) : cell;
}
