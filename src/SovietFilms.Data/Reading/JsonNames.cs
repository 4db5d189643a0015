namespace SovietFilms.Data.Reading;

/// <summary>The names that the data file uses for each enum value (<c>coming-of-age</c> for <see cref="Theme.ComingOfAge"/>).</summary>
internal static class JsonNames
{
    public static readonly NameTable Themes = NameTable.KebabCase(typeof(Theme));

    public static readonly NameTable Kinds = NameTable.KebabCase(typeof(FilmKind));

    public static readonly NameTable Roles = NameTable.KebabCase(typeof(ComposerRole));

    public static readonly NameTable FactStatuses = NameTable.KebabCase(typeof(FactStatus));

    public static readonly NameTable Verifications = NameTable.KebabCase(typeof(VerificationStatus));
}
