using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>
/// A production country, by ISO 3166 alpha-2 code, the historical codes included (<c>SU</c> for the
/// Soviet Union, <c>DD</c> for East Germany). Immutable; two countries are equal when their codes are.
/// </summary>
public sealed class Country : IEquatable<Country>
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["SU"] = "Soviet Union",
        ["DD"] = "East Germany",
        ["CS"] = "Czechoslovakia",
        ["YU"] = "Yugoslavia",
        ["RU"] = "Russia",
        ["UA"] = "Ukraine",
        ["BY"] = "Belarus",
        ["GE"] = "Georgia",
        ["AM"] = "Armenia",
        ["AZ"] = "Azerbaijan",
        ["LV"] = "Latvia",
        ["LT"] = "Lithuania",
        ["EE"] = "Estonia",
        ["MD"] = "Moldova",
        ["KZ"] = "Kazakhstan",
        ["UZ"] = "Uzbekistan",
        ["DE"] = "Germany",
        ["HU"] = "Hungary",
        ["PL"] = "Poland",
        ["BG"] = "Bulgaria",
        ["RO"] = "Romania",
        ["CU"] = "Cuba",
        ["FR"] = "France",
        ["IT"] = "Italy",
        ["BE"] = "Belgium",
        ["GB"] = "United Kingdom",
        ["US"] = "United States",
        ["CA"] = "Canada",
        ["JP"] = "Japan",
        ["FI"] = "Finland",
        ["MN"] = "Mongolia",
    };

    private Country(string code, string name)
    {
        Code = code;
        Name = name;
    }

    /// <summary>The ISO 3166 alpha-2 code, such as <c>SU</c>.</summary>
    public string Code { get; }

    /// <summary>The English display name, such as "Soviet Union"; the code itself for a code this library has no name for.</summary>
    public string Name { get; }

    internal static bool IsWellFormedCode(string code) =>
        code.Length == 2 && code[0] is >= 'A' and <= 'Z' && code[1] is >= 'A' and <= 'Z';

    // One instance per known code, shared by every film: a catalogue names the same few countries many times.
    private static readonly Dictionary<string, Country> Known = CreateKnown();

    private static Dictionary<string, Country> CreateKnown()
    {
        var known = new Dictionary<string, Country>(Names.Count, StringComparer.Ordinal);
        foreach (var pair in Names)
        {
            known.Add(pair.Key, new Country(pair.Key, pair.Value));
        }

        return known;
    }

    internal static Country FromCode(string code) =>
        Known.TryGetValue(code, out var known) ? known : new Country(code, code);

    /// <inheritdoc />
    public bool Equals(Country? other) => other is not null && other.Code == Code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Country);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The display name.</returns>
    public override string ToString() => Name;
}
