using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Indexing;

/// <summary>The catalogue's one order for films: by year (unconfirmed entries without a year last), then title, then id.</summary>
internal sealed class FilmOrder : IComparer<Film>
{
    public static readonly FilmOrder Instance = new();

    private FilmOrder()
    {
    }

    public int Compare(Film? x, Film? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var byYear = (x.Year ?? int.MaxValue).CompareTo(y.Year ?? int.MaxValue);
        if (byYear != 0)
        {
            return byYear;
        }

        var byTitle = StringComparer.OrdinalIgnoreCase.Compare(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.Id, y.Id);
    }
}
