using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace SovietFilms.Data.Tests;

/// <summary>
/// The data's people, studios and credits rest on what sources state: every credit that today's catalogue has and the
/// format-1 catalogue of data 2026.11.1 did not cites a source of its own, and every native name, life year, city and
/// country of a person or studio comes with the sources it was read in.
/// </summary>
public sealed class CreditSourceTests
{
    private static readonly FilmCatalog Catalog = FilmCatalog.Default;

    [Fact]
    public void Every_credit_added_to_a_film_of_format_one_cites_its_own_source()
    {
        // A film that came in later came with its credits, read on its own sources; a film of the format-1 data kept
        // that data's names, so a credit added to it since rests on a page of its own.
        var named = FormatOneNames();

        var unsourced = Catalog.Films
            .SelectMany(f => f.Credits.Select(c => (Film: f, Credit: c)))
            .Where(x => x.Credit.Sources.Count == 0 && named.TryGetValue(x.Film.Id, out var names) && !NamedIn(names, x.Credit.Person))
            .Select(x => $"{x.Film.Id}: {x.Credit}")
            .ToList();

        unsourced.Should().BeEmpty("a credit the format-1 data did not give rests on a source that states it");
        Catalog.Films.SelectMany(f => f.Credits).Count(c => c.Sources.Count > 0).Should().BeGreaterThan(30, "the musical credits of the audit are in");
    }

    [Fact]
    public void Every_native_name_and_life_year_of_a_person_or_studio_has_sources()
    {
        Catalog.People.Where(p => (p.NativeName is not null || p.BirthYear is not null || p.DeathYear is not null) && p.Sources.Count == 0)
            .Select(p => p.Id).Should().BeEmpty();
        Catalog.Studios.Where(s => (s.NativeName is not null || s.City is not null || s.Country is not null) && s.Sources.Count == 0)
            .Select(s => s.Id).Should().BeEmpty();
    }

    [Fact]
    public void A_singing_voice_names_a_performer_of_the_same_film()
    {
        Catalog.Films.SelectMany(f => f.Credits.Where(c => c.Role == PersonRole.SingingVoice).Select(c => (Film: f, Credit: c)))
            .Should().NotBeEmpty()
            .And.OnlyContain(x => x.Credit.For != null && x.Film.Credits.Any(c => c.For == null && ReferenceEquals(c.Person, x.Credit.For)));
    }

    private static bool NamedIn(HashSet<string> names, Person person) =>
        names.Contains(person.Name) || person.Aliases.Any(names.Contains);

    /// <summary>Per film of the format-1 fixture, every name it gives: directors, actors, and singers in a role's "sung by".</summary>
    private static Dictionary<string, HashSet<string>> FormatOneNames()
    {
        using var json = JsonDocument.Parse(RepositoryFiles.Read(FormatOneFixtureTests.FixturePath));
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var film in json.RootElement.GetProperty("films").EnumerateArray())
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            if (film.TryGetProperty("directors", out var directors))
            {
                set.UnionWith(directors.EnumerateArray().Select(d => d.GetString()!));
            }

            if (film.TryGetProperty("cast", out var cast))
            {
                foreach (var member in cast.EnumerateArray())
                {
                    set.Add(member.GetProperty("actor").GetString()!);
                    if (member.TryGetProperty("role", out var role) && role.GetString()!.IndexOf("(sung by ", StringComparison.Ordinal) is var at and >= 0)
                    {
                        set.Add(role.GetString()![(at + "(sung by ".Length)..^1]);
                    }
                }
            }

            names[film.GetProperty("id").GetString()!] = set;
        }

        return names;
    }
}
