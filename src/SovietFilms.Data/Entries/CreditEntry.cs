using System;

namespace SovietFilms.Data;

/// <summary>A composer's part in a film, as given in a <see cref="FilmEntry"/>: the composer's id and role. Immutable.</summary>
public sealed class CreditEntry
{
    /// <summary>Makes a credit.</summary>
    /// <param name="composer">The id of a composer of the same catalogue.</param>
    /// <param name="role">The composer's role in the film.</param>
    /// <exception cref="ArgumentNullException"><paramref name="composer"/> is <see langword="null"/>.</exception>
    public CreditEntry(string composer, ComposerRole role)
    {
        Composer = composer ?? throw new ArgumentNullException(nameof(composer));
        Role = role;
    }

    /// <summary>The composer's id.</summary>
    public string Composer { get; }

    /// <summary>The composer's role.</summary>
    public ComposerRole Role { get; }
}
