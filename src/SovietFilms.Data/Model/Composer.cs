using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A composer whose life, music or score is part of a film in the catalogue. Immutable and thread-safe.</summary>
public sealed class Composer
{
    /// <summary>Makes the composer of a checked entry.</summary>
    internal Composer(ComposerEntry entry)
    {
        Entry = entry;
        Sources = Urls.Of(entry._sources);
    }

    /// <summary>The checked entry this composer was made from; what the writers write.</summary>
    internal ComposerEntry Entry { get; }

    /// <summary>The stable identifier, a lowercase slug such as <c>tchaikovsky</c>.</summary>
    public string Id => Entry._id!;

    /// <summary>The usual English form of the full name, such as "Pyotr Ilyich Tchaikovsky".</summary>
    public string Name => Entry._name!;

    /// <summary>The name in the composer's own language and script, such as "Пётр Ильич Чайковский"; <see langword="null"/> when the data does not give it.</summary>
    public string? NativeName => Entry._nativeName;

    /// <summary>Other spellings and transliterations (Tschaikowsky, Czajkowski...), all accepted by name lookups.</summary>
    public IReadOnlyList<string> Aliases => Entry._aliases;

    /// <summary>The year of birth, or <see langword="null"/> when no source gave it.</summary>
    public int? BirthYear => Entry._born;

    /// <summary>The year of death, or <see langword="null"/> when the composer is living or no source gave it.</summary>
    public int? DeathYear => Entry._died;

    /// <summary>Where the name and life years were checked: absolute http or https URLs.</summary>
    public IReadOnlyList<Uri> Sources { get; }

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The composer's name.</returns>
    public override string ToString() => Name;
}
