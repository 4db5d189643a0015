using System;
using System.Collections.Generic;

namespace SovietFilms.Data;

/// <summary>
/// A person credited in the catalogue: a director, performer, singer, dancer, conductor. One person has one id in
/// every role; a <see cref="Composer"/> is a person too, so a composer who conducts or appears on screen is credited
/// under the composer's own id. Immutable and thread-safe.
/// </summary>
public class Person
{
    private readonly IReadOnlyList<string> sourceUrls;
    private IReadOnlyList<Uri>? sources;

    private protected Person(string id, string name, string? nativeName, IReadOnlyList<string> aliases, int? born, int? died, IReadOnlyList<string> sources)
    {
        Id = id;
        Name = name;
        NativeName = nativeName;
        Aliases = aliases;
        BirthYear = born;
        DeathYear = died;
        sourceUrls = sources;
    }

    /// <summary>Makes the person of a checked entry.</summary>
    internal Person(PersonEntry entry)
        : this(entry._id!, entry._name!, entry._nativeName, entry._aliases, entry._born, entry._died, entry._sources)
    {
        PersonEntry = entry;
    }

    /// <summary>The checked entry this person was made from, what the writers write; <see langword="null"/> for a composer, written as one.</summary>
    internal PersonEntry? PersonEntry { get; }

    /// <summary>The stable identifier, a lowercase slug such as <c>galina-ulanova</c>.</summary>
    public string Id { get; }

    /// <summary>The usual English form of the name, such as "Galina Ulanova".</summary>
    public string Name { get; }

    /// <summary>The name in the person's own language and script, such as "Галина Сергеевна Уланова"; <see langword="null"/> when the data does not give it.</summary>
    public string? NativeName { get; }

    /// <summary>Other spellings and transliterations, all accepted by name lookups.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The year of birth, or <see langword="null"/> when no source gave it.</summary>
    public int? BirthYear { get; }

    /// <summary>The year of death, or <see langword="null"/> when the person is living or no source gave it.</summary>
    public int? DeathYear { get; }

    /// <summary>Where the name and life years were checked: absolute http or https URLs; none where the person's credits rest on their films' sources alone.</summary>
    public IReadOnlyList<Uri> Sources => Urls.Once(ref sources, sourceUrls);

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The person's name.</returns>
    public override string ToString() => Name;
}
