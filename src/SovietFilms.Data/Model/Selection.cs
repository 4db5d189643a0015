using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A curated, ordered list of films, such as the curator's selection <c>classical-music-in-soviet-cinema</c>. Immutable.</summary>
public sealed class Selection
{
    internal Selection(string id, string title, string? introduction, IReadOnlyList<Film> films)
    {
        Id = id;
        Title = title;
        Introduction = introduction;
        Films = films;
    }

    /// <summary>The stable identifier, a lowercase slug.</summary>
    public string Id { get; }

    /// <summary>The selection's title.</summary>
    public string Title { get; }

    /// <summary>The curator's introduction, as written, or <see langword="null"/>.</summary>
    public string? Introduction { get; }

    /// <summary>The films in the curator's order, whatever their verification status.</summary>
    public IReadOnlyList<Film> Films { get; }

    /// <summary>Returns <see cref="Title"/>.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
