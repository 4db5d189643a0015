using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A claim made about a film, with what sources say about it. Immutable.</summary>
public sealed class FilmFact
{
    internal FilmFact(string statement, FactStatus status, string? note, IReadOnlyList<Uri> sources)
    {
        Statement = statement;
        Status = status;
        Note = note;
        Sources = sources;
    }

    /// <summary>The claim as it was made, for the curator's selection in the curator's own words.</summary>
    public string Statement { get; }

    /// <summary>Whether sources confirm, partly confirm or contradict the claim.</summary>
    public FactStatus Status { get; }

    /// <summary>The correction or caveat, in our own words, or <see langword="null"/>.</summary>
    public string? Note { get; }

    /// <summary>Where the claim was checked. Empty only when <see cref="Status"/> is <see cref="FactStatus.Unconfirmed"/>.</summary>
    public IReadOnlyList<Uri> Sources { get; }

    /// <summary>Returns the status and the statement.</summary>
    /// <returns>A short description for display.</returns>
    public override string ToString() => $"[{Status}] {Statement}";
}
