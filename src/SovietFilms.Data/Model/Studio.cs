using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A film studio or television producer, such as Mosfilm or Lenfilm. Immutable and thread-safe.</summary>
public sealed class Studio
{
    private IReadOnlyList<Uri>? sources;

    /// <summary>Makes the studio of a checked entry.</summary>
    internal Studio(StudioEntry entry)
    {
        Entry = entry;
        Country = entry._country is { } code ? Country.FromCode(code) : null;
    }

    /// <summary>The checked entry this studio was made from; what the writers write.</summary>
    internal StudioEntry Entry { get; }

    /// <summary>The stable identifier, a lowercase slug such as <c>mosfilm</c>.</summary>
    public string Id => Entry._id!;

    /// <summary>The usual English name, such as "Mosfilm".</summary>
    public string Name => Entry._name!;

    /// <summary>The name in its own language and script, such as "Мосфильм"; <see langword="null"/> when the data does not give it.</summary>
    public string? NativeName => Entry._nativeName;

    /// <summary>Other names the studio had or is known by, all accepted by name lookups.</summary>
    public IReadOnlyList<string> Aliases => Entry._aliases;

    /// <summary>The city of the studio, in English, such as "Moscow"; <see langword="null"/> when the data does not give it.</summary>
    public string? City => Entry._city;

    /// <summary>The country of the studio at the time of its films, such as the Soviet Union; <see langword="null"/> when the data does not give it.</summary>
    public Country? Country { get; }

    /// <summary>Where the studio's names and place were checked: absolute http or https URLs; none where it rests on its films' sources alone.</summary>
    public IReadOnlyList<Uri> Sources => Urls.Once(ref sources, Entry._sources);

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The studio's name.</returns>
    public override string ToString() => Name;
}
