namespace SovietFilms.Data.Csv;

/// <summary>
/// A leading apostrophe before a cell that a spreadsheet would run as a formula, and before one that starts with an
/// apostrophe, so that taking one apostrophe off every cell that starts with one gives back each value.
/// </summary>
internal static class FormulaEscape
{
    public static bool Needed(string cell) => cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' or '\'';

    public static string Unescape(string cell) => cell.Length > 0 && cell[0] == '\'' ? cell.Substring(1) : cell;
}
