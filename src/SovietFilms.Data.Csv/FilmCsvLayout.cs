using System;
using System.Collections.Generic;
using System.Text;
using SovietFilms.Data.Format;

namespace SovietFilms.Data.Csv;

/// <summary>
/// The CSV layout, declared once: one column per field of the format's film table, named in snake case
/// (<c>originalTitle</c> is <c>original_title</c>) and written in that field's flat text form; only the
/// <c>composers</c> and <c>works</c> columns also carry the names and titles the rows' composer and work records
/// are made from. Writer and reader both go through this table.
/// </summary>
internal static class FilmCsvLayout
{
    public static readonly IReadOnlyList<Field<FilmEntry>> Fields = FilmFields.Format.Fields;

    public static readonly IReadOnlyList<string> Header = Columns();

    /// <summary>The composers column: each credit as its composer's id, role and name.</summary>
    public static readonly Field<FilmEntry> Composers = FilmFields.Composers;

    /// <summary>The works column: each work as its id, title, composer id and composer name.</summary>
    public static readonly Field<FilmEntry> Works = FilmFields.Works;

    /// <summary>The column of a field of the format, such as <c>original_title</c> for <c>originalTitle</c>.</summary>
    public static string ColumnOf(string field)
    {
        var column = new StringBuilder(field.Length + 4);
        foreach (var c in field)
        {
            if (char.IsUpper(c))
            {
                column.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                column.Append(c);
            }
        }

        return column.ToString();
    }

    /// <summary>The cell of a film in the column of <paramref name="field"/>, before formula escaping.</summary>
    public static string Cell(Film film, Field<FilmEntry> field)
    {
        if (ReferenceEquals(field, Composers))
        {
            var credits = new string[film.Composers.Count][];
            for (var i = 0; i < credits.Length; i++)
            {
                var credit = film.Composers[i];
                credits[i] = [credit.Composer.Id, DataNames.Format(credit.Role), credit.Composer.Name];
            }

            return FlatText.Join(credits);
        }

        if (ReferenceEquals(field, Works))
        {
            var works = new string[film.FeaturedWorks.Count][];
            for (var i = 0; i < works.Length; i++)
            {
                var work = film.FeaturedWorks[i];
                works[i] = [work.Id, work.Title, work.Composer.Id, work.Composer.Name];
            }

            return FlatText.Join(works);
        }

        return field.ToText(film.Entry);
    }

    private static System.Collections.ObjectModel.ReadOnlyCollection<string> Columns()
    {
        var header = new string[Fields.Count];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = ColumnOf(Fields[i].Name);
        }

        return Array.AsReadOnly(header);
    }
}
