using System;

namespace SovietFilms.Data;

/// <summary>
/// One problem of a catalogue that cannot be built: where it is, in which entry and field, what kind of problem,
/// and what is wrong. Immutable. <see cref="ToString"/> gives the line <see cref="CatalogFormatException"/> lists,
/// <c>place: message</c>.
/// </summary>
/// <remarks>
/// Where the catalogue came from decides which parts of the place are known: a JSON file gives
/// <see cref="Path"/> (or <see cref="Line"/> for text that is not JSON), a CSV file <see cref="Row"/> and
/// <see cref="Column"/>, and entries built in code their position in the <see cref="FilmCatalogBuilder"/>.
/// </remarks>
public sealed class CatalogProblem
{
    internal CatalogProblem(CatalogProblemKind kind, string place, string message)
    {
        Kind = kind;
        Place = place;
        Message = message;
    }

    /// <summary>What kind of problem this is.</summary>
    public CatalogProblemKind Kind { get; }

    /// <summary>
    /// Where the problem is, as text: a JSON path labelled with the entry (<c>$.films[3] (film "tchaikovsky-1970").year</c>),
    /// a CSV row and column (<c>row 5 (film "tchaikovsky-1970"), column year</c>), a line for a syntax error, or the
    /// entry's position in a builder (<c>films[3] (film "tchaikovsky-1970").year</c>).
    /// </summary>
    public string Place { get; }

    /// <summary>What is wrong, and what was expected.</summary>
    public string Message { get; }

    /// <summary>The JSON path of the value, without the entry's label, such as <c>$.films[3].year</c>; <see langword="null"/> when the catalogue was not JSON.</summary>
    public string? Path { get; internal init; }

    /// <summary>The line (from 1) of a JSON syntax error or of a CSV record; otherwise <see langword="null"/>.</summary>
    public int? Line { get; internal init; }

    /// <summary>The CSV row (from 1, the header), or <see langword="null"/> when the catalogue was not CSV.</summary>
    public int? Row { get; internal init; }

    /// <summary>The CSV column's header, such as <c>year</c>, or <see langword="null"/>.</summary>
    public string? Column { get; internal init; }

    /// <summary>The kind of entry the problem is in, or <see langword="null"/> for the catalogue as a whole.</summary>
    public CatalogEntryKind? EntryKind { get; internal init; }

    /// <summary>The id of the entry the problem is in, where it has a well-formed one; otherwise <see langword="null"/>.</summary>
    public string? EntryId { get; internal init; }

    /// <summary>The format's name of the field the problem is in, such as <c>year</c> or <c>sources</c>; <see langword="null"/> for a whole entry.</summary>
    public string? Field { get; internal init; }

    /// <summary>Returns <c>place: message</c>, or the message alone for a problem with no place (such as the note that more were found).</summary>
    /// <returns>The problem as one line.</returns>
    public override string ToString() => Place.Length == 0 ? Message : $"{Place}: {Message}";
}

/// <summary>What kind of problem a <see cref="CatalogProblem"/> is.</summary>
public enum CatalogProblemKind
{
    /// <summary>The text is not JSON, or not CSV.</summary>
    Syntax,

    /// <summary>A required field or value is missing.</summary>
    Missing,

    /// <summary>A value is of the wrong type: a string where a number belongs, an array where an object does.</summary>
    WrongType,

    /// <summary>A value has the right type but not an allowed form: an id, a URL, a country code, a name outside the vocabulary, empty text.</summary>
    InvalidValue,

    /// <summary>A number is outside its range, such as a year before 1888.</summary>
    OutOfRange,

    /// <summary>An id, a reference, a credit, a theme or a field is given twice.</summary>
    Duplicate,

    /// <summary>A reference names no entry of the catalogue.</summary>
    UnknownReference,

    /// <summary>The entry breaks the verification policy, such as an unconfirmed film that names its director.</summary>
    Policy,

    /// <summary>The input goes past a bound of <see cref="CatalogLoadOptions"/>, or past the problems reported.</summary>
    Bound,
}

/// <summary>The kinds of entry a catalogue holds.</summary>
public enum CatalogEntryKind
{
    /// <summary>A <see cref="Data.Composer"/>.</summary>
    Composer,

    /// <summary>A <see cref="Data.Work"/>.</summary>
    Work,

    /// <summary>A <see cref="Data.Film"/>.</summary>
    Film,

    /// <summary>A <see cref="Data.Selection"/>.</summary>
    Selection,

    /// <summary>A <see cref="Data.Person"/> that is not a composer.</summary>
    Person,

    /// <summary>A <see cref="Data.Studio"/>.</summary>
    Studio,
}
