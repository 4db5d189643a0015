using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>A person's part in a film, as given in a <see cref="FilmEntry"/>: the person's id, role, character, for whom, and sources. Immutable.</summary>
public sealed class PersonCreditEntry
{
    /// <summary>Makes a credit.</summary>
    /// <param name="person">The id of a person or composer of the same catalogue.</param>
    /// <param name="role">How the person takes part.</param>
    /// <param name="character">The part played, sung or danced, if any.</param>
    /// <param name="performer">For a singing or speaking voice or a soloist, the id of the person credited in the same film whom it sang, spoke or played for.</param>
    /// <param name="sources">Where the credit was read, when not in the film's own sources.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is <see langword="null"/>, or <paramref name="sources"/> holds <see langword="null"/>.</exception>
    public PersonCreditEntry(string person, PersonRole role, string? character = null, string? performer = null, IReadOnlyList<string>? sources = null)
    {
        Person = person ?? throw new ArgumentNullException(nameof(person));
        Role = role;
        Character = character;
        For = performer;
        Sources = sources is null ? ReadOnly.Empty<string>() : ReadOnly.CopyOf(sources, nameof(sources));
    }

    /// <summary>The person's id.</summary>
    public string Person { get; }

    /// <summary>The person's role.</summary>
    public PersonRole Role { get; }

    /// <summary>The part played, sung or danced.</summary>
    public string? Character { get; }

    /// <summary>The id of the performer a voice sang or spoke for.</summary>
    public string? For { get; }

    /// <summary>Where the credit was read, when not in the film's own sources.</summary>
    public IReadOnlyList<string> Sources { get; }
}
