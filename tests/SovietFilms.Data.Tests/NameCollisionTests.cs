using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Tests;

/// <summary>
/// No two entries of the catalogue answer to one name: each composer's and person's name, native name and every
/// alias finds that composer or person alone, so that a name in the data can never silently mean someone else, and
/// two spellings of one person cannot sit in the data as two people.
/// </summary>
public sealed class NameCollisionTests
{
    [Fact]
    public void Every_name_and_alias_of_a_composer_in_the_data_finds_that_composer_alone()
    {
        Collisions(FilmCatalog.Default).Should().BeEmpty();
    }

    /// <summary>
    /// Entries that share a name and that no source we read tells apart or shows to be one person: kept apart, as
    /// the data README says, rather than merged on a guess. Each pair is a question for the data, not a rule.
    /// </summary>
    private static readonly string[] UnresolvedNamesakes =
    [
        "vladimir-vasiliev: \"Vladimir Vasiliev\" finds vladimir-vasiliev, vladimir-vasilyev",
        "vladimir-vasilyev: \"Vladimir Vasilyev\" finds vladimir-vasiliev, vladimir-vasilyev",
    ];

    [Fact]
    public void Every_name_and_alias_of_a_person_in_the_data_finds_that_person_alone()
    {
        PersonCollisions(FilmCatalog.Default).Should().BeEquivalentTo(UnresolvedNamesakes);
    }

    [Fact]
    public void Two_spellings_of_one_person_entered_twice_are_found()
    {
        var catalog = new FilmCatalogBuilder("collide")
            .Add(new PersonEntry { Id = "jan-frid", Name = "Jan Frid" })
            .Add(new PersonEntry { Id = "yan-frid", Name = "Yan Frid", NativeName = "Ян Фрид" })
            .Build();

        PersonCollisions(catalog).Should().Equal(
            "jan-frid: \"Jan Frid\" finds jan-frid, yan-frid",
            "yan-frid: \"Yan Frid\" finds jan-frid, yan-frid");
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

    private static List<string> PersonCollisions(FilmCatalog catalog) =>
        catalog.People.Concat(catalog.Composers)
            .SelectMany(p => new[] { p.Name, p.NativeName }.OfType<string>().Concat(p.Aliases).Select(name => (Person: p, Name: name)))
            .Select(n => (n.Person, n.Name, Found: catalog.FindPeople(n.Name)))
            .Where(n => n.Found.Count != 1 || n.Found[0] != n.Person)
            .Select(n => $"{n.Person.Id}: \"{n.Name}\" finds {string.Join(", ", n.Found.Select(f => f.Id))}")
            .ToList();

    private static List<string> Collisions(FilmCatalog catalog) =>
        catalog.Composers
            .SelectMany(c => new[] { c.Name, c.NativeName }.OfType<string>().Concat(c.Aliases).Select(name => (Composer: c, Name: name)))
            .Select(n => (n.Composer, n.Name, Found: catalog.FindComposers(n.Name)))
            .Where(n => n.Found.Count != 1 || n.Found[0] != n.Composer)
            .Select(n => $"{n.Composer.Id}: \"{n.Name}\" finds {string.Join(", ", n.Found.Select(f => f.Id))}")
            .ToList();
}
