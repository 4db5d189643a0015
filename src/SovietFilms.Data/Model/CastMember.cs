using System;

namespace SovietFilms.Data;

/// <summary>An actor in a film's leading cast. Immutable.</summary>
public sealed class CastMember
{
    /// <summary>Makes a cast member, for a <see cref="FilmEntry"/>.</summary>
    /// <param name="actor">The actor's name.</param>
    /// <param name="role">The part played, or <see langword="null"/> where no source ties the actor to one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public CastMember(string actor, string? role = null)
    {
        Actor = actor ?? throw new ArgumentNullException(nameof(actor));
        Role = role;
    }

    /// <summary>The actor's name.</summary>
    public string Actor { get; }

    /// <summary>The part played, or <see langword="null"/> where no source tied the actor to a role.</summary>
    public string? Role { get; }

    /// <summary>Returns "Actor (Role)", or the actor alone when the role is unknown.</summary>
    /// <returns>A short description for display.</returns>
    public override string ToString() => Role is null ? Actor : $"{Actor} ({Role})";
}
