using System;
using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data.Indexing;

namespace SovietFilms.Data.Tests;

/// <summary>Composer names as people type them, on the embedded catalogue; this file runs under InvariantGlobalization as well.</summary>
public sealed class ComposerNameTests
{
    private static readonly FilmCatalog Catalog = FilmCatalog.Default;

    [Theory]
    [InlineData("Pyotr Tchaikovsky")]
    [InlineData("Пётр Чайковский")]
    [InlineData("Петр Ильич Чайковский")]
    [InlineData("Tchaikowsky")]
    [InlineData("Chaykovskiy")]
    [InlineData("Pyotr Il'ich Chaykovskiy")]
    [InlineData("Pjotr Iljitsch Tschaikowski")]
    [InlineData("Piotr Ilitch Tchaïkovski")]
    [InlineData("Čajkovskij")]
    [InlineData("Cajkovskij")]
    [InlineData("Tchaikovsky Pyotr")]
    [InlineData("P. I. Tchaikovsky")]
    [InlineData("Tchaikovsky, P. I.")]
    [InlineData("Чайковский П. И.")]
    [InlineData("Peter Tchaikovsky")]
    [InlineData("ＴＣＨＡＩＫＯＶＳＫＹ")]
    public void Tchaikovsky_is_found_as_people_type_him(string name)
    {
        Catalog.FindComposers(name).Select(c => c.Id).Should().Equal("tchaikovsky");
    }

    [Theory]
    [InlineData("D. Shostakovich")]
    [InlineData("Dmitri Dmitriyevich Shostakovich")]
    [InlineData("Shostakovitch")]
    [InlineData("Schostakowitsch Dmitri")]
    [InlineData("Šostakovič")]
    public void Shostakovich_is_found_as_people_type_him(string name)
    {
        Catalog.FindComposers(name).Select(c => c.Id).Should().Equal("shostakovich");
    }

    [Theory]
    [InlineData("Prokofieff", "prokofiev")]
    [InlineData("Sergei Prokofyev", "prokofiev")]
    [InlineData("Rachmaninow", "rachmaninoff")]
    [InlineData("Rimsky Korsakoff", "rimsky-korsakov")]
    [InlineData("Kalman", "kalman")]
    [InlineData("Kálmán Imre", "kalman")]
    [InlineData("Imre Kalman", "kalman")]
    [InlineData("Boris Tchaikovsky", "boris-tchaikovsky")]
    [InlineData("B. Tchaikovsky", "boris-tchaikovsky")]
    [InlineData("Мусоргский", "mussorgsky")]
    [InlineData("Modest Musorgskiy", "mussorgsky")]
    public void Other_composers_are_found_by_their_spellings(string name, string id)
    {
        Catalog.FindComposers(name).Select(c => c.Id).Should().Equal(id);
    }

    [Theory]
    [InlineData("Ivan Tchaikovsky")]
    [InlineData("Pyotr")]
    [InlineData("Ferenc")]
    [InlineData("Tchaikovsky Shostakovich Prokofiev Zzz")]
    [InlineData("X. Tchaikovsky")]
    public void A_name_that_no_composer_has_finds_none(string name)
    {
        Catalog.FindComposers(name).Should().BeEmpty();
        Catalog.FindComposer(name).Should().BeNull();
    }

    [Fact]
    public void A_surname_two_composers_share_finds_both_and_a_full_name_finds_one()
    {
        Catalog.FindComposers("Schwartz").Select(c => c.Id).Should().BeEquivalentTo(["isaac-schwartz", "l-a-schwartz"]);
        Catalog.FindComposers("Шварц").Select(c => c.Id).Should().BeEquivalentTo(["isaac-schwartz", "l-a-schwartz"]);
        Catalog.FindComposer("Schwartz").Should().BeNull();
        Catalog.FindComposers("Isaac Schwartz").Select(c => c.Id).Should().Equal("isaac-schwartz");
        Catalog.FindComposers("L. Schwartz").Select(c => c.Id).Should().Equal("l-a-schwartz");
        Catalog.Query().WithComposer("Schwartz").ToList().Select(f => f.Id).Should().BeEquivalentTo(
            Catalog.Query().WithComposer("isaac-schwartz").ToList().Concat(Catalog.Query().WithComposer("l-a-schwartz").ToList()).Select(f => f.Id).Distinct());
    }

    [Fact]
    public void A_bare_surname_that_is_one_composers_alias_means_him()
    {
        // Boris Tchaikovsky shares the surname, but Pyotr has it, in every usual spelling, as an alias.
        Catalog.FindComposers("Tchaikovsky").Select(c => c.Id).Should().Equal("tchaikovsky");
        Catalog.FindComposers("Boris Tchaikovsky").Select(c => c.Id).Should().Equal("boris-tchaikovsky");
    }

    [Fact]
    public void FindComposers_returns_a_read_only_list_and_rejects_null()
    {
        var found = Catalog.FindComposers("Tschaikowski");
        found.Should().BeAssignableTo<IReadOnlyList<Composer>>().And.NotBeAssignableTo<Composer[]>();
        ((Action)(() => Catalog.FindComposers(null!))).Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Theory]
    [InlineData("Чайковский", "Chaykovsky", "Chaykovskiy", "Čajkovskij", "Tschaikowski", "Tchaïkovski")]
    [InlineData("Шостакович", "Shostakovich", "Shostakovich", "Šostakovič", "Schostakowitsch", "Chostakovitch")]
    [InlineData("Пётр", "Pyotr", "Pëtr", "Pëtr", "Pjotr", "Piotr")]
    [InlineData("Евгений", "Yevgeny", "Yevgeniy", "Evgenij", "Jewgeni", "Ievgueni")]
    public void Romanizations_follow_each_system(string cyrillic, string english, string bgn, string scholarly, string german, string french)
    {
        Romanization.Of(cyrillic.ToLowerInvariant()).Should().Equal(
            new[] { english, bgn, scholarly, german, french }.Select(s => s.ToLowerInvariant()));
    }

    [Fact]
    public void Romanization_gives_nothing_for_text_without_Cyrillic()
    {
        Romanization.Of("Liszt Ferenc").Should().BeEmpty();
    }

    [Fact]
    public void An_id_means_its_own_composer_even_when_another_has_it_as_an_alias()
    {
        var catalog = new FilmCatalogBuilder("names.1")
            .Add(new ComposerEntry { Id = "tchaikovsky", Name = "Pyotr Ilyich Tchaikovsky", Sources = ["https://en.wikipedia.org/wiki/Pyotr_Ilyich_Tchaikovsky"] })
            .Add(new ComposerEntry { Id = "boris-tchaikovsky", Name = "Boris Tchaikovsky", Aliases = ["tchaikovsky"], Sources = ["https://en.wikipedia.org/wiki/Boris_Tchaikovsky"] })
            .Build();

        catalog.GetComposer("tchaikovsky").Name.Should().Be("Pyotr Ilyich Tchaikovsky");
        catalog.GetComposer(" TCHAIKOVSKY ").Name.Should().Be("Pyotr Ilyich Tchaikovsky");
        catalog.FindComposers("Boris").Should().BeEmpty("a given name alone is not a surname");
    }
}
