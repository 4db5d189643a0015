using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Tests;

/// <summary>
/// No two entries of the catalogue answer to one name: each composer's name, native name and every alias finds
/// that composer alone, so that a name in the data can never silently mean someone else. People join this test
/// when they become entries (issue 16).
/// </summary>
public sealed class NameCollisionTests
{
    [Fact]
    public void Every_name_and_alias_of_a_composer_in_the_data_finds_that_composer_alone()
    {
        Collisions(FilmCatalog.Default).Should().BeEmpty();
    }

    [Fact]
    public void A_name_two_composers_answer_to_is_found()
    {
        var catalog = new FilmCatalogBuilder("collide")
            .Add(new ComposerEntry { Id = "isaac-schwartz", Name = "Isaac Schwartz", Aliases = ["Schwartz"], Sources = ["https://example.org/a"] })
            .Add(new ComposerEntry { Id = "l-a-schwartz", Name = "L. A. Schwartz", Aliases = ["SCHWARTZ"], Sources = ["https://example.org/b"] })
            .Build();

        Collisions(catalog).Should().Equal(
            "isaac-schwartz: \"Schwartz\" finds isaac-schwartz, l-a-schwartz",
            "l-a-schwartz: \"SCHWARTZ\" finds isaac-schwartz, l-a-schwartz");
    }

    private static List<string> Collisions(FilmCatalog catalog) =>
        catalog.Composers
            .SelectMany(c => new[] { c.Name, c.NativeName }.OfType<string>().Concat(c.Aliases).Select(name => (Composer: c, Name: name)))
            .Select(n => (n.Composer, n.Name, Found: catalog.FindComposers(n.Name)))
            .Where(n => n.Found.Count != 1 || n.Found[0] != n.Composer)
            .Select(n => $"{n.Composer.Id}: \"{n.Name}\" finds {string.Join(", ", n.Found.Select(f => f.Id))}")
            .ToList();
}
