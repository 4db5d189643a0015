namespace SovietFilms.Data;

/// <summary>A composer's part in one film: whose life it tells, whose music it performs, who scored it. Immutable.</summary>
public sealed class ComposerCredit
{
    internal ComposerCredit(Composer composer, ComposerRole role)
    {
        Composer = composer;
        Role = role;
    }

    /// <summary>The composer.</summary>
    public Composer Composer { get; }

    /// <summary>The composer's role in the film.</summary>
    public ComposerRole Role { get; }

    /// <summary>Returns the composer's name and role, such as "Pyotr Ilyich Tchaikovsky (Subject)".</summary>
    /// <returns>A short description for display and debugging.</returns>
    public override string ToString() => $"{Composer.Name} ({Role})";
}
