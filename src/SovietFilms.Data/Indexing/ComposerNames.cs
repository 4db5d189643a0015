using System;
using System.Collections.Generic;
using System.Linq;

namespace SovietFilms.Data.Indexing;

/// <summary>
/// Finds composers by any form of their name: id, full name, native name, alias, or surname. Built once
/// per catalogue; lookups allocate only the normalized key.
/// </summary>
internal sealed class ComposerNames
{
    private static readonly HashSet<string> NameSuffixes = new(StringComparer.OrdinalIgnoreCase) { "I", "II", "III", "Jr", "Jr.", "Sr", "Sr." };

    private readonly Dictionary<string, Composer[]> exact;
    private readonly Dictionary<string, Composer[]> surnames;

    public ComposerNames(IEnumerable<Composer> composers)
    {
        var exactKeys = new Dictionary<string, List<Composer>>(StringComparer.Ordinal);
        var surnameKeys = new Dictionary<string, List<Composer>>(StringComparer.Ordinal);
        foreach (var composer in composers)
        {
            Add(exactKeys, composer.Id, composer);
            Add(exactKeys, composer.Name, composer);
            foreach (var alias in composer.Aliases)
            {
                Add(exactKeys, alias, composer);
            }

            if (composer.NativeName is { } nativeName)
            {
                Add(exactKeys, nativeName, composer);
                Add(surnameKeys, Surname(nativeName), composer);
            }

            Add(surnameKeys, Surname(composer.Name), composer);
        }

        exact = exactKeys.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        surnames = surnameKeys.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The composers that <paramref name="name"/> names. An id, full name, native name or alias wins over a
    /// surname, so "Tchaikovsky" is Pyotr, while a bare surname that two composers share names both.
    /// </summary>
    public IReadOnlyList<Composer> Resolve(string name)
    {
        var key = NameNormalizer.Normalize(name);
        if (key.Length == 0)
        {
            return [];
        }

        return exact.TryGetValue(key, out var found) || surnames.TryGetValue(key, out found) ? found : [];
    }

    private static void Add(Dictionary<string, List<Composer>> keys, string name, Composer composer)
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

        if (!list.Contains(composer))
        {
            list.Add(composer);
        }
    }

    private static string Surname(string fullName)
    {
        var words = fullName.Split([' '], StringSplitOptions.RemoveEmptyEntries);
        for (var i = words.Length - 1; i >= 0; i--)
        {
            if (!NameSuffixes.Contains(words[i]))
            {
                return words[i];
            }
        }

        return fullName;
    }
}
