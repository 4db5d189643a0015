namespace SovietFilms.Data.Tests;

/// <summary>Text an attacker would send: none of it may make the library throw anything but what it documents.</summary>
public sealed class HostileTextTests
{
    [Fact]
    public void A_noncharacter_in_a_name_or_a_query_is_no_letter_and_no_error()
    {
        var catalog = new FilmCatalogBuilder("n.1")
            .Add(new ComposerEntry { Id = "c", Name = "Anna \uFFFEExample", Aliases = ["\uFFFE"], Sources = ["https://example.org/c"] })
            .Add(new FilmEntry { Id = "f-1960", Title = "F\uFFFE", Year = 1960, Kind = FilmKind.Feature, Summary = "S", Verification = VerificationStatus.Verified, Sources = ["https://example.org/f"], Composers = [new CreditEntry("c", ComposerRole.Score)] })
            .Build();

        catalog.FindComposer("Anna Example").Should().NotBeNull();
        catalog.Query().WithComposer("Example\uFFFE").Should().ContainSingle();
        catalog.Related(catalog.Films[0]).Should().BeEmpty();
        FilmCatalog.Default.Search("Tchai\uFFFEkovsky").Should().NotBeEmpty();
        FilmCatalog.Default.Query().Matching("Tchaikovsky\uFFFE").Should().NotBeEmpty();
        FilmCatalog.Default.GetComposer("\uFFFETchaikovsky").Id.Should().Be("tchaikovsky");
        TestCatalog.Reload(catalog).FindComposer("anna example").Should().NotBeNull("it loads from JSON too");
    }
}
