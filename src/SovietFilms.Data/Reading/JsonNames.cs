namespace SovietFilms.Data.Reading;

/// <summary>The <see cref="DataNames"/> of each enum, as UTF-8 for matching in the JSON reader.</summary>
internal static class JsonNames
{
    public static readonly NameTable Themes = new(Vocabulary.Themes.Names);

    public static readonly NameTable Kinds = new(Vocabulary.Kinds.Names);

    public static readonly NameTable Roles = new(Vocabulary.Roles.Names);

    public static readonly NameTable FactStatuses = new(Vocabulary.FactStatuses.Names);

    public static readonly NameTable Verifications = new(Vocabulary.Verifications.Names);
}
