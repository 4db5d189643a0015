using System.Globalization;
using SovietFilms.Data.Building;

namespace SovietFilms.Data.Csv;

/// <summary>
/// An entry of a CSV file: a film is its row, and a field its column (<c>row 5 (film "x"), column year, item 2</c>);
/// a composer or work is the row and column that first name it. <see cref="CatalogProblem.Line"/> is the line a film's record starts on.
/// </summary>
internal sealed class CsvOrigin(int row, string? column, int? line = null) : EntryOrigin
{
    /// <summary>The origin of a film: its row and the line it starts on, each field in its own column.</summary>
    public static CsvOrigin Film(int row, int line) => new(row, column: null, line);

    public override CatalogProblem Problem(CatalogProblemKind problem, CatalogEntryKind? kind, string? id, in FieldPlace at, string message)
    {
        // A composer's or work's field is named after the column it came from: "column composers, name".
        var where = column is null
            ? (at.Field is { } field ? FilmCsvLayout.ColumnOf(field) : null)
            : column;
        var place = $"row {row.ToString(CultureInfo.InvariantCulture)}{Label(kind, id)}";
        if (where is not null)
        {
            place += $", column {where}";
        }

        if (column is not null && at.Field is { } own)
        {
            place += $" {own}";
        }
        else if (at.Item >= 0)
        {
            place += $", item {(at.Item + 1).ToString(CultureInfo.InvariantCulture)}";
        }

        return new CatalogProblem(problem, place, message)
        {
            Row = row,
            Line = line,
            Column = where,
            EntryKind = kind,
            EntryId = id,
            Field = at.Field,
        };
    }
}
