namespace SovietFilms.Cli;

/// <summary>The documented exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success, an empty result included (it prints a message on standard error).</summary>
    public const int Success = 0;

    /// <summary>The work failed, such as a file that cannot be written.</summary>
    public const int Failure = 1;

    /// <summary>Bad usage: an unknown option, theme, composer, role or film, or a malformed value.</summary>
    public const int BadUsage = 2;
}
