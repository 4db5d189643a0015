using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Indexing;

/// <summary>
/// Finds people by their names as people type them. A query is, in this order: an entry's id; one of its names
/// whole (name, native name, alias, or a romanization of a Cyrillic one); or, word by word, a surname with any of
/// the entry's other words or their initials, in any order ("Tchaikovsky", "P. I. Tchaikovsky", "Tchaikovsky Pyotr");
/// and, for a query in Cyrillic that finds nothing so, the same for each of its romanizations.
/// Names and words are compared as spelling skeletons, so that the usual variants of one romanization meet
/// ("Shostakovitch" and "Shostakovich", "Tchaikowsky" and "Tchaikovsky", "Prokofieff" and "Prokofiev").
/// </summary>
internal sealed class PersonNameIndex<T>
    where T : class
{
    private readonly Dictionary<string, T> ids;
    private readonly Dictionary<string, T[]> names;
    private readonly Dictionary<string, T[]> surnames;
    private readonly Dictionary<string, T[]> words;
    private readonly Dictionary<char, T[]> initials;

    /// <summary>An index whose keys were made by the other constructor and stored, such as in the compiled catalogue.</summary>
    /// <param name="entries">What the index finds.</param>
    /// <param name="id">An entry's id.</param>
    /// <param name="keys">The index's keys, each with its entries: <see cref="Keys"/> of an index of the same entries.</param>
    public PersonNameIndex(IReadOnlyList<T> entries, Func<T, string> id, NameKeys<T> keys)
    {
        ids = Ids(entries, id);
        names = keys.Names;
        surnames = keys.Surnames;
        words = keys.Words;
        initials = keys.Initials;
    }

    /// <param name="entries">What the index finds.</param>
    /// <param name="id">An entry's id, matched exactly but for case, before any name.</param>
    /// <param name="names">An entry's names, each with whether its last word is a surname (false for a name that may put the family name first).</param>
    public PersonNameIndex(IReadOnlyList<T> entries, Func<T, string> id, Func<T, IEnumerable<(string Name, bool EndsInSurname)>> names)
    {
        ids = Ids(entries, id);
        var nameKeys = new EntryKeys<string, T>(StringComparer.Ordinal);
        var surnameKeys = new EntryKeys<string, T>(StringComparer.Ordinal);
        var wordKeys = new EntryKeys<string, T>(StringComparer.Ordinal);
        var initialKeys = new EntryKeys<char, T>(EqualityComparer<char>.Default);
        foreach (var entry in entries)
        {
            foreach (var (name, endsInSurname) in names(entry))
            {
                foreach (var form in Forms(name))
                {
                    if (Skeleton(NameNormalizer.Normalize(form)) is { Length: > 0 } key)
                    {
                        nameKeys.Add(key, entry);
                    }

                    var formWords = NameNormalizer.Words(form);
                    var surname = LastNonSuffix(formWords);
                    for (var i = 0; i < formWords.Length; i++)
                    {
                        var word = Skeleton(formWords[i]);
                        wordKeys.Add(word, entry);
                        initialKeys.Add(word[0], entry);
                        if (endsInSurname && i == surname && word.Length > 1)
                        {
                            surnameKeys.Add(word, entry);
                        }
                    }
                }
            }
        }

        this.names = nameKeys.ToArrays();
        surnames = surnameKeys.ToArrays();
        words = wordKeys.ToArrays();
        initials = initialKeys.ToArrays();
    }

    /// <summary>The keys the index finds names by, as the other constructor takes them.</summary>
    public NameKeys<T> Keys => new(names, surnames, words, initials);

    /// <summary>The entries the text names: one, several that share the name, or none.</summary>
    public IReadOnlyList<T> Resolve(string text)
    {
        if (ids.TryGetValue(text.Trim(), out var byId))
        {
            return [byId];
        }

        var found = ByName(text);
        if (found.Count > 0)
        {
            return found;
        }

        // A name typed in Cyrillic for an entry the data gives only in Latin letters: "Уланова" finds Ulanova.
        foreach (var romanized in Romanization.Of(text))
        {
            found = ByName(romanized);
            if (found.Count > 0)
            {
                return found;
            }
        }

        return found;
    }

    private IReadOnlyList<T> ByName(string text)
    {
        var key = Skeleton(NameNormalizer.Normalize(text));
        if (key.Length == 0)
        {
            return [];
        }

        return names.TryGetValue(key, out var byName) ? byName : ByWords(text);
    }

    private List<T> ByWords(string text)
    {
        var queryWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in NameNormalizer.Words(text))
        {
            queryWords.Add(Skeleton(word));
        }

        // Candidates have a query word as a surname; each distinct word brings its own list, so this stays linear.
        var candidates = new List<T>();
        var seen = new HashSet<T>();
        foreach (var word in queryWords)
        {
            if (word.Length > 1 && surnames.TryGetValue(word, out var named))
            {
                foreach (var entry in named)
                {
                    if (seen.Add(entry))
                    {
                        candidates.Add(entry);
                    }
                }
            }
        }

        // Then every query word must be one of the candidate's words, or the initial of one.
        foreach (var word in queryWords)
        {
            if (candidates.Count == 0)
            {
                break;
            }

            var having = word.Length == 1 ? initials.TryGetValue(word[0], out var withInitial) ? withInitial : [] : words.TryGetValue(word, out var withWord) ? withWord : [];
            var set = new HashSet<T>(having);
            candidates.RemoveAll(c => !set.Contains(c));
        }

        return candidates;
    }

    private static Dictionary<string, T> Ids(IReadOnlyList<T> entries, Func<T, string> id)
    {
        var ids = new Dictionary<string, T>(entries.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries)
        {
            ids[id(entry)] = entry;
        }

        return ids;
    }

    /// <summary>A name and, when it is written in Cyrillic, its romanizations.</summary>
    private static IEnumerable<string> Forms(string name)
    {
        yield return name;
        foreach (var romanized in Romanization.Of(name))
        {
            yield return romanized;
        }
    }

    private static int LastNonSuffix(string[] words)
    {
        var last = words.Length - 1;
        while (last > 0 && words[last] is "i" or "ii" or "iii" or "jr" or "sr")
        {
            last--;
        }

        return last;
    }

    /// <summary>
    /// A normalized Latin word reduced to what its common spellings share: tsch and tch to ch, sch to sh, w to v, y and
    /// j to i, a final ff to v, then each run of one letter to one (so ii, ss and nn count once). Cyrillic passes unchanged
    /// but for doubled letters.
    /// </summary>
    internal static string Skeleton(string normalized)
    {
        var result = new System.Text.StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (Follows(normalized, i, "tsch"))
            {
                Append(result, 'c');
                Append(result, 'h');
                i += 3;
            }
            else if (Follows(normalized, i, "tch"))
            {
                Append(result, 'c');
                Append(result, 'h');
                i += 2;
            }
            else if (Follows(normalized, i, "sch"))
            {
                Append(result, 's');
                Append(result, 'h');
                i += 2;
            }
            else if (c == 'f' && i + 2 == normalized.Length && normalized[i + 1] == 'f')
            {
                Append(result, 'v');
                i++;
            }
            else
            {
                Append(result, c switch
                {
                    'w' => 'v',
                    'y' or 'j' => 'i',
                    _ => c,
                });
            }
        }

        return result.ToString();
    }

    private static bool Follows(string text, int at, string part) => string.CompareOrdinal(text, at, part, 0, part.Length) == 0;

    private static void Append(System.Text.StringBuilder result, char c)
    {
        if (result.Length == 0 || result[result.Length - 1] != c)
        {
            result.Append(c);
        }
    }
}

/// <summary>The keys of a <see cref="PersonNameIndex{T}"/>: whole names, surnames and words as spelling skeletons, and initials, each with its entries.</summary>
internal sealed record NameKeys<T>(Dictionary<string, T[]> Names, Dictionary<string, T[]> Surnames, Dictionary<string, T[]> Words, Dictionary<char, T[]> Initials)
    where T : class;
