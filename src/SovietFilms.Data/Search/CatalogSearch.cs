using System;
using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data.Indexing;

namespace SovietFilms.Data.Search;

/// <summary>
/// Ranked search over the films, composers, people and studios of one catalogue: exact, then alias, then prefix,
/// then substring, then near miss. A composer or person matches exactly when name lookups resolve the text to that
/// one alone, and as an alias when the text names several (a shared surname), so search and lookups agree.
/// Ties go to composers, then people, then studios, then films, then to the entry credited in more films, then by
/// name and id.
/// </summary>
internal sealed class CatalogSearch
{
    private const int MinPartialLength = 3;
    private const int MinNearMissLength = 5;

    // Articles and conjunctions alone would match most titles: a query of nothing else finds nothing.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "and", "in", "on", "at", "to", "for", "und", "der", "die", "das", "le", "la", "les", "et", "и", "в", "на", "с",
    };

    // A title is also found without its leading article: "Queen of Spades" is "The Queen of Spades".
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an", "le", "la", "les", "der", "die", "das" };

    private readonly Entry[] entries;
    private readonly PersonNameIndex<Composer> composerNames;
    private readonly PersonNameIndex<Person> personNames;

    public CatalogSearch(
        IEnumerable<Film> films,
        IEnumerable<Composer> composers,
        IEnumerable<Person> people,
        IEnumerable<Studio> studios,
        PersonNameIndex<Composer> composerNames,
        PersonNameIndex<Person> personNames,
        FilmIndex index)
    {
        this.composerNames = composerNames;
        this.personNames = personNames;
        entries = composers
            .Select(c => new Entry(c, 0, index.WithComposer(c, role: null).Count, c.Name, c.Id, Keys(exact: [c.Name, c.NativeName, c.Id], alias: c.Aliases)))
            .Concat(people.Select(p => new Entry(p, 1, index.WithPerson(p, role: null).Count, p.Name, p.Id, Keys(exact: [p.Name, p.NativeName, p.Id], alias: p.Aliases))))
            .Concat(studios.Select(s => new Entry(s, 2, index.FromStudio(s).Count, s.Name, s.Id, Keys(exact: [s.Name, s.NativeName, s.Id], alias: s.Aliases))))
            .Concat(films.Select(f => new Entry(f, 3, 0, f.Title, f.Id, Keys(exact: [f.Title, f.OriginalTitle, f.Id], alias: f.AlternateTitles))))
            .ToArray();
    }

    public IReadOnlyList<SearchHit> Search(string text, int max)
    {
        var query = NameNormalizer.Normalize(text);
        var queryWords = NameNormalizer.Words(text);
        if (query.Length == 0 || queryWords.All(StopWords.Contains))
        {
            return ReadOnly.Empty<SearchHit>();
        }

        // Composers are named among composers, as composer lookups do; other people among all people.
        var composersNamed = new HashSet<Person>(composerNames.Resolve(text));
        var peopleNamed = new HashSet<Person>(personNames.Resolve(text));
        var distance = new EditDistance();
        var hits = new List<(SearchHit Hit, Entry Entry)>();
        foreach (var entry in entries)
        {
            var named = entry.Found is Composer ? composersNamed : peopleNamed;
            var hit = entry.Found is Person person && named.Contains(person)
                ? new SearchHit(person, named.Count == 1 ? SearchMatch.Exact : SearchMatch.Alias, text.Trim(), named.Count == 1 ? 1.0 : 0.9)
                : BestMatch(entry, query, queryWords, distance);
            if (hit is not null)
            {
                hits.Add((hit, entry));
            }
        }

        return ReadOnly.Copy(hits
            .OrderByDescending(h => h.Hit.Score)
            .ThenBy(h => h.Entry.Rank)
            .ThenByDescending(h => h.Entry.FilmCount)
            .ThenBy(h => h.Entry.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.Entry.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(h => h.Hit));
    }

    private static SearchHit? BestMatch(Entry entry, string query, string[] queryWords, EditDistance distance)
    {
        SearchHit? best = null;
        foreach (var key in entry.Keys)
        {
            if (Match(key, query, queryWords, distance) is { } scored && (best is null || scored.Score > best.Score))
            {
                best = new SearchHit(entry.Found, scored.Match, key.Original, scored.Score);
            }
        }

        return best;
    }

    private static (SearchMatch Match, double Score)? Match(Key key, string query, string[] queryWords, EditDistance distance)
    {
        if (key.Normalized == query || key.WithoutArticle == query)
        {
            return key.IsExact ? (SearchMatch.Exact, 1.0) : (SearchMatch.Alias, 0.9);
        }

        if (query.Length < MinPartialLength)
        {
            return null;
        }

        var coverage = (double)query.Length / key.Normalized.Length;
        if (key.Normalized.StartsWith(query, StringComparison.Ordinal)
            || key.Words.Any(w => w.StartsWith(query, StringComparison.Ordinal))
            || (queryWords.Length > 1 && queryWords.All(q => key.Words.Any(w => w.StartsWith(q, StringComparison.Ordinal)))))
        {
            return (SearchMatch.Prefix, 0.6 + (0.1 * coverage));
        }

        if (key.Normalized.Contains(query))
        {
            return (SearchMatch.Substring, 0.4 + (0.1 * coverage));
        }

        if (query.Length < MinNearMissLength)
        {
            return null;
        }

        var allowed = query.Length switch
        {
            < 8 => 1,
            < 12 => 2,
            _ => 3,
        };
        var nearest = distance.Within(query, key.Normalized, allowed);
        foreach (var word in key.Words)
        {
            nearest = Math.Min(nearest, distance.Within(query, word, allowed));
        }

        return nearest <= allowed ? (SearchMatch.NearMiss, 0.3 - (0.1 * (nearest - 1) / allowed)) : null;
    }

    private static Key[] Keys(IEnumerable<string?> exact, IEnumerable<string> alias) =>
        exact.OfType<string>().Select(k => (Text: k, IsExact: true))
            .Concat(alias.Select(k => (Text: k, IsExact: false)))
            .Select(k => new Key(k.Text, NameNormalizer.Normalize(k.Text), WithoutArticle(k.Text), k.IsExact, NameNormalizer.Words(k.Text)))
            .Where(k => k.Normalized.Length > 0)
            .ToArray();

    private static string? WithoutArticle(string title)
    {
        var words = NameNormalizer.Words(title);
        return words.Length > 1 && Articles.Contains(words[0]) ? string.Concat(words.Skip(1)) : null;
    }

    private sealed record Key(string Original, string Normalized, string? WithoutArticle, bool IsExact, string[] Words);

    /// <summary>What a hit may find: a film, composer, person or studio, with the rank of its kind among ties.</summary>
    private sealed record Entry(object Found, int Rank, int FilmCount, string Name, string Id, Key[] Keys);
}
