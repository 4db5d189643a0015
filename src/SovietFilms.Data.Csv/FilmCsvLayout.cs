using System;
using System.Collections.Generic;
using System.Text;
using SovietFilms.Data.Format;

namespace SovietFilms.Data.Csv;

/// <summary>
/// The CSV layout, declared once: one column per field of the format's film table, named in snake case
/// (<c>originalTitle</c> is <c>original_title</c>) and written in that field's flat text form; only the
/// <c>studios</c>, <c>credits</c>, <c>composers</c> and <c>works</c> columns also carry the names and titles the rows'
/// studio, person, composer and work records are made from. Writer and reader both go through this table.
/// </summary>
internal static class FilmCsvLayout
{
    public static readonly IReadOnlyList<Field<FilmEntry>> Fields = FilmFields.Format.Fields;

    public static readonly IReadOnlyList<string> Header = Columns();

    /// <summary>The studios column: each studio as its id and name.</summary>
    public static readonly Field<FilmEntry> Studios = FilmFields.Studios;

    /// <summary>The credits column: each credit as its person's id, role, name, character, the id of whom it is for, and its sources.</summary>
    public static readonly Field<FilmEntry> Credits = FilmFields.Credits;

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

        if (ReferenceEquals(field, Studios))
        {
            var studios = new string[film.Studios.Count][];
            for (var i = 0; i < studios.Length; i++)
            {
                studios[i] = [film.Studios[i].Id, film.Studios[i].Name];
            }

            return FlatText.Join(studios);
        }

        if (ReferenceEquals(field, Credits))
        {
            var credits = new string[film.Credits.Count][];
            for (var i = 0; i < credits.Length; i++)
            {
                var credit = film.Credits[i];
                var parts = new List<string> { credit.Person.Id, DataNames.Format(credit.Role), credit.Person.Name, credit.Character ?? "", credit.For?.Id ?? "" };
                foreach (var source in credit.Sources)
                {
                    parts.Add(source.OriginalString);
                }

                credits[i] = [.. parts];
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
