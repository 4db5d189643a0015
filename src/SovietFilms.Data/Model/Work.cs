using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A musical work performed or filmed in one or more films: an opera, a ballet, a concerto. Immutable.</summary>
public sealed class Work
{
    internal Work(
        string id,
        Composer composer,
        string title,
        string? originalTitle,
        IReadOnlyList<string> alternateTitles,
        IReadOnlyList<Uri> sources)
    {
        Id = id;
        Composer = composer;
        Title = title;
        OriginalTitle = originalTitle;
        AlternateTitles = alternateTitles;
        Sources = sources;
    }

    /// <summary>The stable identifier: the composer's id and a slug of the title, such as <c>tchaikovsky-swan-lake</c>.</summary>
    public string Id { get; }

    /// <summary>The composer of the work.</summary>
    public Composer Composer { get; }

    /// <summary>The usual English title, such as "Swan Lake".</summary>
    public string Title { get; }

    /// <summary>The title in the composer's language, such as "Лебединое озеро", or <see langword="null"/>.</summary>
    public string? OriginalTitle { get; }

    /// <summary>Other usual titles of the work.</summary>
    public IReadOnlyList<string> AlternateTitles { get; }

    /// <summary>Where the titles were checked; empty when the work is known only from the films' own sources.</summary>
    public IReadOnlyList<Uri> Sources { get; }

    /// <summary>Returns the title and composer, such as "Swan Lake (Pyotr Ilyich Tchaikovsky)".</summary>
    /// <returns>A short description for display.</returns>
    public override string ToString() => $"{Title} ({Composer.Name})";
}
