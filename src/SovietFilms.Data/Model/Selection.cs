using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A curated, ordered list of films, such as the curator's selection <c>classical-music-in-soviet-cinema</c>. Immutable.</summary>
public sealed class Selection
{
    /// <summary>Makes the selection of a checked entry, with the films its entry names.</summary>
    internal Selection(SelectionEntry entry, IReadOnlyList<Film> films)
    {
        Entry = entry;
        Films = films;
    }

    /// <summary>The checked entry this selection was made from; what the writers write.</summary>
    internal SelectionEntry Entry { get; }

    /// <summary>The stable identifier, a lowercase slug.</summary>
    public string Id => Entry._id!;

    /// <summary>The selection's title.</summary>
    public string Title => Entry._title!;

    /// <summary>The curator's introduction, as written, or <see langword="null"/>.</summary>
    public string? Introduction => Entry._introduction;

    /// <summary>The films in the curator's order, whatever their verification status.</summary>
    public IReadOnlyList<Film> Films { get; }

    /// <summary>Returns <see cref="Title"/>.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
