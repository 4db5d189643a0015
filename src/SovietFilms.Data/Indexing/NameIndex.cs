using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Indexing;

/// <summary>Finds entries by any of their names, compared in <see cref="NameNormalizer"/> form. Built once per catalogue.</summary>
internal sealed class NameIndex<T>
    where T : class
{
    private readonly Dictionary<string, T[]> entriesByName;

    /// <param name="entries">What the index finds.</param>
    /// <param name="names">An entry's names: its id, title, original title and alternate titles.</param>
    public NameIndex(IReadOnlyList<T> entries, Func<T, IEnumerable<string>> names)
    {
        var keys = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in names(entry))
            {
                Add(keys, name, entry);
            }
        }

        entriesByName = new Dictionary<string, T[]>(keys.Count, StringComparer.Ordinal);
        foreach (var pair in keys)
        {
            entriesByName.Add(pair.Key, pair.Value.ToArray());
        }
    }

    /// <summary>The entries with this name, for a name already in <see cref="NameNormalizer"/> form.</summary>
    public IReadOnlyList<T> ResolveNormalized(string key) => entriesByName.TryGetValue(key, out var found) ? found : [];

    private static void Add(Dictionary<string, List<T>> keys, string name, T entry)
    {
        var key = NameNormalizer.Normalize(name);
        if (key.Length == 0)
        {
            return;
        }

        if (!keys.TryGetValue(key, out var list))
        {
            keys[key] = list = [];
        }

        // Entries are added one at a time, so a name of this entry already here is the last one: checking it keeps
        // the index linear however many entries share a name (list.Contains made 10^5 namesakes take seconds).
        if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], entry))
        {
            list.Add(entry);
        }
    }
}
