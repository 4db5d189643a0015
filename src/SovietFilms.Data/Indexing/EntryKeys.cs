using System.Collections.Generic;

namespace SovietFilms.Data.Indexing;

/// <summary>Keys, each with the entries that have it, each entry once per key; built, then frozen into arrays.</summary>
internal sealed class EntryKeys<TKey, T>(IEqualityComparer<TKey> comparer)
    where TKey : notnull
    where T : class
{
    private readonly Dictionary<TKey, List<T>> lists = new(comparer);

    public void Add(TKey key, T entry)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        // Entries are added one at a time, so a key of this entry already here is on the last one: checking it keeps
        // the index linear however many entries share a key (list.Contains made 10^5 namesakes take seconds).
        if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], entry))
        {
            list.Add(entry);
        }
    }

    public Dictionary<TKey, T[]> ToArrays()
    {
        var arrays = new Dictionary<TKey, T[]>(lists.Count, lists.Comparer);
        foreach (var pair in lists)
        {
            arrays.Add(pair.Key, pair.Value.ToArray());
        }

        return arrays;
    }
}
