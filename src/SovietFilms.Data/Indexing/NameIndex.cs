using System;
using System.Collections.Generic;
using System.Linq;

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
#if NET
    private readonly Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> primaryBySpan;
    private readonly Dictionary<string, T[]>.AlternateLookup<ReadOnlySpan<char>> fallbackBySpan;
#endif

    public NameIndex(IEnumerable<(T Entry, IEnumerable<string> Primary, IEnumerable<string> Fallback)> entries)
    {
        var primaryKeys = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        var fallbackKeys = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var (entry, primaryNames, fallbackNames) in entries)
        {
            foreach (var name in primaryNames)
            {
                Add(primaryKeys, name, entry);
            }

            foreach (var name in fallbackNames)
            {
                Add(fallbackKeys, name, entry);
            }
        }

        primary = primaryKeys.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        fallback = fallbackKeys.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
#if NET
        primaryBySpan = primary.GetAlternateLookup<ReadOnlySpan<char>>();
        fallbackBySpan = fallback.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
    }

    /// <summary>
    /// The entries <paramref name="name"/> names: those with it as a primary name, else those with it as a
    /// fallback name. So "Tchaikovsky" is Pyotr, while a bare surname two composers share names both.
    /// </summary>
    public IReadOnlyList<T> Resolve(string name)
    {
#if NET
        // Lookups by name allocate nothing: the key is normalized on the stack and looked up as a span.
        Span<char> key = stackalloc char[160];
        if (NameNormalizer.TryNormalize(name, key, out var length))
        {
            var normalized = key[..length];
            return length > 0 && (primaryBySpan.TryGetValue(normalized, out var found) || fallbackBySpan.TryGetValue(normalized, out found)) ? found : [];
        }
#endif
        return ResolveNormalized(NameNormalizer.Normalize(name));
    }

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

        if (!list.Contains(entry))
        {
            list.Add(entry);
        }
    }
}
