using System.Collections.Generic;

namespace SovietFilms.Data.Csv;

/// <summary>The documented CSV layout: its header, in order, and how lists are joined within a cell.</summary>
public static class FilmCsvColumns
{
    /// <summary>Joins the items of a list within one cell: a semicolon and a space.</summary>
    public const string ListSeparator = "; ";

    /// <summary>
    /// The header row, in order: <c>id</c>, <c>year</c>, <c>title</c>, <c>original_title</c>, <c>alternate_titles</c>,
    /// <c>kind</c>, <c>countries</c>, <c>studios</c>, <c>directors</c>, <c>cast</c>, <c>runtime_minutes</c>,
    /// <c>themes</c>, <c>composers</c>, <c>works</c>, <c>summary</c>, <c>description</c>, <c>listed_as</c>,
    /// <c>verification</c>, <c>verification_note</c>, <c>imdb_id</c>, <c>sources</c>.
    /// </summary>
    /// <remarks>
    /// Lists are joined with <see cref="ListSeparator"/>. Cast members are written "Actor (Role)", composers
    /// "Name [id] (role)", works "Title [id] by Composer Name [composer-id]"; kinds, themes, roles and statuses use the
    /// data file's kebab-case names, countries their ISO 3166 codes. A film's facts, and a composer's native name,
    /// aliases and life years, are not in the CSV: the JSON catalogue carries them.
    /// </remarks>
    public static IReadOnlyList<string> Header { get; } = new System.Collections.ObjectModel.ReadOnlyCollection<string>(
    [
        "id", "year", "title", "original_title", "alternate_titles", "kind", "countries", "studios", "directors", "cast",
        "runtime_minutes", "themes", "composers", "works", "summary", "description", "listed_as", "verification",
        "verification_note", "imdb_id", "sources",
    ]);
}
