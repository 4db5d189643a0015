using System;
using System.Collections.Generic;
using System.Linq;
using SovietFilms.Data.Indexing;

namespace SovietFilms.Data.Search;

/// <summary>
/// Ranked search over the films and composers of one catalogue: exact, then alias, then prefix, then
/// substring, then near miss. Ties go to composers before films, then to the entry credited in more films,
/// then by name and id, so the order is stable.
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

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "the", "a", "an", "le", "la", "les", "der", "die", "das" };

    private readonly Entry[] entries;

    public CatalogSearch(IEnumerable<Film> films, IEnumerable<Composer> composers, Func<Composer, int> filmCount)
    {
        entries = composers
            .Select(c => new Entry(null, c, filmCount(c), c.Name, c.Id,
                Keys(exact: [c.Id, c.Name, c.NativeName, .. EntryNames.Surnames(c)], alias: c.Aliases)))
            .Concat(films.Select(f => new Entry(f, null, 0, f.Title, f.Id,
                Keys(exact: [f.Id, f.Title, f.OriginalTitle], alias: f.AlternateTitles))))
            .ToArray();
    }

    public IReadOnlyList<SearchHit> Search(string text, int max)
    {
        var query = NameNormalizer.Normalize(text);
        if (query.Length == 0 || IsOnlyStopWords(text))
        {
            return [];
        }

        var queryWords = Words(text);
        var hits = new List<(SearchHit Hit, Entry Entry)>();
        foreach (var entry in entries)
        {
            if (BestMatch(entry, query, queryWords) is { } hit)
            {
                hits.Add((hit, entry));
            }
        }

        return ReadOnly.Copy(hits
            .OrderByDescending(h => h.Hit.Score)
            .ThenBy(h => h.Entry.Film is null ? 0 : 1)
            .ThenByDescending(h => h.Entry.FilmCount)
            .ThenBy(h => h.Entry.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(h => h.Entry.Id, StringComparer.Ordinal)
            .Take(max)
            .Select(h => h.Hit));
    }

    private static SearchHit? BestMatch(Entry entry, string query, string[] queryWords)
    {
        SearchHit? best = null;
        foreach (var key in entry.Keys)
        {
            if (Match(key, query, queryWords) is { } scored && (best is null || scored.Score > best.Score))
            {
                best = new SearchHit(entry.Film, entry.Composer, scored.Match, key.Original, scored.Score);
            }
        }

        return best;
    }

    private static (SearchMatch Match, double Score)? Match(Key key, string query, string[] queryWords)
    {
        if (key.Normalized == query)
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
        var distance = key.Words.Prepend(key.Normalized).Min(w => EditDistance.Within(query, w, allowed));
        return distance <= allowed ? (SearchMatch.NearMiss, 0.3 - (0.1 * (distance - 1) / allowed)) : null;
    }

    private static bool IsOnlyStopWords(string text) =>
        text.Split([' ', '\t', '-', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
            .All(word => StopWords.Contains(NameNormalizer.Normalize(word)));

    private static Key[] Keys(IEnumerable<string?> exact, IEnumerable<string> alias) =>
        exact.OfType<string>().Select(k => (Text: k, IsExact: true))
            .Concat(alias.Select(k => (Text: k, IsExact: false)))
            .SelectMany(k => new[] { (k.Text, Normalized: NameNormalizer.Normalize(k.Text), k.IsExact), (k.Text, Normalized: WithoutArticle(k.Text), k.IsExact) })
            .Where(k => k.Normalized.Length > 0)
            .Distinct()
            .Select(k => new Key(k.Text, k.Normalized, k.IsExact, Words(k.Text)))
            .ToArray();

    /// <summary>"The Queen of Spades" is also found as "Queen of Spades".</summary>
    private static string WithoutArticle(string title)
    {
        var space = title.IndexOf(' ');
        return space > 0 && Articles.Contains(NameNormalizer.Normalize(title.Substring(0, space)))
            ? NameNormalizer.Normalize(title.Substring(space + 1))
            : "";
    }

    private static string[] Words(string text) =>
        text.Split([' ', '-', '\u2013', ',', '.', ':', '\'', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(NameNormalizer.Normalize)
            .Where(w => w.Length > 0)
            .ToArray();

    private sealed record Key(string Original, string Normalized, bool IsExact, string[] Words);

    private sealed record Entry(Film? Film, Composer? Composer, int FilmCount, string Name, string Id, Key[] Keys);
}
