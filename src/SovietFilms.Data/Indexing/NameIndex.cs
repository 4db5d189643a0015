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
        var keys = new EntryKeys<string, T>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            foreach (var name in names(entry))
            {
                if (NameNormalizer.Normalize(name) is { Length: > 0 } key)
                {
                    keys.Add(key, entry);
                }
            }
        }

        entriesByName = keys.ToArrays();
    }

    /// <summary>The entries with this name, for a name already in <see cref="NameNormalizer"/> form.</summary>
    public IReadOnlyList<T> ResolveNormalized(string key) => entriesByName.TryGetValue(key, out var found) ? found : [];
}
