using System;
using System.Collections.Generic;

namespace SovietFilms.Data.Indexing;

/// <summary>
/// Finds entries by any of their names, compared in <see cref="NameNormalizer"/> form. Each entry has primary
/// names (id, full name or title, native form, aliases) and fallback names (a composer's bare surname);
/// a fallback is consulted only when no primary name matches. Built once per catalogue.
/// </summary>
internal sealed class NameIndex<T>
    where T : class
{
    private readonly Dictionary<string, T[]> primary;
    private readonly Dictionary<string, T[]> fallback;

    /// <param name="entries">What the index finds.</param>
    /// <param name="primaryNames">An entry's own names: its id, name, native name and aliases.</param>
    /// <param name="fallbackName">A looser name, looked up only when no entry has the name as its own (a composer's surname).</param>
    public NameIndex(IReadOnlyList<T> entries, Func<T, IEnumerable<string>> primaryNames, Func<T, string?> fallbackName)
    {
        var primaryKeys = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var fallbackKeys = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in primaryNames(entry))
            {
                Add(primaryKeys, name, entry);
            }

            if (fallbackName(entry) is { } fallbackKey)
            {
                Add(fallbackKeys, fallbackKey, entry);
            }
        }

        primary = ToArrays(primaryKeys);
        fallback = ToArrays(fallbackKeys);
    }

    public IReadOnlyList<T> Resolve(string name) => ResolveNormalized(NameNormalizer.Normalize(name));

    /// <summary>As <see cref="Resolve"/>, for a name already in <see cref="NameNormalizer"/> form.</summary>
    public IReadOnlyList<T> ResolveNormalized(string key) =>
        key.Length > 0 && (primary.TryGetValue(key, out var found) || fallback.TryGetValue(key, out found)) ? found : [];

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

    private static Dictionary<string, T[]> ToArrays(Dictionary<string, List<T>> keys)
    {
        var arrays = new Dictionary<string, T[]>(keys.Count, StringComparer.Ordinal);
        foreach (var pair in keys)
        {
            arrays.Add(pair.Key, pair.Value.ToArray());
        }

        return arrays;
    }
}
