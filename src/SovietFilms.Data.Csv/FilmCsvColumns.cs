using System.Collections.Generic;
using SovietFilms.Data.Format;

namespace SovietFilms.Data.Csv;

/// <summary>The documented CSV layout: its header, in order, and how lists are written within a cell.</summary>
public static class FilmCsvColumns
{
    /// <summary>Joins the items of a list within one cell: a semicolon and a space.</summary>
    public const string ListSeparator = FlatText.ItemSeparator;

    /// <summary>Joins the parts of one item, such as an actor and a role: a space, a bar and a space.</summary>
    public const string PartSeparator = FlatText.PartSeparator;

    /// <summary>
    /// The header row, in order: one column per field of the JSON format's film, named in snake case: <c>id</c>,
    /// <c>title</c>, <c>original_title</c>, <c>alternate_titles</c>, <c>year</c>, <c>kind</c>, <c>countries</c>,
    /// <c>studios</c>, <c>directors</c>, <c>cast</c>, <c>runtime_minutes</c>, <c>themes</c>, <c>composers</c>,
    /// <c>works</c>, <c>summary</c>, <c>description</c>, <c>listed_as</c>, <c>facts</c>, <c>verification</c>,
    /// <c>verification_note</c>, <c>imdb_id</c>, <c>sources</c>.
    /// </summary>
    /// <remarks>
    /// Lists are joined with <see cref="ListSeparator"/>, and the parts of an item with <see cref="PartSeparator"/>;
    /// inside a value, <c>\</c>, <c>;</c> and <c>|</c> are written with a backslash before them, so every value comes
    /// back as it was. Cast members are "actor" or "actor | role"; composers "id | role | name"; works
    /// "id | title | composer-id | composer name"; facts "statement | status | note | source | ...", with an empty
    /// note where there is none. Kinds, themes, roles and statuses use the data names of <see cref="DataNames"/>,
    /// countries their ISO 3166 codes. A cell that a spreadsheet would run as a formula (starting with <c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return), or that starts with an apostrophe, is written with a
    /// leading apostrophe, which reading takes off. A composer's native name, aliases and life years are not in the
    /// CSV: the JSON catalogue carries them.
    /// </remarks>
    public static IReadOnlyList<string> Header => FilmCsvLayout.Header;
}
