using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A claim made about a film, with what sources say about it. Immutable.</summary>
public sealed class FilmFact
{
    private IReadOnlyList<Uri>? sources;

    /// <summary>Makes the fact of a checked entry.</summary>
    internal FilmFact(FactEntry entry)
    {
        Entry = entry;
    }

    /// <summary>The checked entry this fact was made from; what the writers write.</summary>
    internal FactEntry Entry { get; }

    /// <summary>The claim as it was made, for the curator's selection in the curator's own words.</summary>
    public string Statement => Entry.Statement;

    /// <summary>Whether sources confirm, partly confirm or contradict the claim.</summary>
    public FactStatus Status => Entry.Status;

    /// <summary>The correction or caveat, in our own words, or <see langword="null"/>.</summary>
    public string? Note => Entry.Note;

    /// <summary>Where the claim was checked. Empty only when <see cref="Status"/> is <see cref="FactStatus.Unconfirmed"/>.</summary>
    public IReadOnlyList<Uri> Sources => Urls.Once(ref sources, Entry.Sources);

    /// <summary>Returns the status and the statement.</summary>
    /// <returns>A short description for display.</returns>
    public override string ToString() => $"[{Status}] {Statement}";
}
