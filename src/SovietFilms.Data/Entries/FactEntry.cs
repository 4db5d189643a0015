using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A claim about a film, as given in a <see cref="FilmEntry"/>. Immutable; its list is a copy.</summary>
public sealed class FactEntry
{
    /// <summary>Makes a fact.</summary>
    /// <param name="statement">The claim, as it was made.</param>
    /// <param name="status">What sources say about it.</param>
    /// <param name="note">The correction or caveat, or <see langword="null"/>.</param>
    /// <param name="sources">Absolute http or https URLs where the claim was checked; at least one unless <paramref name="status"/> is <see cref="FactStatus.Unconfirmed"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> or <paramref name="sources"/> is <see langword="null"/>, or a source is.</exception>
    public FactEntry(string statement, FactStatus status, string? note, IEnumerable<string> sources)
    {
        Statement = statement ?? throw new ArgumentNullException(nameof(statement));
        Status = status;
        Note = note;
        Sources = ReadOnly.CopyOf(sources, nameof(sources));
    }

    /// <summary>The claim.</summary>
    public string Statement { get; }

    /// <summary>What sources say about it.</summary>
    public FactStatus Status { get; }

    /// <summary>The correction or caveat.</summary>
    public string? Note { get; }

    /// <summary>Where the claim was checked.</summary>
    public IReadOnlyList<string> Sources { get; }
}
