using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A musical work performed or filmed in one or more films: an opera, a ballet, a concerto. Immutable.</summary>
public sealed class Work
{
    private IReadOnlyList<Uri>? sources;

    /// <summary>Makes the work of a checked entry, by the composer its entry names.</summary>
    internal Work(WorkEntry entry, Composer composer)
    {
        Entry = entry;
        Composer = composer;
    }

    /// <summary>The checked entry this work was made from; what the writers write.</summary>
    internal WorkEntry Entry { get; }

    /// <summary>The stable identifier: the composer's id and a slug of the title, such as <c>tchaikovsky-swan-lake</c>.</summary>
    public string Id => Entry._id!;

    /// <summary>The composer of the work.</summary>
    public Composer Composer { get; }

    /// <summary>The usual English title, such as "Swan Lake".</summary>
    public string Title => Entry._title!;

    /// <summary>The title in the composer's language, such as "Лебединое озеро", or <see langword="null"/>.</summary>
    public string? OriginalTitle => Entry._originalTitle;

    /// <summary>Other usual titles of the work.</summary>
    public IReadOnlyList<string> AlternateTitles => Entry._alternateTitles;

    /// <summary>Where the titles were checked; empty when the work is known only from the films' own sources.</summary>
    public IReadOnlyList<Uri> Sources => Urls.Once(ref sources, Entry._sources);

    /// <summary>Returns the title and composer, such as "Swan Lake (Pyotr Ilyich Tchaikovsky)".</summary>
    /// <returns>A short description for display.</returns>
    public override string ToString() => $"{Title} ({Composer.Name})";
}
