using System.IO;
using System.Linq;
using System.Text;
using FsCheck.Xunit;
using SovietFilms.Data.Indexing;

namespace SovietFilms.Data.Tests;

/// <summary>Properties that must hold for any input FsCheck generates.</summary>
public sealed class PropertyTests
{
    private static readonly FilmCatalog Catalog = TestCatalog.Sample().Load();

    [Property(MaxTest = 2000)]
    public bool Any_text_either_loads_or_raises_the_format_exception(string? text)
    {
        try
        {
            FilmCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(text ?? "")));
            return true;
        }
        catch (CatalogFormatException e)
        {
            return e.ProblemTexts().Count > 0;
        }
    }

    [Property(MaxTest = 2000)]
    public bool Normalizing_twice_changes_nothing(string? text)
    {
        var once = NameNormalizer.Normalize(text ?? "");
        return NameNormalizer.Normalize(once) == once && once.All(char.IsLetterOrDigit);
    }

    [Property(MaxTest = 1000)]
    public bool Search_never_throws_and_returns_at_most_max(string? text, byte max)
    {
        var hits = Catalog.Search(text ?? "", max: max % 20 + 1);
        return hits.Count <= max % 20 + 1 && hits.All(h => (h.Film is null) != (h.Composer is null));
    }

    [Property(MaxTest = 500)]
    public bool Filters_commute(byte themeNumber, byte decadeNumber)
    {
        var theme = (Theme)(themeNumber % 17);
        var decade = 1950 + (decadeNumber % 4 * 10);
        var one = Catalog.Query().WithTheme(theme).ReleasedInDecade(decade).ToList();
        var other = Catalog.Query().ReleasedInDecade(decade).WithTheme(theme).ToList();
        return one.SequenceEqual(other);
    }
}
