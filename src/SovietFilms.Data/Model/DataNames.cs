using System;
using System.Collections.Generic;
using System.Text;

namespace SovietFilms.Data;

/// <summary>
/// The names the data file, the CSV layout and the sample app use for the library's enum values: kebab case of the
/// value's name, such as <c>coming-of-age</c> for <see cref="Theme.ComingOfAge"/> and <c>partly-true</c> for
/// <see cref="FactStatus.PartlyTrue"/>. Each name is made here, once, from the enum's own member names.
/// </summary>
/// <remarks>Parsing is exact (ordinal, lowercase, as the data writes it); for a user's typing, see <see cref="Spelling"/>.</remarks>
public static class DataNames
{
    /// <summary>The data name of a theme, such as <c>coming-of-age</c>.</summary>
    /// <param name="value">A defined theme.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined theme.</exception>
    public static string Format(Theme value) => Vocabulary.Themes.Format((int)value, nameof(value));

    /// <summary>The data name of a kind of film, such as <c>television-film</c>.</summary>
    /// <param name="value">A defined kind.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined kind.</exception>
    public static string Format(FilmKind value) => Vocabulary.Kinds.Format((int)value, nameof(value));

    /// <summary>The data name of a composer's role, such as <c>score</c>.</summary>
    /// <param name="value">A defined role.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined role.</exception>
    public static string Format(ComposerRole value) => Vocabulary.Roles.Format((int)value, nameof(value));

    /// <summary>The data name of a person's role, such as <c>singing-voice</c>.</summary>
    /// <param name="value">A defined role.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined role.</exception>
    public static string Format(PersonRole value) => Vocabulary.PersonRoles.Format((int)value, nameof(value));

    /// <summary>The data name of a fact's status, such as <c>partly-true</c>.</summary>
    /// <param name="value">A defined status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined status.</exception>
    public static string Format(FactStatus value) => Vocabulary.FactStatuses.Format((int)value, nameof(value));

    /// <summary>The data name of a verification status, such as <c>unconfirmed</c>.</summary>
    /// <param name="value">A defined status.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined status.</exception>
    public static string Format(VerificationStatus value) => Vocabulary.Verifications.Format((int)value, nameof(value));

    /// <summary>Reads a theme's data name.</summary>
    /// <param name="name">The name, exactly as <see cref="Format(Theme)"/> gives it.</param>
    /// <param name="value">The theme, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> is a theme's data name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string name, out Theme value) => Vocabulary.Themes.TryParse(name, out value);

    /// <summary>Reads a kind's data name.</summary>
    /// <param name="name">The name, exactly as <see cref="Format(FilmKind)"/> gives it.</param>
    /// <param name="value">The kind, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> is a kind's data name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string name, out FilmKind value) => Vocabulary.Kinds.TryParse(name, out value);

    /// <summary>Reads a role's data name.</summary>
    /// <param name="name">The name, exactly as <see cref="Format(ComposerRole)"/> gives it.</param>
    /// <param name="value">The role, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> is a role's data name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string name, out ComposerRole value) => Vocabulary.Roles.TryParse(name, out value);

    /// <summary>Reads a person's role's data name.</summary>
    /// <param name="name">The name, exactly as <see cref="Format(PersonRole)"/> gives it.</param>
    /// <param name="value">The role, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> is a person's role's data name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string name, out PersonRole value) => Vocabulary.PersonRoles.TryParse(name, out value);

    /// <summary>Reads a fact status's data name.</summary>
    /// <param name="name">The name, exactly as <see cref="Format(FactStatus)"/> gives it.</param>
    /// <param name="value">The status, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> is a fact status's data name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string name, out FactStatus value) => Vocabulary.FactStatuses.TryParse(name, out value);

    /// <summary>Reads a verification status's data name.</summary>
    /// <param name="name">The name, exactly as <see cref="Format(VerificationStatus)"/> gives it.</param>
    /// <param name="value">The status, when the name is one.</param>
    /// <returns>Whether <paramref name="name"/> is a verification status's data name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    public static bool TryParse(string name, out VerificationStatus value) => Vocabulary.Verifications.TryParse(name, out value);
}

/// <summary>The data names of one enum, indexed by value (the library's enums number their values from 0, in order).</summary>
internal sealed class Vocabulary<TEnum>
    where TEnum : struct, Enum
{
    private readonly string[] names;
    private readonly TEnum[] values;

    public Vocabulary()
    {
#if NET
        values = Enum.GetValues<TEnum>();
#else
        values = (TEnum[])Enum.GetValues(typeof(TEnum));
#endif
#if NET
        names = Enum.GetNames<TEnum>();
#else
        names = Enum.GetNames(typeof(TEnum));
#endif
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = KebabCase(names[i]);
        }
    }

    public IReadOnlyList<string> Names => names;

    /// <summary>The value whose index (its number) is given.</summary>
    public TEnum this[int index] => values[index];

    /// <summary>The data name of a value already known to be defined.</summary>
    public string Format(TEnum value) => names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)];

    public string Format(int value, string parameterName) =>
        value >= 0 && value < names.Length
            ? names[value]
            : throw new ArgumentOutOfRangeException(parameterName, value, $"Not a defined {typeof(TEnum).Name}.");

    public bool TryParse(string name, out TEnum value)
    {
        // Exact: the data's own spelling, not a user's.
        var index = Array.IndexOf(names, name ?? throw new ArgumentNullException(nameof(name)));
        value = index >= 0 ? values[index] : default;
        return index >= 0;
    }

    /// <summary>The names in order, for a message that lists what is allowed.</summary>
    public override string ToString() => string.Join(", ", names);

    private static string KebabCase(string pascalCase)
    {
        var kebab = new StringBuilder(pascalCase.Length + 4);
        for (var i = 0; i < pascalCase.Length; i++)
        {
            if (char.IsUpper(pascalCase[i]) && i > 0)
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(pascalCase[i]));
        }

        return kebab.ToString();
    }
}

/// <summary>The vocabulary of each of the library's enums.</summary>
internal static class Vocabulary
{
    public static readonly Vocabulary<Theme> Themes = new();

    public static readonly Vocabulary<FilmKind> Kinds = new();

    public static readonly Vocabulary<ComposerRole> Roles = new();

    public static readonly Vocabulary<PersonRole> PersonRoles = new();

    public static readonly Vocabulary<FactStatus> FactStatuses = new();

    public static readonly Vocabulary<VerificationStatus> Verifications = new();
}
