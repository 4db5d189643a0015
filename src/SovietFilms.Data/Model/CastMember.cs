namespace SovietFilms.Data;

/// <summary>An actor in a film's leading cast. Immutable.</summary>
public sealed class CastMember
{
    internal CastMember(string actor, string? role)
    {
        Actor = actor;
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
